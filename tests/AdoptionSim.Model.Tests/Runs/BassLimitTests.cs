using AdoptionSim.Model;
using AdoptionSim.Model.Measures;

namespace AdoptionSim.Model.Tests.Runs;

/// <summary>
/// The validation target of MODEL.md: with one city, one sector, full mixing and a = r = 1, c = 0, the
/// model's expected adopter share is the Bass curve F(t) = (1 − e^−(p+q)t) / (1 + (q/p)e^−(p+q)t).
/// </summary>
public sealed class BassLimitTests
{
    private static double ClosedForm(double p, double q, double t) =>
        (1 - Math.Exp(-(p + q) * t)) / (1 + q / p * Math.Exp(-(p + q) * t));

    /// <summary>Mean field of the tick rule: F_{k+1} = F_k + (1 − F_k)(1 − e^{−(p + q F_k)Δt}).</summary>
    private static double[] DiscreteMeanField(double p, double q, double dt, int ticks)
    {
        var f = new double[ticks + 1];
        for (var k = 0; k < ticks; k++) f[k + 1] = f[k] + (1 - f[k]) * (1 - Math.Exp(-(p + q * f[k]) * dt));
        return f;
    }

    private static double[][] Replicate(double p, double q, double dt, int ticks, int firms, int replications) =>
        Enumerable.Range(0, replications).Select(r =>
        {
            var recorder = new RecordingObserver();
            AdoptionModel.Run(TestScenarios.Bass(firms, p, q, dt, ticks), new RunOptions(1000 + r, ticks, 1), recorder);
            return recorder.AdoptionShareSeries();
        }).ToArray();

    /// <summary>
    /// Against the mean field of the discrete rule, the replication mean must lie within 4 standard errors
    /// (estimated from the replications themselves) plus 0.002 at every tick. 4 SE over 200 ticks keeps a
    /// false alarm below about 1% even with no correction for the many ticks; the 0.002 covers the
    /// mean-field approximation at N = 20,000 (its bias is O(1/√N)·small, far below this). A wrong p, q,
    /// Δt or S (e.g. S = A/N with self-counting, or S lagged a tick) moves the curve by more than 0.01.
    /// </summary>
    [Theory]
    [InlineData(0.03, 0.38)]
    [InlineData(0.01, 0.5)]
    [InlineData(0.1, 0.1)]
    public void Replication_Mean_Follows_The_Discrete_Bass_Mean_Field(double p, double q)
    {
        const int ticks = 200, firms = 20_000, replications = 10;
        const double dt = 0.1;
        var runs = Replicate(p, q, dt, ticks, firms, replications);
        var expected = DiscreteMeanField(p, q, dt, ticks);
        for (var t = 0; t <= ticks; t++)
        {
            var values = runs.Select(r => r[t]).ToArray();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (replications - 1));
            var tolerance = 4 * sd / Math.Sqrt(replications) + 0.002;
            Math.Abs(mean - expected[t]).Should().BeLessThan(tolerance, $"tick {t}: mean {mean:F5}, mean field {expected[t]:F5}");
        }
    }

    /// <summary>
    /// Against the closed form, the error is the discretisation error, O(Δt): about 0.011 at Δt = 0.1 and
    /// 0.0028 at Δt = 0.025 for (0.03, 0.38), while sampling error of a 5-replication mean is about 0.001.
    /// So the error at Δt = 0.025 must be under half that at Δt = 0.1, and the Δt = 0.1 error must be
    /// under 0.02.
    /// </summary>
    [Fact]
    public void Error_Against_The_Closed_Form_Shrinks_As_The_Tick_Shrinks()
    {
        const double p = 0.03, q = 0.38;
        double MaxError(double dt)
        {
            var ticks = (int)Math.Round(20 / dt);
            var runs = Replicate(p, q, dt, ticks, 20_000, 5);
            var error = 0.0;
            for (var t = 0; t <= ticks; t++) error = Math.Max(error, Math.Abs(runs.Average(r => r[t]) - ClosedForm(p, q, t * dt)));
            return error;
        }
        var coarse = MaxError(0.1);
        var fine = MaxError(0.025);
        coarse.Should().BeLessThan(0.02);
        fine.Should().BeLessThan(coarse / 2);
    }
}
