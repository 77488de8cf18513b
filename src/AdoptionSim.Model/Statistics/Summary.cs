using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace AdoptionSim.Model.Statistics;

/// <summary>
/// Summaries across replications, as <c>adoptionsim summarize</c> needs per (arm, grid point, tick, measure).
/// The interval is the textbook one for a mean of independent replications, mean ± t_{(1+level)/2, n−1}·s/√n,
/// with the Student t quantile from MathNet.Numerics. Replications are independent by construction (distinct seeds),
/// and means of model outputs over tens of runs are close to normal, which is what the t interval assumes.
/// </summary>
/// <remarks>
/// NaN entries are skipped and counted in <see cref="SampleSummary.Skipped"/> (a measure can be undefined
/// in one run, e.g. a Theil index when every value is zero); infinities are not skipped and propagate.
/// No allocation: a pass for the mean and one for the corrected sum of squares (Chan, Golub and LeVeque 1983),
/// and the t quantiles are cached per (level, degrees of freedom).
/// </remarks>
public static class Summary
{
    /// <summary>The summary of one sample.</summary>
    /// <param name="sample">Observations, one per replication; NaN entries skipped.</param>
    /// <param name="confidenceLevel">Two-sided level in (0, 1).</param>
    public static SampleSummary Of(ReadOnlySpan<double> sample, double confidenceLevel = 0.95) =>
        Describe(new SingleSample(sample), confidenceLevel);

    /// <summary>
    /// The summary of the paired differences a_i − b_i, for two arms run with the same seeds (common random
    /// numbers): most of the run-to-run noise is shared and cancels. A pair with a NaN on either side is skipped.
    /// Identical inputs give exactly zero mean, zero standard deviation and a zero-width interval.
    /// </summary>
    /// <param name="treatment">a_i, e.g. the scenario arm, replicate i.</param>
    /// <param name="baseline">b_i, the baseline arm, replicate i (same seed as a_i).</param>
    /// <param name="confidenceLevel">Two-sided level in (0, 1).</param>
    /// <exception cref="ArgumentException">The two arrays differ in length.</exception>
    public static SampleSummary PairedDifference(ReadOnlySpan<double> treatment, ReadOnlySpan<double> baseline, double confidenceLevel = 0.95)
    {
        if (treatment.Length != baseline.Length)
            throw new ArgumentException($"paired samples differ in length: {treatment.Length} and {baseline.Length}", nameof(baseline));
        return Describe(new PairedSample(treatment, baseline), confidenceLevel);
    }

    private static readonly ConcurrentDictionary<(double Probability, int DegreesOfFreedom), double> QuantileCache = new();

    /// <summary>
    /// The <paramref name="probability"/> quantile of Student's t with <paramref name="degreesOfFreedom"/> degrees
    /// of freedom (MathNet <c>StudentT.InvCDF</c>), cached because summarize asks for the same few many times.
    /// </summary>
    public static double StudentTQuantile(double probability, int degreesOfFreedom)
    {
        if (!(probability > 0 && probability < 1))
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "must be in (0, 1)");
        if (degreesOfFreedom < 1)
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "must be at least 1");
        return QuantileCache.GetOrAdd((probability, degreesOfFreedom),
            static key => StudentT.InvCDF(0.0, 1.0, key.DegreesOfFreedom, key.Probability));
    }

    private static SampleSummary Describe<TSample>(TSample sample, double confidenceLevel)
        where TSample : ISample, allows ref struct
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "must be in (0, 1)");

        // First pass: count, provisional mean, and whether every value is the same (then the SD is exactly 0,
        // which rounding in the passes below would not guarantee).
        int n = 0, skipped = 0;
        double sum = 0, first = double.NaN;
        var allEqual = true;
        for (var i = 0; i < sample.Length; i++)
        {
            var v = sample[i];
            if (double.IsNaN(v)) { skipped++; continue; }
            if (n == 0) first = v;
            else if (v != first) allEqual = false;
            sum += v;
            n++;
        }
        if (n == 0) return new SampleSummary(0, skipped, double.NaN, double.NaN, double.NaN, confidenceLevel, double.NaN, double.NaN);
        if (n == 1) return new SampleSummary(1, skipped, first, double.NaN, double.NaN, confidenceLevel, double.NaN, double.NaN);
        if (allEqual) return new SampleSummary(n, skipped, first, 0, 0, confidenceLevel, first, first);

        // Second pass: corrected two-pass variance; the correction term also refines the mean.
        var provisional = sum / n;
        double deviations = 0, squares = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var v = sample[i];
            if (double.IsNaN(v)) continue;
            var d = v - provisional;
            deviations += d;
            squares += d * d;
        }
        var mean = provisional + deviations / n;
        var variance = Math.Max(0, (squares - deviations * deviations / n) / (n - 1));
        var sd = Math.Sqrt(variance);
        var se = sd / Math.Sqrt(n);
        var halfWidth = StudentTQuantile(0.5 + confidenceLevel / 2, n - 1) * se;
        return new SampleSummary(n, skipped, mean, sd, se, confidenceLevel, mean - halfWidth, mean + halfWidth);
    }

    /// <summary>Indexable view of the observations, so one summary routine serves plain and paired samples without copying.</summary>
    private interface ISample
    {
        int Length { get; }
        double this[int i] { get; }
    }

    private readonly ref struct SingleSample(ReadOnlySpan<double> values) : ISample
    {
        private readonly ReadOnlySpan<double> _values = values;
        public int Length => _values.Length;
        public double this[int i] => _values[i];
    }

    private readonly ref struct PairedSample(ReadOnlySpan<double> a, ReadOnlySpan<double> b) : ISample
    {
        private readonly ReadOnlySpan<double> _a = a;
        private readonly ReadOnlySpan<double> _b = b;
        public int Length => _a.Length;
        public double this[int i] => _a[i] - _b[i];
    }
}
