namespace AdoptionSim.Core.Parameters;

/// <summary>
/// A value from a fixed set, written in files by its name. Here the values are the names themselves;
/// <see cref="ChoiceSchema{T}"/> maps the names to typed values (an enum, a registry of objects).
/// </summary>
public class ChoiceSchema(params string[] choices) : ScalarSchema
{
    /// <summary>The names, in documentation order.</summary>
    public IReadOnlyList<string> Choices { get; } = choices;

    public override string TypeName => Nullable ? "choice or null" : "choice";

    public override string RangeText => string.Join(" | ", Choices.Select(c => c.Length == 0 ? "\"\"" : c));

    public override string ExpectedText => "one of " + ListChoices();

    /// <summary>The name a value is written with in files (JSON, YAML, messages).</summary>
    public virtual string NameOf(object value) => (string)value;

    /// <summary>The value of the choice at <paramref name="index"/> (the name itself here).</summary>
    protected virtual object ValueAt(int index) => Choices[index];

    protected override ScalarParse ParseText(string text, bool quoted)
    {
        for (var i = 0; i < Choices.Count; i++)
        {
            if (string.Equals(Choices[i], text, StringComparison.Ordinal))
            {
                return ScalarParse.Success(ValueAt(i));
            }
        }

        var message = $"expected one of {ListChoices()}, got '{ShownText.Value(text)}'";
        var suggestion = NameSuggester.Closest(text, Choices);
        return ScalarParse.Failure(suggestion is null ? message : $"{message}; did you mean '{suggestion}'?");
    }

    protected override string FormatValue(object value) => YamlText.Quote(NameOf(value));

    private string ListChoices() => string.Join(", ", Choices.Select(c => $"'{c}'"));
}

/// <summary>
/// A typed choice: one table maps each value to the name files use. Parsing gives the value, writing gives
/// the name, so code compares values (<c>mixing == Mixing.Full</c>) and never names.
/// </summary>
public class ChoiceSchema<T> : ChoiceSchema
    where T : notnull
{
    private readonly T[] _values;

    public ChoiceSchema(IReadOnlyList<KeyValuePair<T, string>> table)
        : base(table.Select(e => e.Value).ToArray())
    {
        _values = table.Select(e => e.Key).ToArray();
        if (Choices.Distinct(StringComparer.Ordinal).Count() != Choices.Count || _values.Distinct().Count() != _values.Length)
        {
            throw new ArgumentException($"choices of {typeof(T).Name}: every value needs its own name", nameof(table));
        }
    }

    /// <summary>The values, in the order of <see cref="ChoiceSchema.Choices"/>.</summary>
    public IReadOnlyList<T> Values => _values;

    public string NameOf(T value)
    {
        var index = Array.IndexOf(_values, value);
        return index >= 0 ? Choices[index] : throw new ArgumentOutOfRangeException(nameof(value), value, $"not a choice of {typeof(T).Name}");
    }

    public override string NameOf(object value) => NameOf((T)value);

    public bool TryParse(string name, out T value)
    {
        for (var i = 0; i < Choices.Count; i++)
        {
            if (string.Equals(Choices[i], name, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }

        value = default!;
        return false;
    }

    protected override object ValueAt(int index) => _values[index];
}
