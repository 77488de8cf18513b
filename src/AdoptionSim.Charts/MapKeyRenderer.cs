namespace AdoptionSim.Charts;

/// <summary>
/// The keys of a map, in a strip at the right: a viridis colour bar with nice ticks, then nested circles
/// for three round sizes, then a "no data" swatch when some city has no colour value.
/// </summary>
internal static class MapKeyRenderer
{
    public const double StripWidth = 190;
    private const string GradientId = "colour-bar-gradient"; // fixed: ids must not vary between runs

    public static void Draw(SvgWriter svg, Rect strip, MapFrame frame, double maxRadius, bool anyNoData)
    {
        svg.Open("g", ("class", "map-keys"), ("font-size", Typography.Tick), ("fill", Typography.TextColor));
        double y = strip.Top + 4;
        y = DrawColorBar(svg, strip.Left + 8, y, Math.Min(200, strip.Height * 0.4), frame);
        y = DrawSizeKey(svg, strip.Left + 8, y + 26, frame, maxRadius);
        if (anyNoData)
        {
            svg.Empty("circle", ("cx", strip.Left + 16), ("cy", y + 16), ("r", 7.0), ("fill", MapFrame.NoDataColor), ("stroke", "#333333"), ("stroke-width", 0.6));
            svg.Text("no data", ("x", strip.Left + 30), ("y", y + 16 + Typography.MiddleShift(Typography.Tick)));
        }
        svg.Close("g");
    }

    private static double DrawColorBar(SvgWriter svg, double left, double top, double height, MapFrame frame)
    {
        // Label on one line and unit on the next: "Adoption share (% of firms)" would not fit the strip.
        svg.Text(frame.ColorAxis.Label, ("x", left), ("y", top + Typography.AxisTitle * 0.8), ("font-size", Typography.AxisTitle), ("font-weight", "bold"));
        top += Typography.AxisTitle + 4;
        if (!string.IsNullOrEmpty(frame.ColorAxis.Unit))
        {
            svg.Text($"({frame.ColorAxis.Unit})", ("x", left), ("y", top + Typography.Tick * 0.8), ("fill", Typography.MutedText));
            top += Typography.Tick + 4;
        }
        top += 8;

        const double barWidth = 18;
        svg.Open("defs");
        svg.Open("linearGradient", ("id", GradientId), ("x1", "0"), ("y1", "1"), ("x2", "0"), ("y2", "0"));
        for (int i = 0; i < Viridis.Stops.Count; i++)
            svg.Empty("stop", ("offset", (double)i / (Viridis.Stops.Count - 1)), ("stop-color", Viridis.Stops[i]));
        svg.Close("linearGradient");
        svg.Close("defs");
        svg.Empty("rect", ("class", "colour-bar"), ("x", left), ("y", top), ("width", barWidth), ("height", height), ("fill", $"url(#{GradientId})"),
            ("stroke", "#333333"), ("stroke-width", 0.6));

        var scale = new LinearScale(frame.Color.Min, frame.Color.Max, top + height, top);
        foreach (double t in frame.Color.Ticks)
        {
            double py = scale.Map(t);
            svg.Empty("line", ("x1", left + barWidth), ("y1", py), ("x2", left + barWidth + 5), ("y2", py), ("stroke", "#333333"), ("stroke-width", 1.0));
            svg.Text(TickLabels.Format(t, frame.Color.Decimals, frame.ColorAxis.Format), ("class", "colour-tick"), ("x", left + barWidth + 9),
                ("y", py + Typography.MiddleShift(Typography.Tick)));
        }
        return top + height;
    }

    private static double DrawSizeKey(SvgWriter svg, double left, double top, MapFrame frame, double maxRadius)
    {
        svg.Text(frame.SizeScale.Label, ("x", left), ("y", top + Typography.AxisTitle * 0.8), ("font-size", Typography.AxisTitle), ("font-weight", "bold"));
        top += Typography.AxisTitle + 10;

        // Three round values a quarter of the area apart, so circles of very different sizes can be read.
        double big = RoundDown(frame.SizeMax);
        var values = new[] { big, RoundDown(big / 4), RoundDown(big / 16) }.Distinct().ToArray();
        double bigR = frame.Radius(values[0], maxRadius);
        double cx = left + bigR;
        double bottom = top + 2 * bigR;
        // Small circles put their labels close together: spread them so the numbers never overlap.
        var tops = values.Select(v => bottom - 2 * frame.Radius(v, maxRadius)).ToList();
        double[] labelY = LabelNudger.Spread(tops, Typography.Tick * 1.1, top, double.PositiveInfinity);
        for (int i = 0; i < values.Length; i++)
        {
            double r = frame.Radius(values[i], maxRadius);
            svg.Empty("circle", ("class", "size-key"), ("cx", cx), ("cy", bottom - r), ("r", r), ("fill", "none"), ("stroke", "#555555"), ("stroke-width", 1.0));
            svg.Empty("polyline", ("points", $"{SvgWriter.Num(cx)},{SvgWriter.Num(tops[i])} {SvgWriter.Num(cx + bigR + 6)},{SvgWriter.Num(tops[i])} {SvgWriter.Num(cx + bigR + 12)},{SvgWriter.Num(labelY[i])}"),
                ("fill", "none"), ("stroke", "#999999"), ("stroke-width", 0.8), ("stroke-dasharray", "2 2"));
            svg.Text(TickLabels.FormatValue(values[i], frame.SizeScale.Format), ("x", cx + bigR + 15), ("y", labelY[i] + Typography.MiddleShift(Typography.Tick)));
        }
        bottom = Math.Max(bottom, labelY.Max() + Typography.Tick / 2);
        return bottom;
    }

    /// <summary>The largest 1, 2 or 5 × 10^k not above <paramref name="x"/>.</summary>
    private static double RoundDown(double x)
    {
        if (!(x > 0)) return 1;
        double power = Math.Pow(10, Math.Floor(Math.Log10(x)));
        double f = x / power;
        return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * power;
    }
}
