using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>Morris's measures of one parameter for one response: μ* with its 95% interval, and σ.</summary>
public sealed record MorrisPoint(string Parameter, double MuStar, double MuStarLow, double MuStarHigh, double Sigma);

/// <summary>Sobol' indices of one parameter for one response, with 95% intervals.</summary>
public sealed record SobolBar(string Parameter, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);

/// <summary>
/// Figures of a global sensitivity analysis: Morris's μ*–σ plane (Campolongo et al. 2007), μ* by parameter with its
/// bootstrap interval, and Sobol' first-order and total indices by parameter with theirs. Parameters are sorted by
/// importance (μ* or the total index), the most important on top, so the figure reads as a ranking.
/// </summary>
public static class SensitivityFigures
{
    /// <summary>The most points labelled in the μ*–σ plane (the largest μ*); the bar figure names them all.</summary>
    public const int ScatterLabels = 8;

    /// <summary>μ* against σ, the diagonal σ = μ* dashed: above it, a parameter acts mostly through non-linearity or interactions.</summary>
    public static ChartSpec MorrisScatter(string response, IReadOnlyList<MorrisPoint> points, string? subtitle = null)
    {
        var max = points.Select(p => Math.Max(p.MuStar, p.Sigma)).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        var ranked = points.OrderByDescending(p => double.IsFinite(p.MuStar) ? p.MuStar : double.NegativeInfinity).ToList();
        return new ChartSpec
        {
            Title = $"Morris screening: {response}",
            Subtitle = subtitle ?? $"μ* (mean absolute elementary effect) against σ; the {Math.Min(ScatterLabels, points.Count)} largest μ* labelled; dashed: σ = μ*",
            X = new AxisSpec("μ*, mean |elementary effect|") { Min = 0 },
            Y = new AxisSpec("σ, sd of elementary effects") { Min = 0 },
            Lines =
            [
                new LineSeries("σ = μ*", [0, max], [0, max], OkabeIto.Grey) { Dashed = true, StrokeWidth = 1.5 },
                new LineSeries("μ* 95% interval", Whiskers(points, p => p.MuStarLow, p => p.MuStarHigh, p => p.Sigma).X,
                    Whiskers(points, p => p.MuStarLow, p => p.MuStarHigh, p => p.Sigma).Y, OkabeIto.Blue) { StrokeWidth = 1.5, Opacity = 0.6 },
            ],
            // Ranked by μ* (largest first, so the most influential parameters get the best places), each beside its own
            // point and clear of the others: parameters with small effects crowd near the origin.
            Points =
            [
                new PointSeries("parameters", ranked.Select(p => p.MuStar).ToArray(), ranked.Select(p => p.Sigma).ToArray(), OkabeIto.Blue)
                {
                    Labels = ranked.Select((p, i) => i < ScatterLabels ? p.Parameter : null).ToArray(),
                },
            ],
            Legend = new LegendSpec([new LegendEntry("parameter (μ*, σ)", OkabeIto.Blue, LegendSymbol.Point), new LegendEntry("μ* 95% interval", OkabeIto.Blue)]),
        };
    }

    /// <summary>μ* by parameter, largest on top, with bootstrap 95% intervals.</summary>
    public static ChartSpec MorrisBars(string response, IReadOnlyList<MorrisPoint> points, string? subtitle = null)
    {
        var sorted = points.OrderBy(p => p.MuStar).ToList();
        var positions = sorted.Select((_, i) => (double)i).ToArray();
        return new ChartSpec
        {
            Title = $"Morris μ* by parameter: {response}",
            Subtitle = subtitle ?? "Mean absolute elementary effect over the parameter's range, with bootstrap 95% intervals over trajectories",
            Height = Math.Max(400, 160 + 26 * sorted.Count),
            X = new AxisSpec("μ*, mean |elementary effect|") { Min = 0 },
            Y = new AxisSpec("") { Categories = sorted.Select(p => p.Parameter).ToArray() },
            Bars =
            [
                new BarSeries("μ*", positions, sorted.Select(p => p.MuStar).ToArray(), OkabeIto.Blue)
                {
                    Horizontal = true, Width = 0.6, Lower = sorted.Select(p => p.MuStarLow).ToArray(), Upper = sorted.Select(p => p.MuStarHigh).ToArray(),
                },
            ],
        };
    }

    /// <summary>First-order and total indices by parameter, the largest total on top, with bootstrap 95% intervals.</summary>
    public static ChartSpec SobolIndices(string response, IReadOnlyList<SobolBar> bars, string? subtitle = null)
    {
        var sorted = bars.OrderBy(b => double.IsFinite(b.Total) ? b.Total : double.NegativeInfinity).ToList();
        double[] At(double offset) => sorted.Select((_, i) => i + offset).ToArray();
        return new ChartSpec
        {
            Title = $"Sobol' indices: {response}",
            Subtitle = subtitle ?? "Share of variance due to each parameter alone (first order) and with its interactions (total); bootstrap 95% intervals",
            Height = Math.Max(400, 170 + 30 * sorted.Count),
            X = new AxisSpec("share of variance") { Min = 0 },
            Y = new AxisSpec("") { Categories = sorted.Select(b => b.Parameter).ToArray() },
            Bars =
            [
                new BarSeries("total", At(-0.19), sorted.Select(b => b.Total).ToArray(), OkabeIto.Orange)
                {
                    Horizontal = true, Width = 0.36, Lower = sorted.Select(b => b.TotalLow).ToArray(), Upper = sorted.Select(b => b.TotalHigh).ToArray(),
                },
                new BarSeries("first order", At(0.19), sorted.Select(b => b.First).ToArray(), OkabeIto.Blue)
                {
                    Horizontal = true, Width = 0.36, Lower = sorted.Select(b => b.FirstLow).ToArray(), Upper = sorted.Select(b => b.FirstHigh).ToArray(),
                },
            ],
            Legend = new LegendSpec([new LegendEntry("first order S", OkabeIto.Blue, LegendSymbol.Band), new LegendEntry("total ST", OkabeIto.Orange, LegendSymbol.Band)]),
        };
    }

    /// <summary>Horizontal whiskers from low to high at height y, one after another, separated by NaN so the line breaks.</summary>
    private static (double[] X, double[] Y) Whiskers<T>(IReadOnlyList<T> items, Func<T, double> low, Func<T, double> high, Func<T, double> y)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (var item in items)
        {
            xs.AddRange([low(item), high(item), double.NaN]);
            ys.AddRange([y(item), y(item), double.NaN]);
        }

        return (xs.ToArray(), ys.ToArray());
    }
}
