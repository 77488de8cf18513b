using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>
/// The measures of the gap between cities over time for one variable (adoption share, mean productivity):
/// from a single run each series' <see cref="BandedSeries.Mean"/> is the value itself; from a sweep it is
/// the mean over replications with the 95% interval.
/// </summary>
public sealed record GapInput(TimeAxis Time, BandedSeries SdLog, BandedSeries TheilBetween, BandedSeries TheilWithin, BandedSeries Gini)
{
    /// <summary>Which city variable the measures describe, for the title: "adoption share".</summary>
    public string Variable { get; init; } = "adoption share";

    /// <summary>How many replications the means and intervals come from; null for a single run.</summary>
    public int? Replications { get; init; }
}

/// <summary>
/// Figure 2: one panel per gap measure sharing the time axis. The y axes are not shared because the
/// measures live on different scales (a Theil component can be a tenth of the Gini).
/// </summary>
public static class GapFigure
{
    private const string Color = OkabeIto.Blue;

    public static SmallMultiplesSpec Build(GapInput input, string? title = null)
    {
        var measures = new (string Name, string Unit, BandedSeries Series)[]
        {
            ("Standard deviation of log", "log points", input.SdLog),
            ("Gini coefficient", "index, 0 = equal", input.Gini),
            ("Theil index between classes", "index, nats", input.TheilBetween),
            ("Theil index within classes", "index, nats", input.TheilWithin),
        };
        foreach (var m in measures) m.Series.Validate(input.Time, m.Name);

        bool banded = measures.Any(m => m.Series.HasBand);
        var panels = measures.Select(m => Panel(input.Time, m.Name, m.Unit, m.Series)).ToList();

        string source = input.Replications is int n ? $"mean of {n} replications" : banded ? "mean over replications" : "single run";
        LegendSpec? legend = banded
            ? new LegendSpec([new LegendEntry(Capitalise(source), Color), new LegendEntry("95% interval", Color, LegendSymbol.Band)])
            : null;

        return new SmallMultiplesSpec
        {
            Title = title ?? $"The gap between cities in {input.Variable}",
            Subtitle = $"Dispersion across cities, {source}; Theil split between and within Streets Ahead classes",
            Panels = panels,
            Columns = 2,
            ShareX = true,
            ShareY = false,
            Legend = legend,
        };
    }

    private static ChartSpec Panel(TimeAxis time, string name, string unit, BandedSeries series) => new()
    {
        Title = name,
        X = time.Axis(),
        // Every measure is 0 when cities are equal: from zero, the axis shows how far the gap has widened, not just that it moved.
        Y = new AxisSpec(unit) { Min = 0, TargetTicks = 5 },
        Bands = series.HasBand ? [new BandSeries(name, time.Values, series.Lower!, series.Upper!, Color)] : [],
        Lines = [new LineSeries(name, time.Values, series.Mean, Color) { StrokeWidth = 2.5 }],
    };

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
