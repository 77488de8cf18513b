namespace AdoptionSim.Core.Parameters;

/// <summary>What a mapping written in a file (or a file that extends another) does to an existing map.</summary>
public enum MapMerge
{
    /// <summary>The written map is the whole value (weights, e.g. a sector mix: merging would mix two mixes).</summary>
    Replace,

    /// <summary>Each written key updates or adds one entry; entries not named keep theirs (e.g. class defaults).</summary>
    MergeEntries,
}

/// <summary>A map from free string keys to values of one schema, kept in the order written.</summary>
public abstract class MapSchema(ValueSchema value, MapMerge merge) : ValueSchema
{
    public ValueSchema Value { get; } = value;

    public MapMerge Merge { get; } = merge;

    public override string TypeName => $"map of name → {Value.TypeName}";

    public override string RangeText => Value.RangeText.Length > 0 ? $"values in {Value.RangeText}" : "";

    public abstract object CreateEmpty();

    public abstract void Set(object map, string key, object? value);

    public abstract bool TryGet(object map, string key, out object? value);

    /// <summary>Entries in insertion order (maps are only ever added to, so this is the order written).</summary>
    public abstract IReadOnlyList<KeyValuePair<string, object?>> Entries(object map);
}

public sealed class MapSchema<TValue>(ValueSchema value, MapMerge merge) : MapSchema(value, merge)
{
    public override object CreateEmpty() => new Dictionary<string, TValue>(StringComparer.Ordinal);

    public override void Set(object map, string key, object? value) => ((Dictionary<string, TValue>)map)[key] = (TValue)value!;

    public override bool TryGet(object map, string key, out object? value)
    {
        var found = ((Dictionary<string, TValue>)map).TryGetValue(key, out var typed);
        value = typed;
        return found;
    }

    public override IReadOnlyList<KeyValuePair<string, object?>> Entries(object map) =>
        ((Dictionary<string, TValue>)map).Select(e => new KeyValuePair<string, object?>(e.Key, e.Value)).ToList();
}
