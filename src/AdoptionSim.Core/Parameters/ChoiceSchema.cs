namespace AdoptionSim.Core.Parameters;

/// <summary>A string from a fixed set of words (an enum written as text in files).</summary>
public sealed class ChoiceSchema(params string[] choices) : ScalarSchema
{
    public IReadOnlyList<string> Choices { get; } = choices;

    public override string TypeName => Nullable ? "choice or null" : "choice";

    public override string RangeText => string.Join(" | ", Choices.Select(c => c.Length == 0 ? "\"\"" : c));

    public override string ExpectedText => "one of " + ListChoices();

    protected override ScalarParse ParseText(string text, bool quoted)
    {
        if (Choices.Contains(text, StringComparer.Ordinal))
        {
            return ScalarParse.Success(text);
        }

        var message = $"expected one of {ListChoices()}, got '{ShownText.Value(text)}'";
        var suggestion = NameSuggester.Closest(text, Choices);
        return ScalarParse.Failure(suggestion is null ? message : $"{message}; did you mean '{suggestion}'?");
    }

    protected override string FormatValue(object value) => YamlText.Quote((string)value);

    private string ListChoices() => string.Join(", ", Choices.Select(c => $"'{c}'"));
}
