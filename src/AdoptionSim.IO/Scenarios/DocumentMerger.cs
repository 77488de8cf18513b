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
        var entries = new List<DocEntry>();
        foreach (var entry in under.Entries)
        {
            var replacement = over.Find(entry.Name);
            entries.Add(replacement is null
                ? entry
                : replacement with { Value = Merge(entry.Value, replacement.Value, ChildSchema(schema, entry.Name)) });
        }

        entries.AddRange(over.Entries.Where(e => under.Find(e.Name) is null));
        return new DocMapping(over.Location, entries);
    }

    public static ValueSchema? ChildSchema(ValueSchema? schema, string key) => schema switch
    {
        ObjectSchema obj => obj.FindField(key)?.Schema,
        MapSchema map => map.Value,
        _ => null,
    };
}
