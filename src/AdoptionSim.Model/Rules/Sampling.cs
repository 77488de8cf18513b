namespace AdoptionSim.Model.Rules;

/// <summary>Small sampling helpers shared by set-up, phases and levers: picking from weights, rounding counts at random.</summary>
public static class Sampling
{
    public static double[] Cumulative(IReadOnlyList<double> weights)
    {
        var cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++) cumulative[i] = sum += weights[i];
        if (sum <= 0) throw new ArgumentException("weights must have a positive sum");
        for (var i = 0; i < cumulative.Length; i++) cumulative[i] /= sum;
        return cumulative;
    }

    /// <summary>Index i with cumulative[i-1] ≤ u &lt; cumulative[i] (u in [0,1)).</summary>
    public static int Pick(double[] cumulative, double u)
    {
        for (var i = 0; i < cumulative.Length - 1; i++) if (u < cumulative[i]) return i;
        return cumulative.Length - 1;
    }

    /// <summary>floor(x), plus one with probability frac(x): an integer count whose mean is x.</summary>
    public static int StochasticRound(double x, double u)
    {
        var floor = Math.Floor(x);
        return (int)floor + (u < x - floor ? 1 : 0);
    }

    /// <summary>Binary search in a cumulative distribution.</summary>
    public static int PickWeighted(double[] cumulative, double u)
    {
        var index = Array.BinarySearch(cumulative, u);
        if (index < 0) index = ~index;
        else index++; // u equal to a boundary belongs to the next bin
        return Math.Min(index, cumulative.Length - 1);
    }
}
