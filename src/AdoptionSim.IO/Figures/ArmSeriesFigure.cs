using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>One arm's mean of a measure over time, with its 95% interval.</summary>
public sealed record ArmSeries(string Arm, BandedSeries Series);

public sealed record ArmSeriesInput(TimeAxis Time, IReadOnlyList<ArmSeries> Arms)
{
    /// <summary>The measure shown, for the axis: "Spend per tick".</summary>
    public string Measure { get; init; } = "Value";

    public string? Unit { get; init; }

    public TickFormat Format { get; init; } = TickFormat.Number;

    public int? Replications { get; init; }
}

/// <summary>
/// A measure over time in each arm of a sweep, one colour per arm (in the order given) with its 95% band,
/// on an axis from zero: e.g. what a policy lever spends per tick under national and place-based allocation.
/// </summary>
public static class ArmSeriesFigure
{
    public static ChartSpec Build(ArmSeriesInput input, string title)
    {
        if (input.Arms.Count == 0) throw new ArgumentException("An arm comparison needs at least one arm.");
        foreach (var arm in input.Arms) arm.Series.Validate(input.Time, $"Arm '{arm.Arm}'");

        var x = input.Time.Values;
        var arms = input.Arms.Select((a, i) => (a.Arm, a.Series, Color: OkabeIto.ForIndex(i))).ToList();
        var banded = arms.Any(a => a.Series.HasBand);
        var source = input.Replications is int n ? $"Mean of {n} replications per arm" : "Mean over replications per arm";
        return new ChartSpec
        {
            Title = title,
            Subtitle = banded ? $"{source}; shaded: 95% interval" : source,
            X = input.Time.Axis(),
            Y = new AxisSpec(input.Measure, input.Unit) { Format = input.Format, Min = 0 },
            Bands = arms.Where(a => a.Series.HasBand)
                .Select(a => new BandSeries(a.Arm, x, a.Series.Lower!, a.Series.Upper!, a.Color) { Opacity = 0.18 }).ToList(),
            Lines = arms.Select(a => new LineSeries(a.Arm, x, a.Series.Mean, a.Color) { StrokeWidth = 2.5 }).ToList(),
            Legend = new LegendSpec(arms.Select(a => new LegendEntry(a.Arm, a.Color, a.Series.HasBand ? LegendSymbol.LineWithBand : LegendSymbol.Line)).ToList()),
        };
    }
}
