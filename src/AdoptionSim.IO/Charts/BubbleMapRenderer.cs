namespace AdoptionSim.IO.Charts;

/// <summary>
/// Draws one map panel: circles largest first (so small cities stay visible on top), then the labels,
/// each placed on the first side of its circle (right, left, above, below) that overlaps no earlier label.
/// </summary>
internal static class BubbleMapRenderer
{
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
        double spanX = Math.Max(frame.MaxX - frame.MinX, 1e-6);
        double spanY = Math.Max(frame.MaxY - frame.MinY, 1e-6);
        double scale = Math.Min((area.Width - 2 * pad) / spanX, (area.Height - 2 * pad) / spanY);
        double offsetX = area.Left + (area.Width - spanX * scale) / 2;
        double offsetY = area.Top + (area.Height - spanY * scale) / 2;
        double Px(Bubble b) => offsetX + (b.Longitude * frame.CosLat - frame.MinX) * scale;
        double Py(Bubble b) => offsetY + (frame.MaxY - b.Latitude) * scale; // north up

        var drawn = map.Bubbles
            .Where(b => double.IsFinite(b.Latitude) && double.IsFinite(b.Longitude) && double.IsFinite(b.Size) && b.Size >= 0)
            .OrderByDescending(b => b.Size).ThenBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
        svg.Open("g", ("class", "bubbles"), ("stroke", "#333333"), ("stroke-width", 0.6), ("fill-opacity", 0.9));
        foreach (var b in drawn)
            svg.Empty("circle", ("class", "bubble"), ("cx", Px(b)), ("cy", Py(b)), ("r", Math.Max(1.5, frame.Radius(b.Size, maxRadius))),
                ("fill", frame.ColorOf(b.ColorValue)));
        svg.Close("g");

        var taken = new List<Rect>();
        foreach (var b in drawn.Where(b => b.Label is not null).OrderBy(b => b.Name, StringComparer.Ordinal))
        {
            double r = Math.Max(1.5, frame.Radius(b.Size, maxRadius));
            var (x, y, anchor) = PlaceLabel(b.Label!, Px(b), Py(b), r, area, taken);
            XYPanelRenderer.HaloText(svg, b.Label!, x, y, Typography.TextColor, anchor, "map-label");
        }
        svg.Close("g");
    }

    private static (double X, double Y, TextAnchor Anchor) PlaceLabel(string text, double cx, double cy, double r, Rect area, List<Rect> taken)
    {
        double w = Typography.Width(text, Typography.Label);
        double h = Typography.Label;
        double shift = Typography.MiddleShift(Typography.Label);
        var candidates = new (Rect Box, double X, double Y, TextAnchor Anchor)[]
        {
            (new Rect(cx + r + 4, cy - h / 2, w, h), cx + r + 4, cy + shift, TextAnchor.Start),
            (new Rect(cx - r - 4 - w, cy - h / 2, w, h), cx - r - 4, cy + shift, TextAnchor.End),
            (new Rect(cx - w / 2, cy - r - 4 - h, w, h), cx, cy - r - 4 - h / 2 + shift, TextAnchor.Middle),
            (new Rect(cx - w / 2, cy + r + 4, w, h), cx, cy + r + 4 + h / 2 + shift, TextAnchor.Middle),
        };
        foreach (var c in candidates)
        {
            bool inside = c.Box.Left >= area.Left && c.Box.Right <= area.Right && c.Box.Top >= area.Top && c.Box.Bottom <= area.Bottom;
            if (inside && !taken.Any(t => t.Overlaps(c.Box)))
            {
                taken.Add(c.Box);
                return (c.X, c.Y, c.Anchor);
            }
        }
        taken.Add(candidates[0].Box);
        return (candidates[0].X, candidates[0].Y, candidates[0].Anchor);
    }
}
