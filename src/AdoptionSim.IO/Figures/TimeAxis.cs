using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>
/// The time points of a run's series and how to name them: years since the start, or tick numbers with
/// the word "Tick". Every series of a figure has one value per time point.
/// </summary>
public sealed record TimeAxis(IReadOnlyList<double> Values, string Label, string? Unit, string PointName)
{
    public static TimeAxis Years(IReadOnlyList<double> years) => new(years, "Time", "years", "Year");

    public static TimeAxis Ticks(IReadOnlyList<double> ticks) => new(ticks, "Tick", null, "Tick");

    public int Count => Values.Count;

    /// <summary>A panel title for one time point, "Year 10" or "Tick 40".</summary>
    public string Describe(int index) => $"{PointName} {TickLabels.FormatValue(Values[index], TickFormat.Plain)}";

    internal AxisSpec Axis() => new(Label, Unit) { Format = TickFormat.Plain };

    internal void RequireLength(IReadOnlyList<double>? values, string what)
    {
        if (values is not null && values.Count != Values.Count)
            throw new ArgumentException($"{what} has {values.Count} values but the time axis has {Values.Count}.");
    }
}
