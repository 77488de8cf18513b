namespace AdoptionSim.Model.Measures;

public static partial class GapMeasures
{
    /// <summary>Group labels up to which the per-group sums live on the stack.</summary>
    private const int StackGroups = 32;

    /// <summary>
    /// Population-weighted Theil T index (Theil 1967) with its exact between/within decomposition
    /// (Shorrocks 1980). With μ = Σ w x / W, μ_g the group means and S = Σ w x:
    /// T = (1/S) Σ_i w_i x_i ln(x_i/μ); Between = (1/S) Σ_g W_g μ_g ln(μ_g/μ); Within = (1/S) Σ_i w_i x_i ln(x_i/μ_g(i)).
    /// Since ln(x/μ) = ln(x/μ_g) + ln(μ_g/μ), Between + Within = T exactly in real arithmetic.
    /// Zero values contribute 0 (the limit of x ln x). <see cref="TheilDecomposition.Undefined"/> when there are no
    /// cities, a value is negative or μ = 0.
    /// </summary>
    /// <param name="groups">Small non-negative labels (their maximum sizes a per-group table).</param>
    public static TheilDecomposition Theil(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, ReadOnlySpan<int> groups)
    {
        if (groups.Length != values.Length)
            throw new ArgumentException($"groups has {groups.Length} entries but values has {values.Length}", nameof(groups));
        using var scratch = new Scratch<int>(values.Length <= Scratch<int>.StackLimit ? stackalloc int[Scratch<int>.StackLimit] : default, values.Length);
        var n = CityOrder.Build(values, weights, groups, scratch.Span);
        return n == 0 ? TheilDecomposition.Undefined : TheilKernel(values, weights, groups, scratch.Span[..n]);
    }

    private static TheilDecomposition TheilKernel(ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<int> g, ReadOnlySpan<int> order)
    {
        var (min, max) = Range(x, order);
        if (min < 0) return TheilDecomposition.Undefined;
        if (min == max) return min > 0 ? new TheilDecomposition(0, 0, 0) : TheilDecomposition.Undefined;

        var groupCount = 0;
        foreach (var i in order) groupCount = Math.Max(groupCount, g[i] + 1);

        // Per group: total weight W_g and weighted sum S_g (so μ_g = S_g / W_g).
        using var table = new Scratch<double>(groupCount <= StackGroups ? stackalloc double[2 * StackGroups] : default, 2 * groupCount);
        var groupWeight = table.Span[..groupCount];
        var groupSum = table.Span[groupCount..];
        groupWeight.Clear();
        groupSum.Clear();

        double totalWeight = 0, totalSum = 0;
        foreach (var i in order)
        {
            totalWeight += w[i];
            totalSum += w[i] * x[i];
            groupWeight[g[i]] += w[i];
            groupSum[g[i]] += w[i] * x[i];
        }
        var mean = totalSum / totalWeight;

        double total = 0, within = 0;
        foreach (var i in order)
        {
            if (x[i] == 0) continue; // 0·ln 0 = 0
            var groupMean = groupSum[g[i]] / groupWeight[g[i]];
            total += w[i] * x[i] * Math.Log(x[i] / mean);
            within += w[i] * x[i] * Math.Log(x[i] / groupMean);
        }

        double between = 0;
        for (var k = 0; k < groupCount; k++)
        {
            // Empty groups and groups whose cities are all zero contribute nothing (S_g = 0).
            if (groupSum[k] == 0) continue;
            between += groupSum[k] * Math.Log(groupSum[k] / groupWeight[k] / mean);
        }

        return new TheilDecomposition(total / totalSum, between / totalSum, within / totalSum);
    }
}
