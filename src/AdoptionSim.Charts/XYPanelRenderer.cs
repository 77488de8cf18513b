namespace AdoptionSim.Charts;

/// <summary>
/// Lays out and draws one x–y panel: grid, axes with nice ticks, bands, lines, points, reference lines,
/// free labels and line-end labels. Margins are measured first so that small multiples can give all
/// panels the same plot area.
/// </summary>
internal static class XYPanelRenderer
{
    private const double TickLength = 5;
    private const double TickGap = 4;
    private const double EndLabelGap = 16;

    public readonly record struct Margins(double Left, double Top, double Right, double Bottom)
    {
        public Margins Max(Margins o) => new(Math.Max(Left, o.Left), Math.Max(Top, o.Top), Math.Max(Right, o.Right), Math.Max(Bottom, o.Bottom));
    }

    public static Margins Measure(ChartSpec chart, NiceScale x, NiceScale y, bool hasPanelTitle)
    {
        double widestY = y.Ticks.Max(t => Typography.Width(TickText(chart.Y, y, t), Typography.Tick));
        double left = 6 + Typography.AxisTitle + 12 + widestY + TickGap + TickLength;
        double top = hasPanelTitle ? Typography.PanelTitle + 16 : Typography.Tick * 0.7;
        double bottom = TickLength + TickGap + Typography.Tick + 12 + Typography.AxisTitle + 4;
        double lastX = Typography.Width(TickText(chart.X, x, x.Ticks.Count > 0 ? x.Ticks[^1] : x.Max), Typography.Tick) / 2 + 4;
        double labels = chart.EndLabels.Count == 0 ? 0 : chart.EndLabels.Max(l => Typography.Width(l.Text, Typography.Label, bold: true)) + EndLabelGap + 8;
        return new Margins(left, top, Math.Max(Math.Max(lastX, labels), 12), bottom);
    }

    public static void Draw(SvgWriter svg, ChartSpec chart, Rect plot, NiceScale x, NiceScale y, string? panelTitle, bool drawXTitle)
    {
        var sx = new LinearScale(x.Min, x.Max, plot.Left, plot.Right);
        var sy = new LinearScale(y.Min, y.Max, plot.Bottom, plot.Top);

        svg.Open("g", ("class", "panel"));
        if (panelTitle is not null)
            svg.Text(panelTitle, ("class", "panel-title"), ("x", plot.Left), ("y", plot.Top - 12), ("font-size", Typography.PanelTitle),
                ("font-weight", "bold"), ("fill", Typography.TextColor));

        DrawGridAndAxes(svg, chart, plot, x, y, sx, sy, drawXTitle);

        foreach (var band in chart.Bands)
        {
            string d = PathData.Band(band.X, band.Lower, band.Upper, sx, sy);
            if (d.Length > 0)
                svg.Empty("path", ("class", "band"), ("d", d), ("fill", band.Color), ("fill-opacity", band.Opacity), ("stroke", "none"));
        }
        foreach (var bars in chart.Bars) DrawBars(svg, bars, sx, sy);
        foreach (var r in chart.ReferenceLines)
        {
            double py = sy.Map(r.Y);
            svg.Empty("line", ("class", "reference"), ("x1", plot.Left), ("y1", py), ("x2", plot.Right), ("y2", py), ("stroke", r.Color),
                ("stroke-width", 1.5), ("stroke-dasharray", r.Dashed ? "6 4" : null));
            if (r.Label is { } text)
                svg.Text(text, ("x", plot.Right - 6), ("y", py - 6), ("text-anchor", "end"), ("font-size", Typography.Label), ("fill", r.Color));
        }
        foreach (var line in chart.Lines)
        {
            string d = PathData.Line(line.X, line.Y, sx, sy);
            if (d.Length > 0)
                svg.Empty("path", ("class", "series"), ("d", d), ("fill", "none"), ("stroke", line.Color), ("stroke-width", line.StrokeWidth),
                    ("stroke-opacity", line.Opacity < 1 ? line.Opacity : null), ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
                    ("stroke-dasharray", line.Dashed ? "7 5" : null));
        }
        foreach (var points in chart.Points)
        {
            svg.Open("g", ("class", "points"), ("fill", points.Color));
            int n = Math.Min(points.X.Count, points.Y.Count);
            for (int i = 0; i < n; i++)
            {
                if (!double.IsFinite(points.X[i]) || !double.IsFinite(points.Y[i])) continue;
                svg.Empty("circle", ("class", "point"), ("cx", sx.Map(points.X[i])), ("cy", sy.Map(points.Y[i])), ("r", points.Radius));
            }
            svg.Close("g");
        }
        foreach (var points in chart.Points.Where(p => p.Labels.Count > 0)) DrawPointLabels(svg, points, plot, sx, sy);
        foreach (var label in chart.Labels)
        {
            if (!double.IsFinite(label.X) || !double.IsFinite(label.Y)) continue;
            HaloText(svg, label.Text, sx.Map(label.X), sy.Map(label.Y) + Typography.MiddleShift(Typography.Label), label.Color, label.Anchor, "label");
        }
        DrawEndLabels(svg, chart.EndLabels, plot, sx, sy);
        svg.Close("g");
    }

