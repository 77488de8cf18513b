using System.Linq.Expressions;

namespace AdoptionSim.Core.Parameters;

/// <summary>
/// Fields declared from properties: one line per parameter gives its range and doc; the key is the property's
/// name in snake_case and the default its initial value, so nothing is written twice:
/// <code>
/// public double Q { get; set; } = 0.38;
/// …
/// .Number(a =&gt; a.Q, NumberRange.NonNegative, "Imitation coefficient q per year.")
/// </code>
/// </summary>
public sealed partial class ObjectSchema<T>
{
    public ObjectSchema<T> Field<TValue>(Expression<Func<T, TValue>> property, ValueSchema schema, string doc, string? defaultText = null)
    {
        var (info, get, set) = PropertyAccess.Of(property);
        return Add(new FieldSchema<T, TValue>(PropertyAccess.KeyOf(info.Name), schema, get, set, doc)
        {
            DefaultText = defaultText,
            PropertyName = info.Name,
        });
    }

    /// <summary>A value filled in after loading, written only in the canonical JSON (see <see cref="ObjectSchema.DerivedFields"/>).</summary>
    public ObjectSchema<T> Derived<TValue>(Expression<Func<T, TValue>> property, ValueSchema schema, string doc)
    {
        var (info, get, set) = PropertyAccess.Of(property);
        var field = new FieldSchema<T, TValue>(PropertyAccess.KeyOf(info.Name), schema, get, set, doc) { PropertyName = info.Name };
        if (FindField(field.Key) is not null || _derived.Any(d => d.Key == field.Key))
        {
            throw new InvalidOperationException($"{TypeName}: field '{field.Key}' is declared twice.");
        }

        _derived.Add(field);
        return this;
    }

    public ObjectSchema<T> Number(Expression<Func<T, double>> property, NumberRange range, string doc) =>
        Field(property, new NumberSchema(range), doc);

    public ObjectSchema<T> OptionalNumber(Expression<Func<T, double?>> property, NumberRange range, string doc) =>
        Field(property, new NumberSchema(range) { Nullable = true }, doc);

    public ObjectSchema<T> Integer(Expression<Func<T, int>> property, int min, string doc, int max = int.MaxValue) =>
        Field(property, new IntegerSchema(min, max), doc);

    public ObjectSchema<T> OptionalInteger(Expression<Func<T, int?>> property, int min, string doc) =>
        Field(property, new IntegerSchema(min, int.MaxValue) { Nullable = true }, doc);

    public ObjectSchema<T> Long(Expression<Func<T, long>> property, string doc) =>
        Field(property, new IntegerSchema(long.MinValue, long.MaxValue, wide: true), doc);

    public ObjectSchema<T> Boolean(Expression<Func<T, bool>> property, string doc) =>
        Field(property, new BooleanSchema(), doc);

    public ObjectSchema<T> Text(Expression<Func<T, string>> property, string doc, string? defaultText = null) =>
        Field(property, new StringSchema(), doc, defaultText);

    public ObjectSchema<T> OptionalText(Expression<Func<T, string?>> property, string doc) =>
        Field(property, new StringSchema { Nullable = true }, doc);

    public ObjectSchema<T> Enum<TEnum>(Expression<Func<T, TEnum>> property, string doc)
        where TEnum : struct, System.Enum =>
        Field(property, EnumSchema<TEnum>.Instance, doc);

    public ObjectSchema<T> OptionalEnum<TEnum>(Expression<Func<T, TEnum?>> property, string doc)
        where TEnum : struct, System.Enum =>
        Field(property, new EnumSchema<TEnum> { Nullable = true }, doc);

    public ObjectSchema<T> Object<TChild>(Expression<Func<T, TChild>> property, ObjectSchema<TChild> schema, string doc)
        where TChild : class =>
        Field(property, schema, doc);

    public ObjectSchema<T> List<TItem>(Expression<Func<T, List<TItem>>> property, ValueSchema item, string doc) =>
        Field(property, new ListSchema<TItem>(item), doc);

    public ObjectSchema<T> Map<TValue>(Expression<Func<T, Dictionary<string, TValue>>> property, ValueSchema value, MapMerge merge, string doc) =>
        Field(property, new MapSchema<TValue>(value, merge), doc);

    public ObjectSchema<T> OptionalMap<TValue>(
        Expression<Func<T, Dictionary<string, TValue>?>> property, ValueSchema value, MapMerge merge, string doc) =>
        Field(property, new MapSchema<TValue>(value, merge) { Nullable = true }, doc);
}
