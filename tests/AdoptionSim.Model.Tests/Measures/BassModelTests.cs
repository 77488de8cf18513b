using AdoptionSim.Model.Measures;

namespace AdoptionSim.Model.Tests.Measures;

public class BassModelTests
{
    private const double P = 0.03, Q = 0.38; // Bass's classic magnitudes

    [Fact]
    public void Closed_form_at_known_points()
    {
        BassModel.CumulativeShare(P, Q, 0).Should().Be(0);
        // t = 10: e = exp(−4.1) = 0.0165726754; F = (1 − e)/(1 + (0.38/0.03)·e) = 0.9834273246/1.2099205505 = 0.8128032…
        BassModel.CumulativeShare(P, Q, 10).Should().BeApproximately(0.8128032212213462, 1e-13);
        // The peak of adoptions is at t* = ln(q/p)/(p+q), where F = (1 − p/q)/2.
        var peak = Math.Log(Q / P) / (P + Q);
        BassModel.CumulativeShare(P, Q, peak).Should().BeApproximately((1 - P / Q) / 2, 1e-13);
        // Long run: everyone adopts.
        BassModel.CumulativeShare(P, Q, 200).Should().BeApproximately(1, 1e-13);
    }

    [Fact]
    public void Without_imitation_it_is_exponential_and_without_innovation_nothing_happens()
    {
        BassModel.CumulativeShare(0.1, 0, 5).Should().BeApproximately(1 - Math.Exp(-0.5), 1e-15);
        BassModel.CumulativeShare(0, 0.5, 5).Should().Be(0);
        BassModel.Density(0, 0.5, 5).Should().Be(0);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(2.5)]
    [InlineData(6.19)]
    [InlineData(15.0)]
    public void Density_is_the_hazard_times_the_non_adopters_and_the_derivative(double t)
    {
        var f = BassModel.CumulativeShare(P, Q, t);
        BassModel.Density(P, Q, t).Should().BeApproximately((P + Q * f) * (1 - f), 1e-13);
        if (t > 0)
        {
            const double h = 1e-5; // central difference, error O(h²) ≈ 1e-10 · F'''
            var numeric = (BassModel.CumulativeShare(P, Q, t + h) - BassModel.CumulativeShare(P, Q, t - h)) / (2 * h);
            BassModel.Density(P, Q, t).Should().BeApproximately(numeric, 1e-8);
        }
    }

    [Fact]
    public void Density_at_zero_is_p()
    {
        BassModel.Density(P, Q, 0).Should().BeApproximately(P, 1e-15);
    }

    [Fact]
    public void Discrete_rule_is_exact_without_imitation()
    {
        // With q = 0 the hazard is constant, so k ticks of 1 − e^{−pΔt} compound to exactly 1 − e^{−pkΔt}.
        BassModel.DiscreteShare(0.07, 0, 0.25, 40).Should().BeApproximately(1 - Math.Exp(-0.07 * 10), 1e-14);
    }

    [Fact]
    public void Discrete_first_tick_by_hand()
    {
        // F_1 = 0 + 1·(1 − e^{−(p + q·0)Δt}); F_2 = F_1 + (1 − F_1)(1 − e^{−(p + q F_1)Δt}).
        var f1 = 1 - Math.Exp(-P * 1);
        var f2 = f1 + (1 - f1) * (1 - Math.Exp(-(P + Q * f1) * 1));
        BassModel.DiscreteShare(P, Q, 1, 1).Should().BeApproximately(f1, 1e-15);
        BassModel.DiscreteShare(P, Q, 1, 2).Should().BeApproximately(f2, 1e-15);
    }

    [Fact]
    public void Discrete_rule_converges_to_the_closed_form_at_first_order()
    {
        // Synchronous updating lags the continuous curve (F_k is used for the whole tick while F rises),
        // with error proportional to Δt: about −0.0078 at Δt = 0.1 for t = 10, −0.00077 at 0.01, −0.000077 at 0.001.
        var exact = BassModel.CumulativeShare(P, Q, 10);
        double previous = double.NaN;
        foreach (var (dt, steps) in new[] { (1.0, 10), (0.1, 100), (0.01, 1000), (0.001, 10000) })
        {
            var error = BassModel.DiscreteShare(P, Q, dt, steps) - exact;
            error.Should().BeNegative();
            if (!double.IsNaN(previous))
                (previous / error).Should().BeInRange(8, 12, "a tenth of the step should give about a tenth of the error");
            previous = error;
        }
        Math.Abs(previous).Should().BeLessThan(1e-4);
    }

    [Fact]
    public void Discrete_path_matches_discrete_share()
    {
        var path = new double[41];
        BassModel.DiscretePath(P, Q, 0.25, path, initialShare: 0.01);
        path[0].Should().Be(0.01);
        path[40].Should().Be(BassModel.DiscreteShare(P, Q, 0.25, 40, initialShare: 0.01));
        for (var k = 1; k < path.Length; k++) path[k].Should().BeGreaterThan(path[k - 1]);
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        FluentActions.Invoking(() => BassModel.CumulativeShare(-0.1, 0.3, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => BassModel.CumulativeShare(0.1, 0.3, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => BassModel.DiscreteShare(0.1, 0.3, 0, 5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => BassModel.DiscreteShare(0.1, 0.3, 1, 5, 1.5)).Should().Throw<ArgumentOutOfRangeException>();
    }
}

public class ExpMinusOneTests
{
    [Theory]
    [InlineData(-0.03, -0.029554466451491823)]      // e^{−0.03} − 1 to 17 digits (30-digit reference)
    [InlineData(1e-10, 1.00000000005e-10)]          // x + x²/2
    [InlineData(-1e-300, -1e-300)]
    [InlineData(2.0, 6.38905609893065)]
    [InlineData(-800.0, -1.0)]
    public void Is_accurate_to_a_few_ulps(double x, double expected)
    {
        BassModel.ExpMinusOne(x).Should().BeApproximately(expected, Math.Abs(expected) * 4e-16);
    }
}
