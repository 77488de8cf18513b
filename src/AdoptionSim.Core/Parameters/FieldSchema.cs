namespace AdoptionSim.Core.Parameters;

/// <summary>One named field of an object: its file key, value schema, documentation and accessors.</summary>
public abstract class FieldSchema(string key, ValueSchema schema, string doc)
{
    /// <summary>The key as written in files (snake_case).</summary>
    public string Key { get; } = key;

    public ValueSchema Schema { get; } = schema;

    /// <summary>One line: what the field means and in which unit.</summary>
    public string Doc { get; } = doc;

    /// <summary>Shown instead of the default value in documentation when the default is a rule, not a value.</summary>
    public string? DefaultText { get; init; }

    /// <summary>The CLR property the field was declared from (its key is this name in snake_case), or null.</summary>
    public string? PropertyName { get; init; }

    public abstract object? GetValue(object owner);

    /// <summary>
    /// The key of the field declared from a property (its name in snake_case), e.g. <c>"initial_ideas"</c> for
    /// <c>(InventionSpec i) =&gt; i.InitialIdeas</c>: to name a field in a message or an issue without writing its key.
    /// </summary>
    public static string KeyOf<TOwner, TValue>(System.Linq.Expressions.Expression<Func<TOwner, TValue>> property) =>
        PropertyAccess.KeyOf(PropertyAccess.Chain(property) is [var single] ? single.Name
            : throw new ArgumentException($"'{property}' is not one property", nameof(property)));

    public abstract void SetValue(object owner, object? value);
}

/// <summary>A field with typed accessors; the boxed ones serve schema walkers (loader, docs, dump).</summary>
public sealed class FieldSchema<TOwner, TValue>(
    string key, ValueSchema schema, Func<TOwner, TValue> get, Action<TOwner, TValue> set, string doc)
    : FieldSchema(key, schema, doc)
    where TOwner : class
{
    public Func<TOwner, TValue> Get { get; } = get;

    public Action<TOwner, TValue> Set { get; } = set;

    public override object? GetValue(object owner) => Get((TOwner)owner);

    public override void SetValue(object owner, object? value) => Set((TOwner)owner, (TValue)value!);
}
