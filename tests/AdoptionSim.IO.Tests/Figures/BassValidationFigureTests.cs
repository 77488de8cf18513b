using AdoptionSim.Charts;
using AdoptionSim.Charts.Tests;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.IO.Tests.Figures;

public class BassValidationFigureTests
{
    private const double P = 0.03, Q = 0.38;

    internal static BassValidationInput Input(int points = 31, bool band = true)
    {
        double[] t = Enumerable.Range(0, points).Select(i => i * 20.0 / (points - 1)).ToArray();
        double[] sim = t.Select((x, i) => Math.Clamp(BassValidationFigure.ClosedForm(x, P, Q) + 0.006 * Math.Sin(i), 0, 1)).ToArray();
        return new BassValidationInput(TimeAxis.Years(t),
            band ? new BandedSeries(sim, sim.Select(v => v - 0.015).ToArray(), sim.Select(v => v + 0.015).ToArray()) : new BandedSeries(sim),
            P, Q)
        { Replications = band ? 50 : null };
    }

    [Fact]
    public void Closed_form_starts_at_zero_tends_to_one_and_solves_the_Bass_equation()
    {
        BassValidationFigure.ClosedForm(0, P, Q).Should().Be(0);
        BassValidationFigure.ClosedForm(200, P, Q).Should().BeApproximately(1, 1e-9);
        // dF/dt = (p + qF)(1 − F), checked by central differences.
        foreach (double t in new[] { 1.0, 5.0, 9.0, 15.0 })
        {
            double h = 1e-5;
            double slope = (BassValidationFigure.ClosedForm(t + h, P, Q) - BassValidationFigure.ClosedForm(t - h, P, Q)) / (2 * h);
            double f = BassValidationFigure.ClosedForm(t, P, Q);
            slope.Should().BeApproximately((P + Q * f) * (1 - f), 1e-6);
        }
    }

    [Fact]
    public void Simulated_points_band_and_closed_form_are_drawn()
    {
        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(BassValidationFigure.Build(Input())));

        doc.WithClass("point").Should().HaveCount(31);
        doc.WithClass("band").Should().HaveCount(1);
        doc.WithClass("series").Should().HaveCount(1, "the closed form is the only line when the simulation is drawn as points");
        var ticks = doc.TextsWithClass("y-tick").Select(SvgDocument.TickValue).ToList();
        ticks.Min().Should().Be(0);
        ticks.Max().Should().Be(1);
    }

    [Fact]
    public void A_long_run_is_drawn_as_a_dashed_line_instead_of_points()
    {
        var spec = BassValidationFigure.Build(Input(points: 241, band: false));
        spec.Points.Should().BeEmpty();
        spec.Lines.Should().HaveCount(2);
        spec.Lines.Single(l => l.Name == "closed form").Dashed.Should().BeTrue();
        spec.Lines.Single(l => l.Name == "simulated").Dashed.Should().BeFalse();
    }

    [Fact]
    public void The_subtitle_states_the_coefficients_and_the_largest_gap()
    {
        var input = Input();
        double worst = BassValidationFigure.MaxAbsoluteError(input);
        worst.Should().BeGreaterThan(0.004).And.BeLessThanOrEqualTo(0.006);

        var spec = BassValidationFigure.Build(input);
        spec.Subtitle.Should().StartWith("p = 0.03, q = 0.38; largest gap 0.").And.EndWith(" percentage points");
    }

    [Fact]
    public void A_non_positive_p_is_refused() =>
        FluentActions.Invoking(() => BassValidationFigure.Build(Input() with { P = 0 })).Should().Throw<ArgumentOutOfRangeException>();
}
