using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>
/// The simulated share of adopters (0–1) at each time point of a Bass-mode run, with an optional 95%
/// interval over replications, and the Bass coefficients of innovation (p) and imitation (q) per unit of
/// the time axis.
/// </summary>
public sealed record BassValidationInput(TimeAxis Time, BandedSeries Simulated, double P, double Q)
{
    public int? Replications { get; init; }
}

/// <summary>
/// Figure 5: the model run in its Bass special case against Bass's closed form
/// F(t) = (1 − e^−(p+q)t) / (1 + (q/p)·e^−(p+q)t) (Bass 1969). The subtitle states the largest gap
/// between the two, so the figure carries its own verdict.
/// </summary>
public static class BassValidationFigure
{
    private const int CurvePoints = 241;
    private const int MaxPointMarkers = 60;

    public static double ClosedForm(double t, double p, double q)
    {
        double decay = Math.Exp(-(p + q) * t);
        return (1 - decay) / (1 + q / p * decay);
    }

    /// <summary>The largest |simulated − F(t)| over time points where the simulation has a value; NaN if none.</summary>
    public static double MaxAbsoluteError(BassValidationInput input)
    {
        double worst = double.NaN;
        for (int i = 0; i < input.Time.Count; i++)
        {
            double sim = input.Simulated.Mean[i];
            if (!double.IsFinite(sim) || !double.IsFinite(input.Time.Values[i])) continue;
            double err = Math.Abs(sim - ClosedForm(input.Time.Values[i], input.P, input.Q));
            worst = double.IsNaN(worst) ? err : Math.Max(worst, err);
        }
        return worst;
    }

    /// <summary>A share cannot leave [0, 1]; a normal-approximation interval near 0 or 1 can, and would stretch the axis for nothing.</summary>
    private static double[] ClampShare(IReadOnlyList<double> values) => values.Select(v => double.IsFinite(v) ? Math.Clamp(v, 0, 1) : v).ToArray();

    public static ChartSpec Build(BassValidationInput input, string? title = null)
    {
        if (!(input.P > 0) || !double.IsFinite(input.P)) throw new ArgumentOutOfRangeException(nameof(input), input.P, "p must be positive.");
        if (!(input.Q >= 0) || !double.IsFinite(input.Q)) throw new ArgumentOutOfRangeException(nameof(input), input.Q, "q must be non-negative.");
        input.Simulated.Validate(input.Time, "Simulated share");

        var times = input.Time.Values.Where(double.IsFinite).ToList();
        double t0 = times.Count == 0 ? 0 : Math.Min(0, times.Min());
        double t1 = times.Count == 0 ? 1 : times.Max();
        var curveX = Enumerable.Range(0, CurvePoints).Select(i => t0 + (t1 - t0) * i / (CurvePoints - 1)).ToArray();
        var curveY = curveX.Select(t => ClosedForm(Math.Max(t, 0), input.P, input.Q)).ToArray();

        const string simColor = OkabeIto.Vermillion;
        const string formColor = OkabeIto.Black;
        bool asPoints = input.Time.Count <= MaxPointMarkers;
        string simName = input.Replications is int n ? $"Simulated, mean of {n} replications" : "Simulated";

        var legend = new List<LegendEntry>
        {
            new("Closed form F(t)", formColor, asPoints ? LegendSymbol.Line : LegendSymbol.DashedLine),
            new(simName, simColor, asPoints ? LegendSymbol.Point : LegendSymbol.Line),
        };
        if (input.Simulated.HasBand) legend.Add(new LegendEntry("95% interval", simColor, LegendSymbol.Band));

        double error = MaxAbsoluteError(input);
        string p = TickLabels.FormatValue(input.P, TickFormat.Plain);
        string q = TickLabels.FormatValue(input.Q, TickFormat.Plain);
        string errorText = double.IsNaN(error) ? "" : $"; largest gap {TickLabels.FormatValue(error, TickFormat.PercentagePoints)} percentage points";

        return new ChartSpec
        {
            Title = title ?? "Bass validation: simulated adoption against the closed form",
            Subtitle = $"p = {p}, q = {q}{errorText}",
            X = input.Time.Axis(),
            Y = new AxisSpec("Share of adopters", "% of potential adopters") { Min = 0, Max = 1, Format = TickFormat.Percent },
            Bands = input.Simulated.HasBand ? [new BandSeries("simulated", input.Time.Values, ClampShare(input.Simulated.Lower!), ClampShare(input.Simulated.Upper!), simColor)] : [],
            Lines = asPoints
                ? [new LineSeries("closed form", curveX, curveY, formColor) { StrokeWidth = 2.5 }]
                // A long run is a line: the simulation solid underneath, the closed form dashed on top so both stay visible where they agree.
                : [new LineSeries("simulated", input.Time.Values, input.Simulated.Mean, simColor) { StrokeWidth = 3.5 },
                   new LineSeries("closed form", curveX, curveY, formColor) { StrokeWidth = 2, Dashed = true }],
            Points = asPoints ? [new PointSeries("simulated", input.Time.Values, input.Simulated.Mean, simColor) { Radius = 4.5 }] : [],
            Legend = new LegendSpec(legend),
        };
    }
}
