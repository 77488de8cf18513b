namespace AdoptionSim.Model.Measures;

/// <summary>
/// Measures of the gap between cities for one variable x_i (adoption share, mean productivity, …) with
/// weights w_i (population or firm counts) and group labels g_i (Streets Ahead class index).
/// </summary>
/// <remarks>
/// <para><b>Which cities.</b> A city is used when its value is finite and its weight is positive; others
/// (e.g. a city with no firms, whose mean productivity is NaN) are left out and not counted.</para>
/// <para><b>Weighting.</b> CV, Theil, Gini and the quintile ratio are population-weighted, as in work on
/// regional inequality (Williamson 1965 for the weighted CV; Theil 1967 and Shorrocks 1980 for the
/// decomposable Theil T with population shares; the Gini over people, each carrying their city's value).
/// The standard deviation of logs is unweighted, as in σ-convergence studies (Barro and Sala-i-Martin
/// 1992), where each region is one observation. <see cref="ComputeUnweighted"/> gives every measure
/// with equal city weights; <see cref="SdLogWeighted"/> gives the weighted σ.</para>
/// <para><b>Divisors.</b> These describe the whole set of cities, not a sample: variances divide by W
/// (or N), the Gini by W² (no n/(n−1) correction).</para>
/// <para><b>Zeros and negatives.</b> The logs in the SD of logs are taken over strictly positive values
/// only; the excluded count is <see cref="GapSnapshot.NonPositiveCount"/>. Theil T needs no exclusion:
/// x ln x → 0 as x → 0, so zeros enter with a zero term. The measures are for non-negative, ratio-scale
/// quantities: if any used value is negative, CV, Theil, Gini and the quintile ratio are NaN.</para>
/// <para><b>Degenerate inputs.</b> No cities: every measure NaN. All values equal and positive (including a
/// single city): every dispersion measure exactly 0 and the quintile ratio exactly 1. All values zero:
/// the mean is 0, so CV, Theil, Gini and the ratio are NaN (0/0) and so is SD of logs (no positive value).
/// A bottom-quintile mean of 0 makes the ratio NaN rather than +∞, so that it can be averaged over runs.</para>
/// <para><b>Order.</b> Cities are sorted into a canonical order before any sum, so results are bit-for-bit
/// independent of the order the cities are listed in.</para>
/// </remarks>
public static partial class GapMeasures
{
    /// <summary>All gap measures under the conventions above (CV, Theil, Gini, ratio weighted; SD of logs unweighted).</summary>
    /// <param name="values">x_i per city.</param>
    /// <param name="weights">w_i per city: finite and ≥ 0.</param>
    /// <param name="groups">Group label per city: small non-negative integers (class index).</param>
    /// <exception cref="ArgumentException">Lengths differ, a weight is negative or not finite, or a label is negative.</exception>
    public static GapSnapshot Compute(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, ReadOnlySpan<int> groups)
    {
        using var scratch = new Scratch<int>(values.Length <= Scratch<int>.StackLimit ? stackalloc int[Scratch<int>.StackLimit] : default, values.Length);
        return Compute(values, weights, groups, scratch.Span);
    }

    /// <summary>
    /// As <see cref="Compute(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{int})"/>, with caller-owned
    /// scratch of at least <c>values.Length</c> entries (for callers that keep one buffer across ticks).
    /// </summary>
    public static GapSnapshot Compute(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, ReadOnlySpan<int> groups, Span<int> scratch)
    {
        if (groups.Length != values.Length)
            throw new ArgumentException($"groups has {groups.Length} entries but values has {values.Length}", nameof(groups));
        var n = CityOrder.Build(values, weights, groups, scratch);
        if (n == 0) return GapSnapshot.Empty;
        ReadOnlySpan<int> order = scratch[..n];

        var theil = TheilKernel(values, weights, groups, order);
        var sdLog = SdLogKernel(values, order, out var nonPositive);
        return new GapSnapshot(
            Cv: CvKernel(values, weights, order),
            SdLog: sdLog,
            Theil: theil.Total,
            TheilBetween: theil.Between,
            TheilWithin: theil.Within,
            Gini: GiniKernel(values, weights, order),
            TopBottomQuintileRatio: QuintileRatioKernel(values, weights, order),
            Count: n,
            NonPositiveCount: nonPositive);
    }

    /// <summary>All gap measures with every city weighted equally (cities with a non-finite value are still left out).</summary>
    public static GapSnapshot ComputeUnweighted(ReadOnlySpan<double> values, ReadOnlySpan<int> groups)
    {
        using var ones = new Scratch<double>(values.Length <= Scratch<double>.StackLimit ? stackalloc double[Scratch<double>.StackLimit] : default, values.Length);
        ones.Span.Fill(1.0);
        return Compute(values, ones.Span, groups);
    }

    /// <summary>Smallest and largest used value: the ends of the canonical order.</summary>
    private static (double Min, double Max) Range(ReadOnlySpan<double> values, ReadOnlySpan<int> order) =>
        (values[order[0]], values[order[^1]]);
}
