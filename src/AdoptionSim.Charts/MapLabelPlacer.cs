namespace AdoptionSim.Charts;

/// <summary>A circle on a map, in pixels.</summary>
internal readonly record struct MapCircle(double X, double Y, double R);

/// <summary>A label wanted beside circle <see cref="Circle"/> (an index into the circle list).</summary>
internal readonly record struct MapLabelRequest(int Circle, string Text);

/// <summary>A line from a circle's edge to its label, drawn when the label had to stand off.</summary>
internal readonly record struct LeaderLine(double X1, double Y1, double X2, double Y2);

/// <summary>
/// Where a label went: its box, where to write the text, and its anchor (the point of the box nearest
/// its circle, where a leader line meets it).
/// </summary>
internal readonly record struct PlacedMapLabel(
    int Circle, string Text, Rect Box, double TextX, double TextY, TextAnchor Anchor, double AnchorX, double AnchorY, LeaderLine? Leader);

/// <summary>
/// Places map labels greedily, largest circle first. Each label tries positions around its circle in
/// 96 directions and at growing distances, and takes the nearest position (east first) that stays in the
/// panel, covers no other circle and no earlier label or leader, and whose anchor (see <see cref="Anchor"/>)
/// is nearer its own circle's outline than any other: so a label can never be read as another city's. A
/// label that stands off gets a leader line from its circle's edge, which must not cross another circle
/// either, unless that circle covers its city (a small city under London's circle). Only when no position
/// meets every rule does a label take the one that breaks the fewest (never seen with the UK cities;
/// tested). Deterministic: no randomness, ties broken by candidate order.
/// </summary>
internal static class MapLabelPlacer
{
    /// <summary>Clear space between a circle and its label, and between a label and anything else.</summary>
    private const double Gap = 3;
    private const double Step = 5;
    private const int Distances = 40;

    /// <summary>A label this far from its circle's edge gets a leader line.</summary>
    private const double LeaderFrom = 6;

    /// <summary>
    /// Directions in order of preference: east (the usual place for a map label), west, north, south, the
    /// diagonals, then finer steps (a leader may need a narrow way out between small circles).
    /// </summary>
    private static readonly double[] Degrees =
        [0, 180, 90, 270, 45, 135, 315, 225, .. Enumerable.Range(0, 8).Select(i => 22.5 + 45 * i), .. Enumerable.Range(0, 96).Select(i => 3.75 * i).Where(d => d % 22.5 != 0)];

    /// <summary>Places every label; largest circle first, or in the order given with <paramref name="keepOrder"/>.</summary>
    public static IReadOnlyList<PlacedMapLabel> Place(IReadOnlyList<MapCircle> circles, IReadOnlyList<MapLabelRequest> labels, Rect area, double fontSize,
        bool keepOrder = false)
    {
        var placed = new List<PlacedMapLabel>();
        IEnumerable<MapLabelRequest> order = keepOrder ? labels
            : labels.OrderByDescending(l => circles[l.Circle].R).ThenBy(l => l.Text, StringComparer.Ordinal).ThenBy(l => l.Circle);
        foreach (var label in order)
        {
            var candidates = Candidates(circles[label.Circle], label, fontSize).ToList();
            var best = candidates.FirstOrDefault(c => Violations(c, circles, placed, area) == 0);
            if (best.Text is null)
                best = candidates.Select((c, i) => (c, i, v: Violations(c, circles, placed, area))).OrderBy(t => t.v).ThenBy(t => t.i).First().c;
            placed.Add(best);
        }
        return placed;
    }

    /// <summary>Candidates nearest first, and at one distance in the order of <see cref="Degrees"/>.</summary>
    private static IEnumerable<PlacedMapLabel> Candidates(MapCircle circle, MapLabelRequest label, double fontSize)
    {
        double w = Typography.Width(label.Text, fontSize);
        double h = fontSize;
        double shift = Typography.MiddleShift(fontSize);
        for (int k = 0; k < Distances; k++)
        {
            double d = circle.R + Gap + k * Step;
            foreach (double degrees in Degrees)
            {
                double ux = Math.Cos(degrees * Math.PI / 180), uy = -Math.Sin(degrees * Math.PI / 180); // screen y grows down
                double px = circle.X + ux * d, py = circle.Y + uy * d;
                // Attach the box by the side or corner facing the circle, so the box's nearest point is (px, py).
                double left = ux > 0.38 ? px : ux < -0.38 ? px - w : px - w / 2;
                double top = uy > 0.38 ? py : uy < -0.38 ? py - h : py - h / 2;
                var box = new Rect(left, top, w, h);
                var (ax, ay) = Nearest(box, circle.X, circle.Y);
                LeaderLine? leader = d - circle.R >= LeaderFrom
                    ? new LeaderLine(circle.X + ux * circle.R, circle.Y + uy * circle.R, ax, ay)
                    : null;
                // The text starts (or ends) at the side facing the circle: the width is an estimate that errs wide.
                var (textX, anchor) = ux > 0.38 ? (left, TextAnchor.Start) : ux < -0.38 ? (left + w, TextAnchor.End) : (left + w / 2, TextAnchor.Middle);
                yield return new PlacedMapLabel(label.Circle, label.Text, box, textX, top + h / 2 + shift, anchor, ax, ay, leader);
            }
        }
    }

