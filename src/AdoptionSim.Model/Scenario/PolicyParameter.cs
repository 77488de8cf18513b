using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// A parameter of policy levers (a key of <c>policies[]</c> beyond type, targets, window and budget), declared
/// once, as a static field of the lever file that reads it (or of <c>LeverParameters</c> when several levers
/// do): key, type and range, default, one-line doc. A policy stores its values by parameter
/// (<see cref="PolicySpec.Get{T}"/>), so a new lever adds parameters without touching <see cref="PolicySpec"/>:
/// <code>
/// public static readonly PolicyParameter&lt;double&gt; AbsorptiveGain =
///     PolicyParameter.Number("absorptive_gain", 0.1, NumberRange.Unit, "Share of the gap of absorptive capacity to 1 closed per year.");
/// </code>
/// </summary>
public abstract class PolicyParameter(string key, ValueSchema schema, string doc)
{
    /// <summary>The key in scenario files (snake_case).</summary>
    public string Key { get; } = key;

    public ValueSchema Schema { get; } = schema;

    public string Doc { get; } = doc;

    /// <summary>The field of the policy schema that binds, documents and writes this parameter.</summary>
    public abstract FieldSchema Field(string doc);

    public static PolicyParameter<double> Number(string key, double defaultValue, NumberRange range, string doc) =>
        new(key, new NumberSchema(range), defaultValue, doc);

    public static PolicyParameter<string> Text(string key, string defaultValue, string doc) =>
        new(key, new StringSchema(), defaultValue, doc);

    public static PolicyParameter<TEnum> Enum<TEnum>(string key, TEnum defaultValue, string doc)
        where TEnum : struct, System.Enum =>
        new(key, EnumSchema<TEnum>.Instance, defaultValue, doc);

    public override string ToString() => Key;
}

/// <summary>A policy parameter whose values are of type <typeparamref name="T"/>.</summary>
public sealed class PolicyParameter<T>(string key, ValueSchema schema, T defaultValue, string doc) : PolicyParameter(key, schema, doc)
{
    /// <summary>The value of a policy that does not write the key.</summary>
    public T Default { get; } = defaultValue;

    public override FieldSchema Field(string doc) =>
        new FieldSchema<PolicySpec, T>(Key, Schema, p => p.Get(this), (p, v) => p.Set(this, v), doc);
}
