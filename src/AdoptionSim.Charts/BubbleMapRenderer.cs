namespace AdoptionSim.Charts;

/// <summary>
/// Draws one map panel: circles largest first (so small cities stay visible on top), then the labels,
/// each on the side of its circle (right, left, above, below) that covers the fewest other circles and no
/// earlier label.
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

        var drawn = map.Bubbles
            .Where(b => double.IsFinite(b.Latitude) && double.IsFinite(b.Longitude) && double.IsFinite(b.Size) && b.Size >= 0)
            .OrderByDescending(b => b.Size).ThenBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => new Placed(b,
                offsetX + (b.Longitude * frame.CosLat - frame.MinX) * scale,
                offsetY + (frame.MaxY - b.Latitude) * scale, // north up
                Math.Max(1.5, frame.Radius(b.Size, maxRadius))))
            .ToList();

        svg.Open("g", ("class", "bubbles"), ("stroke", "#333333"), ("stroke-width", 0.6), ("fill-opacity", 0.9));
        foreach (var p in drawn)
            svg.Empty("circle", ("class", "bubble"), ("cx", p.X), ("cy", p.Y), ("r", p.R), ("fill", frame.ColorOf(p.Bubble.ColorValue)));
        svg.Close("g");

        var taken = new List<Rect>();
        foreach (var p in drawn.Where(p => p.Bubble.Label is not null).OrderBy(p => p.Bubble.Name, StringComparer.Ordinal))
        {
            var (x, y, anchor) = PlaceLabel(p, drawn, area, taken);
            XYPanelRenderer.HaloText(svg, p.Bubble.Label!, x, y, Typography.TextColor, anchor, "map-label");
        }
        svg.Close("g");
    }

    private static double Scale(Rect area, MapFrame frame, double pad) =>
        Math.Max(1e-6, Math.Min((area.Width - 2 * pad - LabelRoom(area)) / Math.Max(frame.MaxX - frame.MinX, 1e-6),
                                (area.Height - 2 * pad) / Math.Max(frame.MaxY - frame.MinY, 1e-6)));

    private static (double X, double Y, TextAnchor Anchor) PlaceLabel(Placed p, List<Placed> all, Rect area, List<Rect> taken)
    {
        string text = p.Bubble.Label!;
        double w = Typography.Width(text, Typography.Label);
        double h = Typography.Label;
        double shift = Typography.MiddleShift(Typography.Label);
        double gap = p.R + 4;
        var candidates = new (Rect Box, double X, double Y, TextAnchor Anchor)[]
        {
            (new Rect(p.X + gap, p.Y - h / 2, w, h), p.X + gap, p.Y + shift, TextAnchor.Start),
            (new Rect(p.X - gap - w, p.Y - h / 2, w, h), p.X - gap, p.Y + shift, TextAnchor.End),
            (new Rect(p.X - w / 2, p.Y - gap - h, w, h), p.X, p.Y - gap - h / 2 + shift, TextAnchor.Middle),
            (new Rect(p.X - w / 2, p.Y + gap, w, h), p.X, p.Y + gap + h / 2 + shift, TextAnchor.Middle),
        };

        // Cost: leaving the panel or hitting another label is worse than covering part of a circle.
        var best = candidates
            .Select((c, i) => (c, i, Cost: Cost(c.Box, p, all, area, taken)))
            .OrderBy(t => t.Cost).ThenBy(t => t.i)
            .First().c;
        taken.Add(best.Box);
        return (best.X, best.Y, best.Anchor);
    }

    private static double Cost(Rect box, Placed self, List<Placed> all, Rect area, List<Rect> taken)
    {
        double cost = 0;
        if (box.Left < area.Left || box.Right > area.Right || box.Top < area.Top || box.Bottom > area.Bottom) cost += 1e6;
        cost += taken.Count(t => t.Overlaps(box)) * 1e5;
        foreach (var other in all)
        {
            if (other.Bubble == self.Bubble) continue;
            var circleBox = new Rect(other.X - other.R, other.Y - other.R, 2 * other.R, 2 * other.R);
            cost += OverlapArea(box, circleBox) + (circleBox.Overlaps(box) ? 50 : 0);
        }
        return cost;
    }

    private static double OverlapArea(Rect a, Rect b) =>
        Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left)) * Math.Max(0, Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top));
}
