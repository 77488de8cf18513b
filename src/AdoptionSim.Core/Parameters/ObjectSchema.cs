namespace AdoptionSim.Core.Parameters;

/// <summary>An object written as a mapping of known keys to values; keys not listed are errors.</summary>
public abstract class ObjectSchema(string typeName, string doc) : ValueSchema
{
    /// <summary>Name of the object type in docs and messages, e.g. "city".</summary>
    public override string TypeName { get; } = typeName;

    /// <summary>One line about the object as a whole.</summary>
    public string Doc { get; } = doc;

    /// <summary>Fields in documentation (and dump) order.</summary>
    public abstract IReadOnlyList<FieldSchema> Fields { get; }

    /// <summary>A new object with every field at its default.</summary>
    public abstract object CreateDefault();

    public FieldSchema? FindField(string key)
    {
        foreach (var field in Fields)
        {
            if (field.Key == key)
            {
                return field;
            }
        }

        return null;
    }
}

/// <summary>
/// The schema of a CLR class, built field by field with typed getters and setters:
/// <c>new ObjectSchema&lt;TickSpec&gt;("tick", () =&gt; new(), "…").Number("years", t =&gt; t.Years, (t, v) =&gt; t.Years = v, NumberRange.Positive, "…")</c>.
/// </summary>
public sealed class ObjectSchema<T>(string typeName, Func<T> create, string doc) : ObjectSchema(typeName, doc)
    where T : class
{
    private readonly List<FieldSchema> _fields = [];

    public override IReadOnlyList<FieldSchema> Fields => _fields;

    public override object CreateDefault() => create();

    public T Create() => create();

    public ObjectSchema<T> Field<TValue>(
        string key, ValueSchema schema, Func<T, TValue> get, Action<T, TValue> set, string doc, string? defaultText = null)
    {
        if (FindField(key) is not null)
        {
            throw new InvalidOperationException($"{TypeName}: field '{key}' is declared twice.");
        }

        _fields.Add(new FieldSchema<T, TValue>(key, schema, get, set, doc) { DefaultText = defaultText });
        return this;
    }

    public ObjectSchema<T> Number(string key, Func<T, double> get, Action<T, double> set, NumberRange range, string doc) =>
        Field(key, new NumberSchema(range), get, set, doc);

    public ObjectSchema<T> OptionalNumber(string key, Func<T, double?> get, Action<T, double?> set, NumberRange range, string doc) =>
        Field(key, new NumberSchema(range) { Nullable = true }, get, set, doc);

    public ObjectSchema<T> Integer(string key, Func<T, int> get, Action<T, int> set, int min, string doc, int max = int.MaxValue) =>
        Field(key, new IntegerSchema(min, max), get, set, doc);

    public ObjectSchema<T> OptionalInteger(string key, Func<T, int?> get, Action<T, int?> set, int min, string doc) =>
        Field(key, new IntegerSchema(min, int.MaxValue) { Nullable = true }, get, set, doc);

    public ObjectSchema<T> Long(string key, Func<T, long> get, Action<T, long> set, string doc) =>
        Field(key, new IntegerSchema(long.MinValue, long.MaxValue, wide: true), get, set, doc);

    public ObjectSchema<T> Boolean(string key, Func<T, bool> get, Action<T, bool> set, string doc) =>
        Field(key, new BooleanSchema(), get, set, doc);

    public ObjectSchema<T> Text(string key, Func<T, string> get, Action<T, string> set, string doc, string? defaultText = null) =>
        Field(key, new StringSchema(), get, set, doc, defaultText);

    public ObjectSchema<T> OptionalText(string key, Func<T, string?> get, Action<T, string?> set, string doc) =>
        Field(key, new StringSchema { Nullable = true }, get, set, doc);

    public ObjectSchema<T> Choice(string key, Func<T, string> get, Action<T, string> set, string[] choices, string doc) =>
        Field(key, new ChoiceSchema(choices), get, set, doc);

    public ObjectSchema<T> OptionalChoice(string key, Func<T, string?> get, Action<T, string?> set, string[] choices, string doc) =>
        Field(key, new ChoiceSchema(choices) { Nullable = true }, get, set, doc);

    public ObjectSchema<T> Object<TChild>(string key, Func<T, TChild> get, Action<T, TChild> set, ObjectSchema<TChild> schema, string doc)
        where TChild : class =>
        Field(key, schema, get, set, doc);

    public ObjectSchema<T> List<TItem>(string key, Func<T, List<TItem>> get, Action<T, List<TItem>> set, ValueSchema item, string doc) =>
        Field(key, new ListSchema<TItem>(item), get, set, doc);

    public ObjectSchema<T> Map<TValue>(
        string key, Func<T, Dictionary<string, TValue>> get, Action<T, Dictionary<string, TValue>> set,
        ValueSchema value, MapMerge merge, string doc) =>
        Field(key, new MapSchema<TValue>(value, merge), get, set, doc);

    public ObjectSchema<T> OptionalMap<TValue>(
        string key, Func<T, Dictionary<string, TValue>?> get, Action<T, Dictionary<string, TValue>?> set,
        ValueSchema value, MapMerge merge, string doc) =>
        Field(key, new MapSchema<TValue>(value, merge) { Nullable = true }, get, set, doc);
}
