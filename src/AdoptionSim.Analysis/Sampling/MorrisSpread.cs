namespace AdoptionSim.Analysis.Sampling;

/// <summary>
/// Campolongo et al.'s (2007) spread of a set of trajectories: the distance between trajectories m and l is
/// d(m, l) = Σ_i Σ_j ‖X_i^(m) − X_j^(l)‖ over their points, and a set is better the larger Σ_{pairs} d². The
/// exhaustive search over all r-subsets of M candidates is combinatorial; this keeps its criterion and
/// maximises it greedily: the farthest pair first, then repeatedly the candidate adding most to Σ d².
/// </summary>
internal static class MorrisSpread
{
    public static double Distance(double[][] m, double[][] l)
    {
        var total = 0.0;
        foreach (var x in m)
            foreach (var y in l)
            {
                var squared = 0.0;
                for (var z = 0; z < x.Length; z++) squared += (x[z] - y[z]) * (x[z] - y[z]);
                total += Math.Sqrt(squared);
            }
        return total;
    }

    /// <summary>Σ over pairs of the chosen trajectories of d².</summary>
    public static double Spread(double[][][] trajectories)
    {
        var sum = 0.0;
        for (var a = 0; a < trajectories.Length; a++)
            for (var b = a + 1; b < trajectories.Length; b++)
                sum += Math.Pow(Distance(trajectories[a], trajectories[b]), 2);
        return sum;
    }

    /// <summary>The indices (ascending) of <paramref name="count"/> candidates chosen greedily for spread; ties go to the lower index.</summary>
    public static int[] SelectGreedy(double[][][] candidates, int count)
    {
        var m = candidates.Length;
        var squared = new double[m, m];
        for (var a = 0; a < m; a++)
            for (var b = a + 1; b < m; b++)
                squared[a, b] = squared[b, a] = Math.Pow(Distance(candidates[a], candidates[b]), 2);
        var chosen = new List<int>();
        var (first, second, best) = (0, 1, double.NegativeInfinity);
        for (var a = 0; a < m; a++)
            for (var b = a + 1; b < m; b++)
                if (squared[a, b] > best) (first, second, best) = (a, b, squared[a, b]);
        chosen.Add(first);
        chosen.Add(second);
        var gain = new double[m];
        for (var c = 0; c < m; c++) gain[c] = squared[c, first] + squared[c, second];
        while (chosen.Count < count)
        {
            var next = -1;
            for (var c = 0; c < m; c++)
                if (!chosen.Contains(c) && (next < 0 || gain[c] > gain[next])) next = c;
            chosen.Add(next);
            for (var c = 0; c < m; c++) gain[c] += squared[c, next];
        }
        chosen.Sort();
        return chosen.ToArray();
    }
}
