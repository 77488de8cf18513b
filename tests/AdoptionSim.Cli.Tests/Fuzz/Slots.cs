namespace AdoptionSim.Cli.Tests.Fuzz;

/// <summary>A place in a YAML tree that holds a node: a map value or key, a list item; it can be read, replaced, removed or duplicated.</summary>
internal sealed class Slot(Func<YNode> get, Action<YNode> set, object? container = null, Action? remove = null, Action? duplicate = null)
{
    public YNode Get() => get();

    public void Set(YNode node) => set(node);

    /// <summary>The map or list holding the slot (null for the root).</summary>
    public object? Container { get; } = container;

    public void Remove() => remove?.Invoke();

    public void Duplicate() => duplicate?.Invoke();
}

internal static class Slots
{
    /// <summary>Every slot of the tree (depth first), the root first. Stops below deep nesting and aliases.</summary>
    public static List<Slot> Of(YNode root)
    {
        var slots = new List<Slot>();
        var holder = new[] { root };
        slots.Add(new Slot(() => holder[0], n => holder[0] = n));
        Collect(root, slots, 0);
        return slots;
    }

    private static void Collect(YNode node, List<Slot> slots, int depth)
    {
        if (depth > 20) return;
        switch (node)
        {
            case YMap map:
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    var index = i;
                    slots.Add(new Slot(
                        () => map.Entries[index].Value,
                        n => map.Entries[index] = (map.Entries[index].Key, n),
                        map,
                        () => map.Entries.RemoveAt(index),
                        () => map.Entries.Add((map.Entries[index].Key.Clone(), map.Entries[index].Value.Clone()))));
                    Collect(map.Entries[i].Value, slots, depth + 1);
                }

                break;
            case YList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var index = i;
                    slots.Add(new Slot(
                        () => list.Items[index],
                        n => list.Items[index] = n,
                        list,
                        () => list.Items.RemoveAt(index),
                        () => list.Items.Insert(index, list.Items[index].Clone())));
                    Collect(list.Items[i], slots, depth + 1);
                }

                break;
        }
    }

    public static IEnumerable<YMap> Maps(YNode root)
    {
        var pending = new Stack<(YNode Node, int Depth)>([(root, 0)]);
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > 20) continue;
            if (node is YMap map)
            {
                yield return map;
                foreach (var (_, value) in map.Entries) pending.Push((value, depth + 1));
            }
            else if (node is YList list)
            {
                foreach (var item in list.Items) pending.Push((item, depth + 1));
            }
        }
    }
}
