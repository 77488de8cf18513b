using System.Text;

namespace AdoptionSim.Charts;

/// <summary>Builds SVG path data for lines and bands, breaking at non-finite values instead of emitting NaN.</summary>
internal static class PathData
{
    /// <summary>
    /// "M … L …" for each run of finite points. A run of one point becomes a zero-length segment, which a
    /// round line cap draws as a dot, so an isolated value between gaps stays visible.
    /// </summary>
    public static string Line(IReadOnlyList<double> x, IReadOnlyList<double> y, LinearScale sx, LinearScale sy)
    {
        var d = new StringBuilder();
        int n = Math.Min(x.Count, y.Count);
        int runLength = 0;
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i]))
            {
                if (runLength == 1) d.Append(" h0");
                runLength = 0;
                continue;
            }
            if (d.Length > 0) d.Append(' ');
            d.Append(runLength == 0 ? 'M' : 'L').Append(SvgWriter.Num(sx.Map(x[i]))).Append(' ').Append(SvgWriter.Num(sy.Map(y[i])));
            runLength++;
        }
        if (runLength == 1) d.Append(" h0");
        return d.ToString();
    }

    /// <summary>A closed polygon (upper edge forwards, lower edge back) for each run of at least two finite points.</summary>
    public static string Band(IReadOnlyList<double> x, IReadOnlyList<double> lower, IReadOnlyList<double> upper, LinearScale sx, LinearScale sy)
    {
        var d = new StringBuilder();
        int n = Math.Min(x.Count, Math.Min(lower.Count, upper.Count));
        int start = -1;
        for (int i = 0; i <= n; i++)
        {
            bool ok = i < n && double.IsFinite(x[i]) && double.IsFinite(lower[i]) && double.IsFinite(upper[i]);
            if (ok && start < 0) start = i;
            if (!ok && start >= 0)
            {
                if (i - start >= 2) AppendPolygon(d, x, lower, upper, start, i - 1, sx, sy);
                start = -1;
            }
        }
        return d.ToString();
    }

    private static void AppendPolygon(StringBuilder d, IReadOnlyList<double> x, IReadOnlyList<double> lower, IReadOnlyList<double> upper,
        int from, int to, LinearScale sx, LinearScale sy)
    {
        if (d.Length > 0) d.Append(' ');
        for (int i = from; i <= to; i++)
            d.Append(i == from ? "M" : " L").Append(SvgWriter.Num(sx.Map(x[i]))).Append(' ').Append(SvgWriter.Num(sy.Map(upper[i])));
        for (int i = to; i >= from; i--)
            d.Append(" L").Append(SvgWriter.Num(sx.Map(x[i]))).Append(' ').Append(SvgWriter.Num(sy.Map(lower[i])));
        d.Append(" Z");
    }
}
