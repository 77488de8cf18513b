namespace AdoptionSim.Charts;

/// <summary>
/// Draws one map panel: the land outline if any, circles largest first (so small cities stay visible on
/// top), then the labels, each placed by <see cref="MapLabelPlacer"/> beside its own circle (with a leader
/// line when it has to stand off).
/// </summary>
internal static class BubbleMapRenderer
{
    /// <summary>
    /// Room kept east of the map for labels: London and Cambridge are among the most easterly cities, and a
    /// label to the right of its circle is the least ambiguous. Western cities can be labelled on their right.
    /// </summary>
    private static double LabelRoom(Rect area) => Math.Min(110, area.Width * 0.25);

    private readonly record struct Placed(Bubble Bubble, double X, double Y, double R);

    /// <summary>The width the map needs at the height of <paramref name="area"/>, so the keys can sit beside it.</summary>
    public static double FittedWidth(Rect area, MapFrame frame, double maxRadius)
    {
        double pad = maxRadius + 2;
        double scale = Scale(area, frame, pad);
        return Math.Min(area.Width, Math.Max(frame.MaxX - frame.MinX, 1e-6) * scale + 2 * pad + LabelRoom(area));
    }

    public static void Draw(SvgWriter svg, BubbleMapSpec map, Rect area, MapFrame frame, double maxRadius, string? panelTitle)
    {
        svg.Open("g", ("class", "map"));
        if (panelTitle is not null)
        {
            svg.Text(panelTitle, ("class", "panel-title"), ("x", area.Left + area.Width / 2), ("y", area.Top + Typography.PanelTitle),
                ("text-anchor", "middle"), ("font-size", Typography.PanelTitle), ("font-weight", "bold"), ("fill", Typography.TextColor));
            area = area.Inset(0, Typography.PanelTitle + 10, 0, 0);
        }

        double pad = maxRadius + 2;
        double scale = Scale(area, frame, pad);
        double spanX = Math.Max(frame.MaxX - frame.MinX, 1e-6);
        double spanY = Math.Max(frame.MaxY - frame.MinY, 1e-6);
        double offsetX = area.Left + pad + (area.Width - 2 * pad - LabelRoom(area) - spanX * scale) / 2;
        double offsetY = area.Top + (area.Height - spanY * scale) / 2;

        double X(double longitude) => offsetX + (longitude * frame.CosLat - frame.MinX) * scale;
        double Y(double latitude) => offsetY + (frame.MaxY - latitude) * scale; // north up

        if (map.Outline is { Count: > 0 } outline) DrawOutline(svg, outline, X, Y);

        var drawn = map.Bubbles
            .Where(b => double.IsFinite(b.Latitude) && double.IsFinite(b.Longitude) && double.IsFinite(b.Size) && b.Size >= 0)
            .OrderByDescending(b => b.Size).ThenBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => new Placed(b, X(b.Longitude), Y(b.Latitude), Math.Max(1.5, frame.Radius(b.Size, maxRadius))))
            .ToList();

        svg.Open("g", ("class", "bubbles"), ("stroke", "#333333"), ("stroke-width", 0.6), ("fill-opacity", 0.9));
        foreach (var p in drawn)
        {
            // The title names the city for screen readers and as a tooltip; tests read it to pair circles with labels.
            svg.Open("circle", ("class", "bubble"), ("cx", p.X), ("cy", p.Y), ("r", p.R), ("fill", frame.ColorOf(p.Bubble.ColorValue)));
            svg.Raw($"<title>{SvgWriter.Escape(p.Bubble.Name)}</title>");
            svg.Close("circle");
        }
        svg.Close("g");

        var circles = drawn.Select(p => new MapCircle(p.X, p.Y, p.R)).ToList();
        var requests = drawn.Select((p, i) => (p, i)).Where(t => t.p.Bubble.Label is not null)
            .Select(t => new MapLabelRequest(t.i, t.p.Bubble.Label!)).ToList();
        var labels = MapLabelPlacer.Place(circles, requests, area, Typography.Label);
        foreach (var label in labels.Where(l => l.Leader is not null))
        {
            var l = label.Leader!.Value;
            svg.Empty("line", ("class", "map-leader"), ("x1", l.X1), ("y1", l.Y1), ("x2", l.X2), ("y2", l.Y2), ("stroke", Typography.MutedText), ("stroke-width", 1.0));
        }
        foreach (var label in labels.OrderBy(l => l.Text, StringComparer.Ordinal))
            XYPanelRenderer.HaloText(svg, label.Text, label.TextX, label.TextY, Typography.TextColor, label.Anchor, "map-label");
        svg.Close("g");
    }

    /// <summary>The land outline, light, under everything else.</summary>
    private static void DrawOutline(SvgWriter svg, IReadOnlyList<MapPolygon> outline, Func<double, double> x, Func<double, double> y)
    {
        var d = new System.Text.StringBuilder();
        foreach (var ring in outline)
        {
            for (int i = 0; i < ring.Longitudes.Count; i++)
                d.Append(i == 0 ? (d.Length == 0 ? "M" : " M") : " L").Append(SvgWriter.Num(x(ring.Longitudes[i]))).Append(' ').Append(SvgWriter.Num(y(ring.Latitudes[i])));
            d.Append(" Z");
        }
        svg.Empty("path", ("class", "coastline"), ("d", d.ToString()), ("fill", "#F0F0F0"), ("stroke", "#A0A0A0"), ("stroke-width", 0.8), ("stroke-linejoin", "round"));
    }

    private static double Scale(Rect area, MapFrame frame, double pad) =>
        Math.Max(1e-6, Math.Min((area.Width - 2 * pad - LabelRoom(area)) / Math.Max(frame.MaxX - frame.MinX, 1e-6),
                                (area.Height - 2 * pad) / Math.Max(frame.MaxY - frame.MinY, 1e-6)));
}
