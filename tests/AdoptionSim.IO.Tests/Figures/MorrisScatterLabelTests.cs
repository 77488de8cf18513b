using System.Globalization;
using System.Xml.Linq;
using AdoptionSim.Charts;
using AdoptionSim.Charts.Tests;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.IO.Tests.Figures;

/// <summary>
/// The μ*–σ scatter labels its most influential parameters beside their own points, clear of each other and of
/// every point, even when, as in a real screening, most parameters crowd near the origin. Before, each label sat at
/// a fixed offset from its point, and the labels of the crowd were written over each other.
/// </summary>
public sealed class MorrisScatterLabelTests
{
    /// <summary>Two large effects and eight small ones within 2% of the axes' range of each other.</summary>
    private static readonly MorrisPoint[] Points =
    [
        new("adoption.q", 1.0, 0.9, 1.1, 0.8),
        new("invention.rate", 0.7, 0.6, 0.8, 0.9),
        .. Enumerable.Range(0, 8).Select(i => new MorrisPoint($"economy.parameter_{i}", 0.02 + 0.002 * i, 0.01, 0.03, 0.015 + 0.002 * (i % 3))),
    ];

    [Fact]
    public void The_largest_effects_are_labelled_each_by_its_own_point_and_no_label_covers_another_or_a_point()
    {
        var svg = new SvgDocument(new SvgChartRenderer().RenderSvg(SensitivityFigures.MorrisScatter("adoption share", Points))).Root;
        var points = svg.Descendants(SvgDocument.Ns + "circle").Where(e => (string?)e.Attribute("class") == "point")
            .Select(e => new MapCircle(N(e, "cx"), N(e, "cy"), N(e, "r"))).ToList();
        var labels = Labels(svg);

        points.Should().HaveCount(Points.Length);
        labels.Select(l => l.Text).Should().BeEquivalentTo(Points.OrderByDescending(p => p.MuStar).Take(SensitivityFigures.ScatterLabels).Select(p => p.Parameter),
            "the largest μ* are labelled, each once");
        var plot = svg.Descendants(SvgDocument.Ns + "line").Where(e => e.Parent?.Attribute("class")?.Value == "axes").ToList();
        double plotLeft = plot.Min(e => Math.Min(N(e, "x1"), N(e, "x2"))), plotBottom = plot.Max(e => Math.Max(N(e, "y1"), N(e, "y2")));
        for (int i = 0; i < labels.Count; i++)
        {
            labels[i].Box.Left.Should().BeGreaterThanOrEqualTo(plotLeft - 6, $"'{labels[i].Text}' stays inside the plot (left)");
            labels[i].Box.Bottom.Should().BeLessThanOrEqualTo(plotBottom + 6, $"'{labels[i].Text}' stays inside the plot (bottom)");
            for (int j = i + 1; j < labels.Count; j++)
                Overlap(labels[i].Box, labels[j].Box).Should().BeFalse($"'{labels[i].Text}' and '{labels[j].Text}' must not overlap");
            foreach (var point in points)
                MapLabelPlacer.RectCircleDistance(labels[i].Box, point).Should().BeGreaterThanOrEqualTo(point.R, $"'{labels[i].Text}' must not cover a point");
        }

        // Each label is nearest its own point: the anchor (where its leader starts, or its box's nearest point) is
        // nearer the parameter's point than any other point.
        var leaders = svg.Descendants(SvgDocument.Ns + "line").Where(e => (string?)e.Attribute("class") == "point-leader")
            .Select(e => (X1: N(e, "x1"), Y1: N(e, "y1"), X2: N(e, "x2"), Y2: N(e, "y2"))).ToList();
        var order = Points.OrderByDescending(p => p.MuStar).ToList();
        foreach (var (text, box) in labels)
        {
            var own = points[order.FindIndex(p => p.Parameter == text)];
            var leader = leaders.Where(l => MapLabelPlacer.RectCircleDistance(box, new MapCircle(l.X2, l.Y2, 0)) < 0.02).ToList();
            var (ax, ay) = leader.Count == 1 ? (leader[0].X1, leader[0].Y1) : MapLabelPlacer.Nearest(box, own.X, own.Y);
            foreach (var other in points.Where(p => p != own))
                MapLabelPlacer.EdgeDistance(ax, ay, other).Should().BeGreaterThan(MapLabelPlacer.EdgeDistance(ax, ay, own), $"'{text}' is read as its own point's");
        }
    }

    [Fact]
    public void Without_the_placement_the_crowd_s_labels_would_overlap()
    {
        // The control that makes the test above meaningful: at a fixed offset from their points (the old rule), the
        // labels of the crowd overlap.
        var svg = new SvgDocument(new SvgChartRenderer().RenderSvg(SensitivityFigures.MorrisScatter("adoption share", Points))).Root;
        var crowd = svg.Descendants(SvgDocument.Ns + "circle").Where(e => (string?)e.Attribute("class") == "point").Skip(2)
            .Select(e => new Rect(N(e, "cx") + 4, N(e, "cy") - Typography.Label, Typography.Width("economy.parameter_0", Typography.Label), Typography.Label)).ToList();
        crowd.SelectMany((a, i) => crowd.Skip(i + 1).Select(b => Overlap(a, b))).Should().Contain(true);
    }

    private static bool Overlap(Rect a, Rect b) => a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    private static List<(string Text, Rect Box)> Labels(XElement svg) => SvgDocument.LabelBoxes(svg, "point-label");

    private static double N(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