    /// <summary>Weights of the broken rules when every candidate breaks some: a label must be inside the panel and readable
    /// (not over another label or a leader) before it need be unambiguous; points drawn over each other make the latter
    /// impossible for some of them.</summary>
    private const int OutsidePanel = 100, OverLabel = 10;

    /// <summary>How badly a candidate breaks the placement rules (0: acceptable), weighted by <see cref="OutsidePanel"/> and <see cref="OverLabel"/>.</summary>
    private static int Violations(PlacedMapLabel c, IReadOnlyList<MapCircle> circles, List<PlacedMapLabel> placed, Rect area)
    {
        int v = 0;
        var box = c.Box;
        if (box.Left < area.Left || box.Right > area.Right || box.Top < area.Top || box.Bottom > area.Bottom) v += OutsidePanel;
        var padded = new Rect(box.Left - Gap, box.Top - Gap, box.Width + 2 * Gap, box.Height + 2 * Gap);
        foreach (var other in placed)
        {
            if (other.Box.Overlaps(padded)) v += OverLabel;
            if (other.Leader is { } l && SegmentHitsRect(l, padded)) v += OverLabel;
            if (c.Leader is { } mine && SegmentHitsRect(mine, other.Box)) v += OverLabel;
        }

        var own = circles[c.Circle];
        var (ax, ay) = Anchor(c);
        double ownDistance = EdgeDistance(ax, ay, own);
        for (int i = 0; i < circles.Count; i++)
        {
            if (i == c.Circle) continue;
            var other = circles[i];
            if (RectCircleDistance(box, other) < other.R + 1) v++;
            if (EdgeDistance(ax, ay, other) <= ownDistance + 1) v++;
            // A circle whose centre lies under a bigger one can only be reached by a leader across that one.
            bool covers = Distance(own.X, own.Y, other.X, other.Y) < other.R;
            if (c.Leader is { } leader && !covers && SegmentCircleDistance(leader, other) < other.R + 1) v++;
        }
        return v;
    }

    /// <summary>
    /// The point a label is read from: the start of its leader on its circle's edge, or without a leader the
    /// point of its box nearest the circle. A label belongs to the circle whose outline is nearest this point.
    /// </summary>
    public static (double X, double Y) Anchor(PlacedMapLabel label) =>
        label.Leader is { } l ? (l.X1, l.Y1) : (label.AnchorX, label.AnchorY);

    /// <summary>Distance from a point to a circle's outline (inside or outside).</summary>
    public static double EdgeDistance(double x, double y, MapCircle circle) => Math.Abs(Distance(x, y, circle.X, circle.Y) - circle.R);

    /// <summary>The point of <paramref name="box"/> nearest (x, y).</summary>
    public static (double X, double Y) Nearest(Rect box, double x, double y) =>
        (Math.Clamp(x, box.Left, box.Right), Math.Clamp(y, box.Top, box.Bottom));

    public static double RectCircleDistance(Rect box, MapCircle circle)
    {
        var (nx, ny) = Nearest(box, circle.X, circle.Y);
        return Distance(nx, ny, circle.X, circle.Y);
    }

    private static double SegmentCircleDistance(LeaderLine s, MapCircle circle)
    {
        double dx = s.X2 - s.X1, dy = s.Y2 - s.Y1;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.Clamp(((circle.X - s.X1) * dx + (circle.Y - s.Y1) * dy) / length2, 0, 1);
        return Distance(s.X1 + t * dx, s.Y1 + t * dy, circle.X, circle.Y);
    }

    /// <summary>Whether a segment passes through a box (sampled finely: boxes are a label high, leaders a few dozen pixels long).</summary>
    private static bool SegmentHitsRect(LeaderLine s, Rect box)
    {
        for (int i = 0; i <= 20; i++)
        {
            double x = s.X1 + (s.X2 - s.X1) * i / 20, y = s.Y1 + (s.Y2 - s.Y1) * i / 20;
            if (x > box.Left && x < box.Right && y > box.Top && y < box.Bottom) return true;
        }
        return false;
    }

    private static double Distance(double x1, double y1, double x2, double y2) => Math.Sqrt((x1 - x2) * (x1 - x2) + (y1 - y2) * (y1 - y2));
}
