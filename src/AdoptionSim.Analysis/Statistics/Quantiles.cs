namespace AdoptionSim.Analysis.Statistics;

/// <summary>Empirical quantiles, plain and weighted.</summary>
public static class Quantiles
{
    /// <summary>
    /// The q-quantile of <paramref name="sorted"/> (ascending) by linear interpolation between order
    /// statistics at positions (n − 1)q: Hyndman and Fan's type 7, the default of R and NumPy.
    /// </summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.Length == 0) throw new ArgumentException("no values to take a quantile of");
        var position = (sorted.Length - 1) * Math.Clamp(q, 0.0, 1.0);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /// <summary>
    /// The q-quantile of values with weights: each value sits at the middle of its weight's share of the
    /// cumulative distribution, and the quantile interpolates linearly between those points (for equal
    /// weights this is Hyndman and Fan's type 5). Values outside the first and last midpoints are clamped.
    /// </summary>
    public static double Weighted(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double q)
    {
        if (values.Length == 0 || values.Length != weights.Length) throw new ArgumentException("expected as many weights as values, at least one");
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var keys = values.ToArray();
        Array.Sort(keys, order);
        var total = 0.0;
        foreach (var w in weights) total += w;
        var cumulative = 0.0;
        double previousPoint = 0, previousValue = keys[0];
        for (var i = 0; i < order.Length; i++)
        {
            var w = weights[order[i]] / total;
            var point = cumulative + w / 2;
            if (q <= point)
            {
                if (i == 0) return keys[0];
                var t = point > previousPoint ? (q - previousPoint) / (point - previousPoint) : 1.0;
                return previousValue + t * (keys[i] - previousValue);
            }
            cumulative += w;
            previousPoint = point;
            previousValue = keys[i];
        }
        return keys[^1];
    }
}
