namespace AdoptionSim.Model.Measures;

public static partial class GapMeasures
{
    /// <summary>
    /// Population-weighted Gini coefficient across cities: G = Σ_i Σ_j w_i w_j |x_i − x_j| / (2 W² μ),
    /// i.e. the Gini over people who each carry their city's value (no inequality inside a city), divisor W²
    /// (so with N equal weights its maximum is (N − 1)/N). Computed in O(N) on the sorted order as
    /// G = Σ_i w_i x_i (2 C_i − w_i − W) / (W S), C_i the cumulative weight up to and including i, S = Σ w x.
    /// NaN when there are no cities, a value is negative or μ = 0.
    /// </summary>
    public static double Gini(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        using var scratch = new Scratch<int>(values.Length <= Scratch<int>.StackLimit ? stackalloc int[Scratch<int>.StackLimit] : default, values.Length);
        var n = CityOrder.Build(values, weights, ReadOnlySpan<int>.Empty, scratch.Span);
        return n == 0 ? double.NaN : GiniKernel(values, weights, scratch.Span[..n]);
    }

    private static double GiniKernel(ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<int> order)
    {
        var (min, max) = Range(x, order);
        if (min < 0) return double.NaN;
        if (min == max) return min > 0 ? 0.0 : double.NaN;

        double totalWeight = 0, totalSum = 0;
        foreach (var i in order)
        {
            totalWeight += w[i];
            totalSum += w[i] * x[i];
        }

        // Each city counts +w_j for every lighter-valued weight below it and −w_j above it; ties cancel,
        // which is why the midpoint form (2C_i − w_i − W) is exact whatever the order among equal values.
        double cumulative = 0, acc = 0;
        foreach (var i in order)
        {
            cumulative += w[i];
            acc += w[i] * x[i] * (2 * cumulative - w[i] - totalWeight);
        }
        return acc / (totalWeight * totalSum);
    }
}
