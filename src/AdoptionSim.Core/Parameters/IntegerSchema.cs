using System.Globalization;

namespace AdoptionSim.Core.Parameters;

/// <summary>An integer within [Min, Max]; boxed as a CLR int, or as a long when <see cref="Wide"/>.</summary>
public sealed class IntegerSchema(long min, long max, bool wide = false) : ScalarSchema
{
    public long Min { get; } = min;

    public long Max { get; } = wide ? max : Math.Min(max, int.MaxValue);

    public bool Wide { get; } = wide;

    public override string TypeName => Nullable ? "integer or null" : "integer";

    public override string RangeText =>
        Min == (Wide ? long.MinValue : int.MinValue) && Max == (Wide ? long.MaxValue : int.MaxValue) ? ""
        : Max == (Wide ? long.MaxValue : int.MaxValue) ? $"≥ {Min}"
        : $"[{Min}, {Max}]";

    public override string ExpectedText => "an integer";

    protected override ScalarParse ParseText(string text, bool quoted)
    {
        if (quoted || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return ScalarParse.Failure($"expected an integer, got {Shown(text, quoted)}");
        }

        if (n < Min || n > Max)
        {
            return ScalarParse.Failure($"expected an integer {RangeText}, got {ShownText.Value(text)}");
        }

        return ScalarParse.Success(Wide ? n : (object)(int)n);
    }

    protected override string FormatValue(object value) =>
        Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
