namespace AdoptionSim.Model.Statistics;

/// <summary>
/// Mean, sample standard deviation and Student-t confidence interval of one sample of replications
/// (one arm, grid point, tick and measure), or of paired differences between two arms.
/// </summary>
/// <param name="N">Observations used (NaN entries are skipped).</param>
/// <param name="Skipped">NaN entries (or pairs with a NaN side) left out.</param>
/// <param name="Mean">Sample mean; NaN when N = 0.</param>
/// <param name="StandardDeviation">Sample standard deviation, divisor N − 1; NaN when N &lt; 2.</param>
/// <param name="StandardError">StandardDeviation / √N; NaN when N &lt; 2.</param>
/// <param name="ConfidenceLevel">Two-sided level of the interval, e.g. 0.95.</param>
/// <param name="Lower">Mean − t_{(1+level)/2, N−1} · StandardError; NaN when N &lt; 2.</param>
/// <param name="Upper">Mean + t_{(1+level)/2, N−1} · StandardError; NaN when N &lt; 2.</param>
public readonly record struct SampleSummary(
    int N,
    int Skipped,
    double Mean,
    double StandardDeviation,
    double StandardError,
    double ConfidenceLevel,
    double Lower,
    double Upper)
{
    /// <summary>Half the width of the interval, t · StandardError.</summary>
    public double HalfWidth => (Upper - Lower) / 2;

    /// <summary>Whether <paramref name="value"/> lies in the closed interval [Lower, Upper] (false when the interval is NaN).</summary>
    public bool Covers(double value) => Lower <= value && value <= Upper;
}
