namespace AdoptionSim.Model.Measures;

public static partial class GapMeasures
{
    /// <summary>
    /// Unweighted standard deviation of natural logs, divisor N (σ in Barro and Sala-i-Martin 1992):
    /// σ = sqrt((1/N) Σ (ln x_i − m)²), m the mean of ln x_i, over finite x_i &gt; 0 only.
    /// NaN when no value is positive; 0 for a single positive value.
    /// </summary>
    /// <param name="nonPositiveCount">Finite values left out because they are ≤ 0.</param>
    public static double SdLog(ReadOnlySpan<double> values, out int nonPositiveCount)
    {
        using var ones = new Scratch<double>(values.Length <= Scratch<double>.StackLimit ? stackalloc double[Scratch<double>.StackLimit] : default, values.Length);
        ones.Span.Fill(1.0);
        using var scratch = new Scratch<int>(values.Length <= Scratch<int>.StackLimit ? stackalloc int[Scratch<int>.StackLimit] : default, values.Length);
        var n = CityOrder.Build(values, ones.Span, ReadOnlySpan<int>.Empty, scratch.Span);
        if (n == 0)
        {
            nonPositiveCount = 0;
            return double.NaN;
        }
        return SdLogKernel(values, scratch.Span[..n], out nonPositiveCount);
    }

    /// <summary>
    /// Weighted standard deviation of natural logs, sqrt(Σ w_i (ln x_i − m_w)² / W_+) with m_w the weighted mean
    /// of ln x_i, over cities with x_i &gt; 0 and w_i &gt; 0 (W_+ their total weight). Not the σ of the snapshot
    /// (which is unweighted); offered for readers who want population-weighted σ-convergence.
    /// </summary>
    public static double SdLogWeighted(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        using var scratch = new Scratch<int>(values.Length <= Scratch<int>.StackLimit ? stackalloc int[Scratch<int>.StackLimit] : default, values.Length);
        var n = CityOrder.Build(values, weights, ReadOnlySpan<int>.Empty, scratch.Span);
        ReadOnlySpan<int> positive = PositiveSuffix(values, scratch.Span[..n]);
        if (positive.IsEmpty) return double.NaN;
        if (values[positive[0]] == values[positive[^1]]) return 0.0;

        double totalWeight = 0, sumLog = 0;
        foreach (var i in positive)
        {
            totalWeight += weights[i];
            sumLog += weights[i] * Math.Log(values[i]);
        }
        var meanLog = sumLog / totalWeight;
        double squares = 0;
        foreach (var i in positive)
        {
            var d = Math.Log(values[i]) - meanLog;
            squares += weights[i] * d * d;
        }
        return Math.Sqrt(squares / totalWeight);
    }

    private static double SdLogKernel(ReadOnlySpan<double> x, ReadOnlySpan<int> order, out int nonPositiveCount)
    {
        var positive = PositiveSuffix(x, order);
        nonPositiveCount = order.Length - positive.Length;
        if (positive.IsEmpty) return double.NaN;
        if (x[positive[0]] == x[positive[^1]]) return 0.0;

        double sumLog = 0;
        foreach (var i in positive) sumLog += Math.Log(x[i]);
        var meanLog = sumLog / positive.Length;
        double squares = 0;
        foreach (var i in positive)
        {
            var d = Math.Log(x[i]) - meanLog;
            squares += d * d;
        }
        return Math.Sqrt(squares / positive.Length);
    }

    /// <summary>The cities with x &gt; 0: a suffix of the canonical (ascending) order.</summary>
    private static ReadOnlySpan<int> PositiveSuffix(ReadOnlySpan<double> x, ReadOnlySpan<int> order)
    {
        var first = 0;
        while (first < order.Length && x[order[first]] <= 0) first++;
        return order[first..];
    }
}
