namespace AdoptionSim.Model.Measures;

public static partial class GapMeasures
{
    /// <summary>
    /// Ratio of the mean value in the top fifth of the weight to the mean in the bottom fifth, cities sorted by value.
    /// Quintiles are cut by weight (population), so a city straddling a cut contributes the part of its weight on
    /// each side: with 7 equal-weight cities the bottom fifth is the lowest city plus 0.4 of the second.
    /// 1 when all values are equal and positive; NaN when there are no cities, a value is negative, or the
    /// bottom fifth's mean is 0 (the ratio would be +∞, which cannot be averaged over runs).
    /// </summary>
    public static double TopBottomQuintileRatio(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        using var scratch = new Scratch<int>(values.Length <= Scratch<int>.StackLimit ? stackalloc int[Scratch<int>.StackLimit] : default, values.Length);
        var n = CityOrder.Build(values, weights, ReadOnlySpan<int>.Empty, scratch.Span);
        return n == 0 ? double.NaN : QuintileRatioKernel(values, weights, scratch.Span[..n]);
    }

    private static double QuintileRatioKernel(ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<int> order)
    {
        var (min, max) = Range(x, order);
        if (min < 0) return double.NaN;
        if (min == max) return min > 0 ? 1.0 : double.NaN;

        double totalWeight = 0;
        foreach (var i in order) totalWeight += w[i];
        var fifth = totalWeight / 5;

        // Both tails are walked from their own end with the same cut, so equal weights give symmetric cuts.
        // The two means share the denominator `fifth`, which cancels in the ratio.
        double bottom = 0, below = 0;
        for (var k = 0; k < order.Length && below < fifth; k++)
        {
            var i = order[k];
            bottom += (Math.Min(below + w[i], fifth) - below) * x[i];
            below += w[i];
        }
        double top = 0, above = 0;
        for (var k = order.Length - 1; k >= 0 && above < fifth; k--)
        {
            var i = order[k];
            top += (Math.Min(above + w[i], fifth) - above) * x[i];
            above += w[i];
        }
        return bottom > 0 ? top / bottom : double.NaN;
    }
}
