using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// The field path of every object inside a parameter tree, found by walking the schema (for defaults never
/// written, whose place the location index does not know). Walked once per tree and kept: looking an object up
/// per error made a file with thousands of errors take time quadratic in its size.
/// </summary>
internal sealed class SchemaPaths
{
    private readonly Dictionary<object, string> _paths = new(ReferenceEqualityComparer.Instance);

    public SchemaPaths(ObjectSchema schema, object root)
    {
        var pending = new Stack<(ValueSchema Schema, object Value, string Path)>();
        pending.Push((schema, root, ""));
        while (pending.Count > 0)
        {
            var (current, value, path) = pending.Pop();
            // The first path found wins, as in a depth-first search in declaration order (children pushed in reverse).
            if (!_paths.TryAdd(value, path) && !ReferenceEquals(value, root))
            {
                continue;
            }

            var children = new List<(ValueSchema, object, string)>();
            switch (current)
            {
                case ObjectSchema obj:
                    foreach (var field in obj.Fields)
                    {
                        if (field.GetValue(value) is { } child && field.Schema is not ScalarSchema)
                            children.Add((field.Schema, child, LocationIndex.Join(path, field.Key)));
                    }

                    break;
                case ListSchema list:
                    var items = list.Items(value);
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (items[i] is { } item && list.Item is not ScalarSchema) children.Add((list.Item, item, $"{path}[{i}]"));
                    }

                    break;
                case MapSchema map:
                    foreach (var (key, entry) in map.Entries(value))
                    {
                        if (entry is not null && map.Value is not ScalarSchema) children.Add((map.Value, entry, LocationIndex.Join(path, key)));
                    }

                    break;
            }

            for (var c = children.Count - 1; c >= 0; c--) pending.Push(children[c]);
        }
    }

    public string? Find(object target) => _paths.TryGetValue(target, out var path) ? path : null;
}
