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

    /// <summary>
    /// Values filled in after loading (not keys of files): written after the fields in the canonical JSON
    /// (<see cref="ParameterJsonWriter"/>), never bound, documented or written as YAML.
    /// </summary>
    public virtual IReadOnlyList<FieldSchema> DerivedFields => [];

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

    /// <summary>The key path a chain of properties leads to, e.g. <c>["adoption", "q"]</c> for <c>s =&gt; s.Adoption.Q</c>.</summary>
    /// <exception cref="ArgumentException">A property on the way is not a field declared from that property.</exception>
    public string[] PathOf(System.Linq.Expressions.LambdaExpression path)
    {
        var keys = new List<string>();
        ValueSchema? schema = this;
        foreach (var property in PropertyAccess.Chain(path))
        {
            var field = (schema as ObjectSchema)?.Fields.FirstOrDefault(f => f.PropertyName == property.Name)
                ?? throw new ArgumentException($"'{path}': {property.DeclaringType?.Name}.{property.Name} is not a field of {schema?.TypeName}", nameof(path));
            keys.Add(field.Key);
            schema = field.Schema;
        }

        return keys.ToArray();
    }
}

/// <summary>
/// The schema of a CLR class, built field by field with typed getters and setters. Declared from a property
/// (<see cref="ObjectSchema{T}"/>'s overloads taking a property lambda), a field's key is the property's name in
/// snake_case and its default is the property's initial value:
/// <c>new ObjectSchema&lt;TickSpec&gt;("tick", () =&gt; new(), "…").Number(t =&gt; t.Years, NumberRange.Positive, "…")</c>.
/// The overloads taking a key and two accessors are for fields that are not properties.
/// </summary>
public sealed partial class ObjectSchema<T>(string typeName, Func<T> create, string doc) : ObjectSchema(typeName, doc)
    where T : class
{
    private readonly List<FieldSchema> _fields = [];
    private readonly List<FieldSchema> _derived = [];

    public override IReadOnlyList<FieldSchema> Fields => _fields;

    public override IReadOnlyList<FieldSchema> DerivedFields => _derived;

    /// <summary>The key path of a chain of properties from <typeparamref name="T"/>, e.g. <c>s =&gt; s.Adoption.Q</c>.</summary>
    public string[] PathOf<TValue>(System.Linq.Expressions.Expression<Func<T, TValue>> path) => PathOf((System.Linq.Expressions.LambdaExpression)path);

    public override object CreateDefault() => create();

    public T Create() => create();

    public ObjectSchema<T> Field<TValue>(
        string key, ValueSchema schema, Func<T, TValue> get, Action<T, TValue> set, string doc, string? defaultText = null)
    {
        return Add(new FieldSchema<T, TValue>(key, schema, get, set, doc) { DefaultText = defaultText });
    }

    /// <summary>Adds a field declared elsewhere (e.g. by a registry of parameters), checking its key is new.</summary>
    public ObjectSchema<T> Add(FieldSchema field)
    {
        if (FindField(field.Key) is not null)
        {
            throw new InvalidOperationException($"{TypeName}: field '{field.Key}' is declared twice.");
        }

        _fields.Add(field);
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
