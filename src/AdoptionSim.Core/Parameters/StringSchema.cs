namespace AdoptionSim.Core.Parameters;

/// <summary>Free text. Any scalar is accepted as written (a plain 12 becomes "12").</summary>
public sealed class StringSchema : ScalarSchema
{
    public override string TypeName => Nullable ? "string or null" : "string";

    public override string ExpectedText => "a string";

    protected override ScalarParse ParseText(string text, bool quoted) => ScalarParse.Success(text);

    protected override string FormatValue(object value) => YamlText.Quote((string)value);
}
