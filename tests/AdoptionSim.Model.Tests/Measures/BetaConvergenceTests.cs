using AdoptionSim.Model.Measures;

namespace AdoptionSim.Model.Tests.Measures;

public class BetaConvergenceTests
{
    /// <summary>Final levels that put growth (ln x_T − ln x_0)/T exactly on a + b·ln x_0.</summary>
    private static double[] FinalOnLine(double[] initial, double a, double b, double periods) =>
        initial.Select(x0 => Math.Exp(Math.Log(x0) + periods * (a + b * Math.Log(x0)))).ToArray();

    [Fact]
    public void Exact_fit_recovers_slope_intercept_speed_and_half_life()
    {
        // ln x_0 = 0, 1, 2, 3; T = 10; g = 0.2 − 0.05 ln x_0.
        // λ = −ln(1 + bT)/T = −ln(0.5)/10 = ln2/10, so the half-life is ln2/λ = 10 exactly.
        double[] initial = [1, Math.E, Math.Exp(2), Math.Exp(3)];
        var r = BetaConvergence.Estimate(initial, FinalOnLine(initial, 0.2, -0.05, 10), 10);
        r.Slope.Should().BeApproximately(-0.05, 1e-12);
        r.Intercept.Should().BeApproximately(0.2, 1e-12);
        r.RSquared.Should().BeApproximately(1, 1e-12);
        r.SlopeStandardError.Should().BeApproximately(0, 1e-9);
        r.N.Should().Be(4);
        r.Excluded.Should().Be(0);
        r.Speed.Should().BeApproximately(Math.Log(2) / 10, 1e-12);
        r.HalfLife.Should().BeApproximately(10, 1e-9);
    }

    [Fact]
    public void Known_speed_of_convergence_is_recovered()
    {
        // Neoclassical convergence at λ = 0.1 per period over T = 5: b = −(1 − e^{−0.5})/5, half-life ln2/0.1 = 6.931…
        const double lambda = 0.1, periods = 5;
        var b = -(1 - Math.Exp(-lambda * periods)) / periods;
        double[] initial = [0.5, 0.9, 1.7, 2.2, 4.0, 8.5];
        var r = BetaConvergence.Estimate(initial, FinalOnLine(initial, 0.03, b, periods), periods);
        r.Speed.Should().BeApproximately(lambda, 1e-12);
        r.HalfLife.Should().BeApproximately(Math.Log(2) / lambda, 1e-9);
        // Convergence in β implies σ falls here: every log gap shrinks by the factor 1 + bT = e^{−0.5}.
        r.SigmaEnd.Should().BeApproximately(r.SigmaStart * Math.Exp(-0.5), 1e-12);
    }

    [Fact]
    public void Noisy_fit_against_hand_computed_ols()
    {
        // T = 1, ln x_0 = 0, 1, 2, growth y = 1, 0, 2 (so ln x_T = 1, 1, 4).
        // x̄ = 1, ȳ = 1, Sxx = 2, Sxy = (−1)(0) + 0(−1) + 1·1 = 1 → b = 0.5, a = 0.5.
        // Residuals 0.5, −1, 0.5 → SSR = 1.5; SST = 0 + 1 + 1 = 2 → R² = 0.25; SE = √(1.5/1/2) = √0.75.
        // λ = −ln(1.5) < 0 (divergence): half-life undefined.
        // σ_0 = √((1+0+1)/3) = √(2/3); σ_T: logs 1, 1, 4, mean 2, squares 1+1+4 = 6 → √2.
        double[] initial = [1, Math.E, Math.Exp(2)];
        double[] final = [Math.E, Math.E, Math.Exp(4)];
        var r = BetaConvergence.Estimate(initial, final, 1);
        r.Slope.Should().BeApproximately(0.5, 1e-12);
        r.Intercept.Should().BeApproximately(0.5, 1e-12);
        r.RSquared.Should().BeApproximately(0.25, 1e-12);
        r.SlopeStandardError.Should().BeApproximately(Math.Sqrt(0.75), 1e-12);
        r.Speed.Should().BeApproximately(-Math.Log(1.5), 1e-12);
        r.HalfLife.Should().Be(double.NaN);
        r.SigmaStart.Should().BeApproximately(Math.Sqrt(2.0 / 3), 1e-12);
        r.SigmaEnd.Should().BeApproximately(Math.Sqrt(2), 1e-12);
    }

    [Fact]
    public void Non_positive_and_missing_levels_are_excluded_and_counted()
    {
        double[] initial = [1, Math.E, Math.Exp(2), 0, 5, double.NaN];
        var final = FinalOnLine(initial[..3], 0.1, -0.02, 4).Concat([3.0, -1.0, 2.0]).ToArray();
        var r = BetaConvergence.Estimate(initial, final, 4);
        r.N.Should().Be(3);
        r.Excluded.Should().Be(3);
        r.Slope.Should().BeApproximately(-0.02, 1e-12);
    }

    [Fact]
    public void Undefined_cases_are_NaN()
    {
        // Two cities: slope defined, no degrees of freedom for its standard error.
        var two = BetaConvergence.Estimate([1, 2], [2, 3], 1);
        two.Slope.Should().NotBe(double.NaN);
        two.SlopeStandardError.Should().Be(double.NaN);

        // One city, or all initial levels equal: no slope.
        BetaConvergence.Estimate([1], [2], 1).Slope.Should().Be(double.NaN);
        var flat = BetaConvergence.Estimate([2, 2, 2], [3, 4, 5], 1);
        flat.Slope.Should().Be(double.NaN);
        flat.SigmaStart.Should().Be(0);

        // 1 + bT ≤ 0: b = −0.2 over T = 10 overshoots; no speed, no half-life.
        double[] initial = [1, Math.E, Math.Exp(2)];
        var over = BetaConvergence.Estimate(initial, FinalOnLine(initial, 0, -0.2, 10), 10);
        over.Slope.Should().BeApproximately(-0.2, 1e-12);
        over.Speed.Should().Be(double.NaN);
        over.HalfLife.Should().Be(double.NaN);
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        FluentActions.Invoking(() => BetaConvergence.Estimate([1, 2], [1], 1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BetaConvergence.Estimate([1, 2], [1, 2], 0)).Should().Throw<ArgumentException>();
    }
}
