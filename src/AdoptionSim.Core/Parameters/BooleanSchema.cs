namespace AdoptionSim.Core.Parameters;

/// <summary>true or false (YAML 1.2 core schema spellings).</summary>
public sealed class BooleanSchema : ScalarSchema
{
    public override string TypeName => Nullable ? "boolean or null" : "boolean";

    public override string ExpectedText => "true or false";

    protected override ScalarParse ParseText(string text, bool quoted) => (quoted ? "" : text) switch
    {
        "true" or "True" or "TRUE" => ScalarParse.Success(true),
        "false" or "False" or "FALSE" => ScalarParse.Success(false),
        _ => ScalarParse.Failure($"expected true or false, got {Shown(text, quoted)}"),
    };

    protected override string FormatValue(object value) => (bool)value ? "true" : "false";
}
