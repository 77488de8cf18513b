using AdoptionSim.Core.Random;
using AdoptionSim.Model.Statistics;

namespace AdoptionSim.Model.Tests.Statistics;

/// <summary>The 95% interval covers a known mean in about 95% of repeated experiments.</summary>
public class ConfidenceIntervalCoverageTests
{
    private const int Experiments = 4000;
    private const int Replications = 5; // few replications: where Student t matters most
    private const double TrueMean = 3.0, TrueSd = 2.0;

    [Fact]
    public void Ninety_five_percent_interval_covers_the_true_mean_at_the_nominal_rate()
    {
        var rng = new SplitMix64(20240601);
        var sample = new double[Replications];
        var covered = 0;
        for (var e = 0; e < Experiments; e++)
        {
            for (var i = 0; i < Replications; i++) sample[i] = TrueMean + TrueSd * StandardNormal(ref rng);
            if (Summary.Of(sample).Covers(TrueMean)) covered++;
        }

        // Tolerance: the number covered is Binomial(4000, 0.95) if the interval is right, so the observed
        // fraction has standard error √(0.95·0.05/4000) = 0.00345; we allow 3 of them (±0.0103), which a
        // correct interval misses with probability about 0.003 (and the seed is fixed, so the test is
        // deterministic). With the normal quantile 1.96 instead of t_{0.975,4} = 2.776 the coverage for
        // n = 5 would be about 0.88, far outside, so this test does detect the wrong quantile.
        var fraction = (double)covered / Experiments;
        var standardError = Math.Sqrt(0.95 * 0.05 / Experiments);
        fraction.Should().BeInRange(0.95 - 3 * standardError, 0.95 + 3 * standardError);
    }

    /// <summary>Box–Muller: one N(0, 1) draw from two uniforms (the second normal is discarded for simplicity).</summary>
    private static double StandardNormal(ref SplitMix64 rng)
    {
        var u1 = 1.0 - rng.NextDouble(); // (0, 1]: keeps the log finite
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
