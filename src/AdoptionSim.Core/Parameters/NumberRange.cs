using System.Globalization;

namespace AdoptionSim.Core.Parameters;

/// <summary>An interval of allowed numbers, each end closed or open; infinite ends are open.</summary>
public readonly record struct NumberRange(double Min, double Max, bool MinOpen = false, bool MaxOpen = false)
{
    public static NumberRange Any => new(double.NegativeInfinity, double.PositiveInfinity, true, true);

    /// <summary>[0, 1]: shares, probabilities, indices.</summary>
    public static NumberRange Unit => new(0, 1);

    /// <summary>(0, 1): means of Beta distributions.</summary>
    public static NumberRange OpenUnit => new(0, 1, true, true);

    public static NumberRange NonNegative => AtLeast(0);

    public static NumberRange Positive => Above(0);

    public static NumberRange AtLeast(double min) => new(min, double.PositiveInfinity, false, true);

    public static NumberRange Above(double min) => new(min, double.PositiveInfinity, true, true);

    public static NumberRange Between(double min, double max) => new(min, max);

    public bool Contains(double x) =>
        (MinOpen ? x > Min : x >= Min) && (MaxOpen ? x < Max : x <= Max);

    public override string ToString() =>
        $"{(MinOpen ? "(" : "[")}{Show(Min)}, {Show(Max)}{(MaxOpen ? ")" : "]")}";

    private static string Show(double x) => double.IsPositiveInfinity(x) ? "∞"
        : double.IsNegativeInfinity(x) ? "-∞"
        : x.ToString(CultureInfo.InvariantCulture);
}
