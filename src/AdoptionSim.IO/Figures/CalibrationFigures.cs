using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>One observed series and its fit (its panel's label and its measure's name): the fitted mean and 95% range at every time, the observations at theirs.</summary>
public sealed record FittedSeries(string Label, string Measure, IReadOnlyList<double> Time, IReadOnlyList<double> Fitted, IReadOnlyList<double> Low,
    IReadOnlyList<double> High, IReadOnlyList<double> ObservedTime, IReadOnlyList<double> Observed);

/// <summary>One parameter's posterior draws with their weights, and its prior range.</summary>
public sealed record PosteriorMarginal(string Parameter, IReadOnlyList<double> Values, IReadOnlyList<double> Weights, double Lower, double Upper);

/// <summary>
/// Figures of a calibration: the fitted model against the observed data (one panel per observed series), and
/// ABC's posterior marginals as weighted histograms over each parameter's prior range.
/// </summary>
public static class CalibrationFigures
{
    /// <summary>Histogram bins across each prior range.</summary>
    public const int Bins = 20;

    public static FigureSpec FittedVsObserved(string title, string subtitle, string timeLabel, IReadOnlyList<FittedSeries> series)
    {
        var panels = series.Select(s => new ChartSpec
        {
            Title = s.Label,
            X = new AxisSpec(timeLabel) { Format = TickFormat.Plain },
            Y = new AxisSpec(s.Measure),
            Bands = [new BandSeries("fitted 95% range", s.Time, s.Low, s.High, OkabeIto.Blue)],
            Lines = [new LineSeries("fitted", s.Time, s.Fitted, OkabeIto.Blue)],
            Points = [new PointSeries("observed", s.ObservedTime, s.Observed, OkabeIto.Vermillion) { Radius = 5 }],
        }).ToList();
        var legend = new LegendSpec(
        [
            new LegendEntry("observed", OkabeIto.Vermillion, LegendSymbol.Point),
            new LegendEntry("fitted mean", OkabeIto.Blue),
            new LegendEntry("95% range of single runs", OkabeIto.Blue, LegendSymbol.Band),
        ]);
        if (panels.Count == 1) return panels[0] with { Title = title, Subtitle = subtitle, Legend = legend };
        return new SmallMultiplesSpec
        {
            // Two columns, not three: a panel's title names the city and the measure, which is too long for a third of the width.
            Title = title,
            Subtitle = subtitle,
            Panels = panels,
            Columns = Math.Min(2, panels.Count),
            ShareX = true,
            Legend = legend,
            Height = 300 + 260 * ((panels.Count + 1) / 2),
        };
    }

    public static FigureSpec Posterior(string title, string subtitle, IReadOnlyList<PosteriorMarginal> marginals)
    {
        var panels = marginals.Select(m =>
        {
            var width = (m.Upper - m.Lower) / Bins;
            var mass = new double[Bins];
            for (var i = 0; i < m.Values.Count; i++)
                mass[Math.Clamp((int)((m.Values[i] - m.Lower) / width), 0, Bins - 1)] += m.Weights[i];
            var total = mass.Sum();
            return new ChartSpec
            {
                Title = m.Parameter,
                X = new AxisSpec(m.Parameter) { Min = m.Lower, Max = m.Upper },
                Y = new AxisSpec("posterior weight") { Min = 0, Format = TickFormat.Percent },
                Bars =
                [
                    new BarSeries(m.Parameter, Enumerable.Range(0, Bins).Select(b => m.Lower + (b + 0.5) * width).ToArray(),
                        mass.Select(x => total > 0 ? x / total : 0).ToArray(), OkabeIto.Blue) { Width = width * 0.92 },
                ],
            };
        }).ToList();
        if (panels.Count == 1) return panels[0] with { Title = title, Subtitle = subtitle };
        return new SmallMultiplesSpec
        {
            Title = title,
            Subtitle = subtitle,
            Panels = panels,
            Columns = Math.Min(3, panels.Count),
            ShareX = false,
            Height = 300 + 260 * ((panels.Count + 2) / 3),
        };
    }
}
