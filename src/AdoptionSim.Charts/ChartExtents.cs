namespace AdoptionSim.Charts;

/// <summary>The data ranges of a chart, from everything that is drawn in data units.</summary>
internal static class ChartExtents
{
    public static Extent X(ChartSpec chart)
    {
        var e = Extent.Empty;
        foreach (var s in chart.Lines) IncludePaired(ref e, s.X, s.Y, xSide: true);
        foreach (var s in chart.Points) IncludePaired(ref e, s.X, s.Y, xSide: true);
        foreach (var b in chart.Bands) IncludePaired(ref e, b.X, b.Lower, xSide: true);
        foreach (var b in chart.Bars) IncludeBars(ref e, b, positionSide: !b.Horizontal);
        foreach (var l in chart.Labels) e.Include(l.X);
        return e;
    }

    public static Extent Y(ChartSpec chart)
    {
        var e = Extent.Empty;
        foreach (var s in chart.Lines) IncludePaired(ref e, s.X, s.Y, xSide: false);
        foreach (var s in chart.Points) IncludePaired(ref e, s.X, s.Y, xSide: false);
        foreach (var b in chart.Bands)
        {
            IncludePaired(ref e, b.X, b.Lower, xSide: false);
            IncludePaired(ref e, b.X, b.Upper, xSide: false);
        }
        foreach (var b in chart.Bars) IncludeBars(ref e, b, positionSide: b.Horizontal);
        foreach (var r in chart.ReferenceLines) e.Include(r.Y);
        foreach (var l in chart.Labels) e.Include(l.Y);
        return e;
    }

    /// <summary>Bars span their width on the position axis, and zero to their value (and whiskers) on the value axis.</summary>
    private static void IncludeBars(ref Extent e, BarSeries bars, bool positionSide)
    {
        int n = Math.Min(bars.Position.Count, bars.Value.Count);
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(bars.Position[i]) || !double.IsFinite(bars.Value[i])) continue;
            if (positionSide)
            {
                e.Include(bars.Position[i] - bars.Width / 2);
                e.Include(bars.Position[i] + bars.Width / 2);
                continue;
            }

            e.Include(0);
            e.Include(bars.Value[i]);
            if (bars.Lower is { } lower && i < lower.Count) e.Include(lower[i]);
            if (bars.Upper is { } upper && i < upper.Count) e.Include(upper[i]);
        }
    }

    /// <summary>Only points that are drawn count: a y value whose x is NaN is not on the chart.</summary>
    private static void IncludePaired(ref Extent e, IReadOnlyList<double> x, IReadOnlyList<double> y, bool xSide)
    {
        int n = Math.Min(x.Count, y.Count);
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) continue;
            e.Include(xSide ? x[i] : y[i]);
        }
    }
}
