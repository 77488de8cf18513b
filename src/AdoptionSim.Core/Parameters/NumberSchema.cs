using System.Globalization;

namespace AdoptionSim.Core.Parameters;

/// <summary>A finite floating-point number (CLR double) within a range.</summary>
public sealed class NumberSchema(NumberRange range) : ScalarSchema
{
    public NumberRange Range { get; } = range;

    public override string TypeName => Nullable ? "number or null" : "number";

    public override string RangeText => Range == NumberRange.Any ? "" : Range.ToString();

    public override string ExpectedText => "a number";

    protected override ScalarParse ParseText(string text, bool quoted)
    {
        // Only plain scalars are numbers: a quoted "0.5" is a string in YAML.
        if (quoted || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
        {
            return ScalarParse.Failure($"expected a number, got {Shown(text, quoted)}");
        }

        if (!double.IsFinite(x))
        {
            return ScalarParse.Failure($"expected a finite number, got '{ShownText.Value(text)}'");
        }

        return Range.Contains(x)
            ? ScalarParse.Success(x)
            : ScalarParse.Failure($"expected a value in {Range}, got {ShownText.Value(text)}");
    }

    protected override string FormatValue(object value) => FormatNumber((double)value);

    /// <summary>Shortest round-trip text, always with a decimal point or exponent so it reads as a number.</summary>
    public static string FormatNumber(double x)
    {
        var s = x.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') ? s : s + ".0";
    }
}
