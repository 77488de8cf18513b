namespace AdoptionSim.Charts;

/// <summary>
/// Spreads labels along one axis so that neighbours are at least <c>minGap</c> apart while each stays as
/// close as it can to where it wants to be and the order is kept: push down from the top, then, if the
/// last label fell off the bottom, push back up. Simple, deterministic, and enough for a handful of labels.
/// </summary>
internal static class LabelNudger
{
    public static double[] Spread(IReadOnlyList<double> desired, double minGap, double low, double high)
    {
        int n = desired.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => desired[i]).ThenBy(i => i).ToArray();
        var placed = new double[n];
        for (int k = 0; k < n; k++)
        {
            double want = Math.Clamp(desired[order[k]], low, high);
            placed[k] = k == 0 ? want : Math.Max(want, placed[k - 1] + minGap);
        }
        if (n > 0 && placed[n - 1] > high)
        {
            placed[n - 1] = high;
            for (int k = n - 2; k >= 0; k--) placed[k] = Math.Min(placed[k], placed[k + 1] - minGap);
        }

        var result = new double[n];
        for (int k = 0; k < n; k++) result[order[k]] = placed[k];
        return result;
    }
}
