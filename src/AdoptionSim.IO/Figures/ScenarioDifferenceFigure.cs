using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>One policy arm's difference from the baseline arm (arm − baseline) over time, with its 95% interval.</summary>
public sealed record ArmDifference(string Arm, BandedSeries Difference);

public sealed record ScenarioDifferenceInput(TimeAxis Time, IReadOnlyList<ArmDifference> Arms)
{
    /// <summary>The measure compared, for the title and axis: "adoption share".</summary>
    public string Measure { get; init; } = "adoption share";

    /// <summary>
    /// How differences are written. The default suits shares: 0.02 is shown as 2 with the unit
    /// "percentage points"; use <see cref="TickFormat.Number"/> and a <see cref="Unit"/> for other measures.
    /// </summary>
    public TickFormat Format { get; init; } = TickFormat.PercentagePoints;

    public string? Unit { get; init; } = "percentage points";

    public string Baseline { get; init; } = "baseline";

    public int? Replications { get; init; }
}

/// <summary>
/// Figure 3: each arm minus the baseline over time, one colour per arm, bands for the 95% intervals
/// and a line at zero: where a band leaves zero the arm differs from the baseline.
/// </summary>
public static class ScenarioDifferenceFigure
{
    public static ChartSpec Build(ScenarioDifferenceInput input, string? title = null)
    {
        if (input.Arms.Count == 0) throw new ArgumentException("A scenario comparison needs at least one arm besides the baseline.");
        foreach (var arm in input.Arms) arm.Difference.Validate(input.Time, $"Arm '{arm.Arm}'");

        var x = input.Time.Values;
        var arms = input.Arms.Select((a, i) => (a.Arm, a.Difference, Color: OkabeIto.ForIndex(i))).ToList();
        var legend = arms.Select(a => new LegendEntry(a.Arm, a.Color, a.Difference.HasBand ? LegendSymbol.LineWithBand : LegendSymbol.Line)).ToList();

        string source = input.Replications is int n ? $"means of {n} replications" : "means over replications";
        bool banded = arms.Any(a => a.Difference.HasBand);
        return new ChartSpec
        {
            Title = title ?? $"Policy arms against the {input.Baseline}: {input.Measure}",
            Subtitle = banded ? $"Arm minus {input.Baseline}, {source}; shaded: 95% interval" : $"Arm minus {input.Baseline}",
            X = input.Time.Axis(),
            Y = new AxisSpec($"Difference in {input.Measure}", input.Unit) { Format = input.Format },
            Bands = arms.Where(a => a.Difference.HasBand)
                .Select(a => new BandSeries(a.Arm, x, a.Difference.Lower!, a.Difference.Upper!, a.Color) { Opacity = 0.18 }).ToList(),
            Lines = arms.Select(a => new LineSeries(a.Arm, x, a.Difference.Mean, a.Color) { StrokeWidth = 2.5 }).ToList(),
            ReferenceLines = [new ReferenceLine(0, $"= {input.Baseline}")],
            Legend = new LegendSpec(legend),
        };
    }
}
