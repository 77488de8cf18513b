using System.Globalization;

namespace AdoptionSim.Charts;

/// <summary>
/// Writes tick values with exactly as many decimals as the step needs (0.05 → 2, 500 → 0), so all
/// labels of an axis line up and none shows floating-point noise. Always invariant culture.
/// </summary>
public static class TickLabels
{
    public static string Format(double value, int decimals, TickFormat format)
    {
        switch (format)
        {
            case TickFormat.Percent:
                return Fixed(value * 100, Math.Max(0, decimals - 2), grouping: false) + "%";
            case TickFormat.PercentagePoints:
                return Fixed(value * 100, Math.Max(0, decimals - 2), grouping: false);
            case TickFormat.Plain:
                return Fixed(value, decimals, grouping: false);
            default:
                return Fixed(value, decimals, grouping: true);
        }
    }

    /// <summary>
    /// A single value (a legend size, a coefficient, a panel's year) to three significant digits without
    /// trailing zeros: 0.03, 0.38, 125,000, 12.5%.
    /// </summary>
    public static string FormatValue(double value, TickFormat format)
    {
        bool percent = format is TickFormat.Percent or TickFormat.PercentagePoints;
        double shown = percent ? value * 100 : value;
        double magnitude = Math.Abs(shown);
        int decimals = magnitude == 0 ? 0 : Math.Clamp(2 - (int)Math.Floor(Math.Log10(magnitude)), 0, 10);
        double rounded = Math.Round(shown, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0;
        string pattern = (format == TickFormat.Number ? "#,0." : "0.") + new string('#', Math.Max(decimals, 1));
        string text = rounded.ToString(pattern, CultureInfo.InvariantCulture);
        return format == TickFormat.Percent ? text + "%" : text;
    }

    private static string Fixed(double value, int decimals, bool grouping)
    {
        double rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // no "-0"
        string pattern = (grouping ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture);
        return rounded.ToString(pattern, CultureInfo.InvariantCulture);
    }
}
