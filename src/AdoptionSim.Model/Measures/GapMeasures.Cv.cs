namespace AdoptionSim.Model.Measures;

public static partial class GapMeasures
{
    /// <summary>
    /// Population-weighted coefficient of variation (Williamson 1965):
    /// CV = sqrt(Σ w_i (x_i − μ)² / W) / μ with μ = Σ w_i x_i / W.
    /// NaN when there are no cities, a value is negative, or μ = 0. Pass equal weights for the unweighted CV.
    /// </summary>
    public static double CoefficientOfVariation(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        using var scratch = new Scratch<int>(values.Length <= Scratch<int>.StackLimit ? stackalloc int[Scratch<int>.StackLimit] : default, values.Length);
        var n = CityOrder.Build(values, weights, ReadOnlySpan<int>.Empty, scratch.Span);
        return n == 0 ? double.NaN : CvKernel(values, weights, scratch.Span[..n]);
    }

    private static double CvKernel(ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<int> order)
    {
        var (min, max) = Range(x, order);
        if (min < 0) return double.NaN;
        if (min == max) return min > 0 ? 0.0 : double.NaN;

        double totalWeight = 0, weightedSum = 0;
        foreach (var i in order)
        {
            totalWeight += w[i];
            weightedSum += w[i] * x[i];
        }
        var mean = weightedSum / totalWeight;

        double squares = 0;
        foreach (var i in order)
        {
            var d = x[i] - mean;
            squares += w[i] * d * d;
        }
        return Math.Sqrt(squares / totalWeight) / mean;
    }
}
