using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Scenarios;

/// <summary>Finds the field path of an object inside a parameter tree by walking the schema (for defaults never written).</summary>
internal static class SchemaPaths
{
    public static string? Find(ObjectSchema schema, object root, object target) =>
        ReferenceEquals(root, target) ? "" : FindIn(schema, root, target, "");

    private static string? FindIn(ValueSchema schema, object value, object target, string path)
    {
        switch (schema)
        {
            case ObjectSchema obj:
                foreach (var field in obj.Fields)
                {
                    if (field.GetValue(value) is { } child && Match(field.Schema, child, target, LocationIndex.Join(path, field.Key)) is { } found)
                    {
                        return found;
                    }
                }

                break;
            case ListSchema list:
                var items = list.Items(value);
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is { } item && Match(list.Item, item, target, $"{path}[{i}]") is { } found)
                    {
                        return found;
                    }
                }

                break;
            case MapSchema map:
                foreach (var (key, entry) in map.Entries(value))
                {
                    if (entry is not null && Match(map.Value, entry, target, LocationIndex.Join(path, key)) is { } found)
                    {
                        return found;
                    }
                }

                break;
        }

        return null;
    }

    private static string? Match(ValueSchema schema, object value, object target, string path) =>
        ReferenceEquals(value, target) ? path : FindIn(schema, value, target, path);
}
