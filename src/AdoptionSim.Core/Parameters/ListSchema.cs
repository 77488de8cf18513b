using System.Collections;

namespace AdoptionSim.Core.Parameters;

/// <summary>A list of values of one schema. A list written in a file replaces the default list whole.</summary>
public abstract class ListSchema(ValueSchema item) : ValueSchema
{
    public ValueSchema Item { get; } = item;

    public override string TypeName => $"list of {Item.TypeName}";

    public abstract object CreateEmpty();

    public abstract void Add(object list, object? item);

    public IReadOnlyList<object?> Items(object list) => ((IList)list).Cast<object?>().ToList();
}

public sealed class ListSchema<TItem>(ValueSchema item) : ListSchema(item)
{
    public override object CreateEmpty() => new List<TItem>();

    public override void Add(object list, object? item) => ((List<TItem>)list).Add((TItem)item!);
}
