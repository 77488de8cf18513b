using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// Deep merge of two documents as the schema means it: mappings of objects (and of merge-mode maps) are
/// merged key by key; scalars, lists and replace-mode maps (e.g. a sector mix) are replaced whole. Each
/// node keeps its own location, so errors point into the file that wrote the value.
/// </summary>
internal static class DocumentMerger
{
    public static DocNode Merge(DocNode under, DocNode over, ValueSchema? schema)
    {
        var mergesByKey = schema is null or ObjectSchema or MapSchema { Merge: MapMerge.MergeEntries };
        if (under is DocMapping baseMap && over is DocMapping overMap && mergesByKey)
        {
            return MergeMappings(baseMap, overMap, schema);
        }

        // "firms:" left empty in the overriding file means "nothing to change here".
        if (over is DocScalar { IsNull: true } && under is DocMapping && schema is ObjectSchema)
        {
            return under;
        }

        return over;
    }

    private static DocMapping MergeMappings(DocMapping under, DocMapping over, ValueSchema? schema)
    {
        // Keys are unique within a mapping (the reader refuses duplicates); lookups by name keep merging linear.
        var overByName = ByName(over);
        var underNames = ByName(under);
        var entries = new List<DocEntry>();
        foreach (var entry in under.Entries)
        {
            entries.Add(!overByName.TryGetValue(entry.Name, out var replacement)
                ? entry
                : replacement with { Value = Merge(entry.Value, replacement.Value, ChildSchema(schema, entry.Name)) });
        }

        entries.AddRange(over.Entries.Where(e => !underNames.ContainsKey(e.Name)));
        return new DocMapping(over.Location, entries);
    }

    private static Dictionary<string, DocEntry> ByName(DocMapping mapping)
    {
        var byName = new Dictionary<string, DocEntry>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            byName.TryAdd(entry.Name, entry);
        }

        return byName;
    }

    public static ValueSchema? ChildSchema(ValueSchema? schema, string key) => schema switch
    {
        ObjectSchema obj => obj.FindField(key)?.Schema,
        MapSchema map => map.Value,
        _ => null,
    };
}
