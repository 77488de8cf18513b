using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// Binds a located document tree onto objects through their schema: objects and merge-mode maps are
/// updated in place (keys not written keep their defaults), lists and replace-mode maps are rebuilt,
/// scalars parsed and range-checked. Every problem is reported with its location; binding goes on.
/// </summary>
internal sealed class SchemaBinder(ErrorList errors, LocationIndex locations)
{
    public void BindObject(ObjectSchema schema, DocNode node, object target, string path)
    {
        if (node is DocScalar { IsNull: true })
        {
            return; // an empty section ("firms:" with everything commented out) changes nothing
        }

        if (node is not DocMapping mapping)
        {
            errors.Add(node.Location, path, $"expected a mapping of {schema.TypeName} keys, got {node.Describe()}");
            return;
        }

        locations.RecordObject(target, path, node.Location);
        foreach (var entry in mapping.Entries)
        {
            var fieldPath = LocationIndex.Join(path, entry.Name);
            var field = schema.FindField(entry.Name);
            if (field is null)
            {
                var suggestion = NameSuggester.Closest(entry.Name, schema.Fields.Select(f => f.Key));
                var message = $"unknown key '{ShownText.Value(entry.Name)}' in {schema.TypeName}";
                errors.Add(entry.Key.Location, fieldPath, suggestion is null ? message : $"{message}; did you mean '{suggestion}'?");
                continue;
            }

            locations.RecordField(target, field.Key, fieldPath, entry.Value.Location);
            if (TryBind(field.Schema, entry.Value, field.GetValue(target), fieldPath, out var value))
            {
                field.SetValue(target, value);
            }
        }
    }

    private bool TryBind(ValueSchema schema, DocNode node, object? existing, string path, out object? value)
    {
        value = null;
        if (node is DocScalar { IsNull: true } && schema is not ScalarSchema)
        {
            return BindNull(schema, existing, out value);
        }

        switch (schema)
        {
            case ScalarSchema scalar:
                return TryBindScalar(scalar, node, path, out value);
            case ObjectSchema obj:
                value = existing ?? obj.CreateDefault();
                BindObject(obj, node, value, path);
                return true;
            case ListSchema list:
                return TryBindList(list, node, path, out value);
            case MapSchema map:
                return TryBindMap(map, node, existing, path, out value);
            default:
                throw new InvalidOperationException($"{path}: unsupported schema {schema.GetType().Name}");
        }
    }

    /// <summary>null for a composite: null if allowed, else "nothing here" (keep an object or merged map, empty a list or replaced map).</summary>
    private static bool BindNull(ValueSchema schema, object? existing, out object? value)
    {
        value = schema switch
        {
            _ when schema.Nullable => null,
            ObjectSchema obj => existing ?? obj.CreateDefault(),
            ListSchema list => list.CreateEmpty(),
            MapSchema { Merge: MapMerge.MergeEntries } map => existing ?? map.CreateEmpty(),
            MapSchema map => map.CreateEmpty(),
            _ => existing,
        };
        return true;
    }

    private bool TryBindScalar(ScalarSchema schema, DocNode node, string path, out object? value)
    {
        value = null;
        if (node is not DocScalar scalar)
        {
            errors.Add(node.Location, path, $"expected {schema.ExpectedText}, got {node.Describe()}");
            return false;
        }

        var parsed = schema.Parse(scalar.Text, scalar.Quoted);
        if (!parsed.Ok)
        {
            errors.Add(node.Location, path, parsed.Error!);
            return false;
        }

        value = parsed.Value;
        return true;
    }

    private bool TryBindList(ListSchema schema, DocNode node, string path, out object? value)
    {
        value = null;
        if (node is not DocSequence sequence)
        {
            errors.Add(node.Location, path, $"expected a {schema.TypeName}, got {node.Describe()}");
            return false;
        }

        var list = schema.CreateEmpty();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            locations.RecordPath(itemPath, sequence.Items[i].Location);
            if (TryBind(schema.Item, sequence.Items[i], null, itemPath, out var item))
            {
                schema.Add(list, item);
            }
        }

        value = list;
        return true;
    }

    private bool TryBindMap(MapSchema schema, DocNode node, object? existing, string path, out object? value)
    {
        value = null;
        if (node is not DocMapping mapping)
        {
            errors.Add(node.Location, path, $"expected a {schema.TypeName}, got {node.Describe()}");
            return false;
        }

        var map = schema.Merge == MapMerge.MergeEntries && existing is not null ? existing : schema.CreateEmpty();
        foreach (var entry in mapping.Entries)
        {
            var entryPath = LocationIndex.Join(path, entry.Name);
            locations.RecordPath(entryPath, entry.Key.Location);
            schema.TryGet(map, entry.Name, out var current);
            if (TryBind(schema.Value, entry.Value, current, entryPath, out var item))
            {
                schema.Set(map, entry.Name, item);
            }
        }

        value = map;
        return true;
    }
}