    /// <summary>Labels beside their points, placed like the map's city labels (clear of points and of each other).</summary>
    private static void DrawPointLabels(SvgWriter svg, PointSeries points, Rect plot, LinearScale sx, LinearScale sy)
    {
        var circles = new List<MapCircle>();
        var requests = new List<MapLabelRequest>();
        int n = Math.Min(points.X.Count, points.Y.Count);
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(points.X[i]) || !double.IsFinite(points.Y[i])) continue;
            if (i < points.Labels.Count && points.Labels[i] is { } text) requests.Add(new MapLabelRequest(circles.Count, text));
            circles.Add(new MapCircle(sx.Map(points.X[i]), sy.Map(points.Y[i]), points.Radius));
        }
        // The points have equal radii, so the map placer's largest-first order would fall back to the text: keep the caller's rank.
        var placed = MapLabelPlacer.Place(circles, requests, plot, Typography.Label, keepOrder: true);
        svg.Open("g", ("class", "point-labels"));
        foreach (var leader in placed.Select(l => l.Leader).OfType<LeaderLine>())
            svg.Empty("line", ("class", "point-leader"), ("x1", leader.X1), ("y1", leader.Y1), ("x2", leader.X2), ("y2", leader.Y2), ("stroke", Typography.MutedText), ("stroke-width", 1.0));
        foreach (var label in placed) HaloText(svg, label.Text, label.TextX, label.TextY, Typography.TextColor, label.Anchor, "point-label");
        svg.Close("g");
    }

    private static void DrawGridAndAxes(SvgWriter svg, ChartSpec chart, Rect plot, NiceScale x, NiceScale y, LinearScale sx, LinearScale sy, bool drawXTitle)
    {
        svg.Open("g", ("class", "axes"), ("font-size", Typography.Tick), ("fill", Typography.TextColor));
        foreach (double t in y.Ticks)
        {
            double py = sy.Map(t);
            svg.Empty("line", ("x1", plot.Left), ("y1", py), ("x2", plot.Right), ("y2", py), ("stroke", Typography.GridColor), ("stroke-width", 1.0));
            svg.Empty("line", ("x1", plot.Left - TickLength), ("y1", py), ("x2", plot.Left), ("y2", py), ("stroke", Typography.AxisColor), ("stroke-width", 1.0));
            svg.Text(TickText(chart.Y, y, t), ("class", "y-tick"), ("x", plot.Left - TickLength - TickGap),
                ("y", py + Typography.MiddleShift(Typography.Tick)), ("text-anchor", "end"));
        }
        foreach (double t in x.Ticks)
        {
            double px = sx.Map(t);
            svg.Empty("line", ("x1", px), ("y1", plot.Bottom), ("x2", px), ("y2", plot.Bottom + TickLength), ("stroke", Typography.AxisColor), ("stroke-width", 1.0));
            svg.Text(TickText(chart.X, x, t), ("class", "x-tick"), ("x", px),
                ("y", plot.Bottom + TickLength + TickGap + Typography.Tick * 0.8), ("text-anchor", "middle"));
        }
        svg.Empty("line", ("x1", plot.Left), ("y1", plot.Bottom), ("x2", plot.Right), ("y2", plot.Bottom), ("stroke", Typography.AxisColor), ("stroke-width", 1.0));
        svg.Empty("line", ("x1", plot.Left), ("y1", plot.Top), ("x2", plot.Left), ("y2", plot.Bottom), ("stroke", Typography.AxisColor), ("stroke-width", 1.0));

        if (drawXTitle)
            svg.Text(chart.X.Title, ("class", "x-title"), ("x", (plot.Left + plot.Right) / 2),
                ("y", plot.Bottom + TickLength + TickGap + Typography.Tick + 10 + Typography.AxisTitle * 0.8),
                ("text-anchor", "middle"), ("font-size", Typography.AxisTitle));
        double widestY = y.Ticks.Max(t => Typography.Width(TickText(chart.Y, y, t), Typography.Tick));
        double titleX = plot.Left - TickLength - TickGap - widestY - 12;
        double titleY = (plot.Top + plot.Bottom) / 2;
        svg.Text(chart.Y.Title, ("class", "y-title"), ("x", titleX), ("y", titleY), ("text-anchor", "middle"), ("font-size", Typography.AxisTitle),
            ("transform", $"rotate(-90 {SvgWriter.Num(titleX)} {SvgWriter.Num(titleY)})"));
        svg.Close("g");
    }

    /// <summary>A tick's label: the category's name on a categorical axis, else the number as the axis formats it.</summary>
    private static string TickText(AxisSpec axis, NiceScale scale, double t) =>
        axis.Categories is { } names ? ((int)Math.Round(t) is var i && i >= 0 && i < names.Count ? names[i] : "") : TickLabels.Format(t, scale.Decimals, axis.Format);

    /// <summary>Each bar a rectangle from zero to its value, then its interval as a whisker with caps.</summary>
    private static void DrawBars(SvgWriter svg, BarSeries bars, LinearScale sx, LinearScale sy)
    {
        svg.Open("g", ("class", "bars"), ("fill", bars.Color), ("fill-opacity", bars.Opacity));
        int n = Math.Min(bars.Position.Count, bars.Value.Count);
        var (position, value) = bars.Horizontal ? (sy, sx) : (sx, sy);
        for (int i = 0; i < n; i++)
        {
            double at = bars.Position[i], v = bars.Value[i];
            if (!double.IsFinite(at) || !double.IsFinite(v)) continue;
            double p0 = position.Map(at - bars.Width / 2), p1 = position.Map(at + bars.Width / 2);
            double v0 = value.Map(0), v1 = value.Map(v);
            var (x0, x1, y0, y1) = bars.Horizontal ? (v0, v1, p0, p1) : (p0, p1, v0, v1);
            svg.Empty("rect", ("class", "bar"), ("x", Math.Min(x0, x1)), ("y", Math.Min(y0, y1)), ("width", Math.Abs(x1 - x0)), ("height", Math.Abs(y1 - y0)));
        }
        svg.Close("g");
        if (bars.Lower is not { } lower || bars.Upper is not { } upper) return;
        svg.Open("g", ("class", "whiskers"), ("stroke", Typography.TextColor), ("stroke-width", 1.5));
        for (int i = 0; i < n; i++)
        {
            if (i >= lower.Count || i >= upper.Count || !double.IsFinite(bars.Position[i]) || !double.IsFinite(lower[i]) || !double.IsFinite(upper[i])) continue;
            double p = position.Map(bars.Position[i]), cap = Math.Abs(position.Map(bars.Width / 4) - position.Map(0));
            double a = value.Map(lower[i]), b = value.Map(upper[i]);
            if (bars.Horizontal)
            {
                svg.Empty("line", ("class", "whisker"), ("x1", a), ("y1", p), ("x2", b), ("y2", p));
                svg.Empty("line", ("x1", a), ("y1", p - cap), ("x2", a), ("y2", p + cap));
                svg.Empty("line", ("x1", b), ("y1", p - cap), ("x2", b), ("y2", p + cap));
            }
            else
            {
                svg.Empty("line", ("class", "whisker"), ("x1", p), ("y1", a), ("x2", p), ("y2", b));
                svg.Empty("line", ("x1", p - cap), ("y1", a), ("x2", p + cap), ("y2", a));
                svg.Empty("line", ("x1", p - cap), ("y1", b), ("x2", p + cap), ("y2", b));
            }
        }
        svg.Close("g");
    }

    private static void DrawEndLabels(SvgWriter svg, IReadOnlyList<EndLabel> labels, Rect plot, LinearScale sx, LinearScale sy)
    {
        var drawable = labels.Where(l => double.IsFinite(l.X) && double.IsFinite(l.Y)).ToList();
        if (drawable.Count == 0) return;
        var wanted = drawable.Select(l => sy.Map(l.Y)).ToList();
        double[] placed = LabelNudger.Spread(wanted, Typography.Label * 1.2, plot.Top, plot.Bottom);
        double textX = plot.Right + EndLabelGap;
        svg.Open("g", ("class", "end-labels"), ("font-size", Typography.Label));
        for (int i = 0; i < drawable.Count; i++)
        {
            var label = drawable[i];
            // The leader makes the label's line unambiguous after nudging, and bridges from a line ending short of the edge.
            svg.Empty("polyline", ("points", $"{SvgWriter.Num(sx.Map(label.X) + 3)},{SvgWriter.Num(wanted[i])} {SvgWriter.Num(plot.Right + 4)},{SvgWriter.Num(wanted[i])} {SvgWriter.Num(textX - 3)},{SvgWriter.Num(placed[i])}"),
                ("fill", "none"), ("stroke", label.Color), ("stroke-width", 1.0));
            svg.Text(label.Text, ("class", "end-label"), ("x", textX), ("y", placed[i] + Typography.MiddleShift(Typography.Label)), ("fill", label.Color),
                ("font-weight", "bold"));
        }
        svg.Close("g");
    }

    /// <summary>Text with a white outline drawn underneath, so it stays legible over lines and grid.</summary>
    internal static void HaloText(SvgWriter svg, string text, double x, double y, string color, TextAnchor anchor, string cssClass)
    {
        string a = anchor switch { TextAnchor.Middle => "middle", TextAnchor.End => "end", _ => "start" };
        svg.Text(text, ("x", x), ("y", y), ("text-anchor", a), ("font-size", Typography.Label), ("fill", "none"), ("stroke", "#FFFFFF"),
            ("stroke-width", 4.0), ("stroke-linejoin", "round"));
        svg.Text(text, ("class", cssClass), ("x", x), ("y", y), ("text-anchor", a), ("font-size", Typography.Label), ("fill", color));
    }
}
