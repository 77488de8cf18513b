using System.Globalization;
using System.Xml.Linq;
using AdoptionSim.Charts;
using AdoptionSim.Charts.Tests;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.IO.Tests.Figures;

/// <summary>
/// Map labels sit by their own circles, checked on the rendered SVG of the UK map with the 63 real city
/// positions and sizes ∝ population: each label's anchor (the point of its box nearest its circle) is
/// nearer its own circle than any other, and no label box covers a circle it does not belong to. Before
/// the placer, "Chatham" sat on London's circle and "London" beside a small one.
/// </summary>
public class MapLabelPlacementTests
{
    private static readonly IReadOnlyList<(string Name, double Lat, double Lon, double Population)> UkCities = ReadUkCities();

    public static TheoryData<string, string> LabelPairs()
    {
        var data = new TheoryData<string, string> { { "Southend", "Chatham" }, { "Chatham", "Southend" }, { "Luton", "Basildon" } };
        // Every city labelled once as the top and once as the bottom, beside London.
        for (int i = 0; i < UkCities.Count; i++) data.Add(UkCities[i].Name, UkCities[(i + UkCities.Count / 2) % UkCities.Count].Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(LabelPairs))]
    public void Every_label_is_nearest_its_own_circle_and_covers_no_other(string top, string bottom)
    {
        var svg = Render(top, bottom);
        var circles = Circles(svg);
        var labels = Labels(svg);
        labels.Select(l => l.Text).Should().BeEquivalentTo(new[] { "London", top, bottom }.Distinct());
        var leaders = Leaders(svg);

        foreach (var label in labels)
        {
            var own = circles.Single(c => c.Name == label.Text);
            // The anchor: where the label's leader starts, or without one the point of its box nearest its circle.
            var leader = leaders.Where(l => MapLabelPlacer.RectCircleDistance(label.Box, new MapCircle(l.X2, l.Y2, 0)) < 0.02).ToList();
            leader.Should().HaveCountLessThanOrEqualTo(1);
            var (ax, ay) = leader.Count == 1 ? (leader[0].X1, leader[0].Y1) : MapLabelPlacer.Nearest(label.Box, own.Circle.X, own.Circle.Y);
            double ownDistance = MapLabelPlacer.EdgeDistance(ax, ay, own.Circle);
            foreach (var other in circles.Where(c => c.Name != label.Text))
            {
                MapLabelPlacer.EdgeDistance(ax, ay, other.Circle).Should().BeGreaterThan(ownDistance,
                    $"the anchor of '{label.Text}' must be nearer its own circle than {other.Name}'s");
                MapLabelPlacer.RectCircleDistance(label.Box, other.Circle).Should().BeGreaterThanOrEqualTo(other.Circle.R,
                    $"the label '{label.Text}' must not cover {other.Name}'s circle");
            }
        }
    }

    [Fact]
    public void A_label_that_stands_off_gets_a_leader_line_from_its_own_circle()
    {
        // Around London every nearby position is taken by small circles, so some label must stand off;
        // whichever does, its leader starts on its own circle's edge and ends on the label's box.
        for (int i = 0; i < UkCities.Count; i++)
        {
            var svg = Render(UkCities[i].Name, "Chatham");
            var circles = Circles(svg);
            foreach (var (x1, y1, x2, y2) in Leaders(svg))
            {
                var label = Labels(svg).Single(l => MapLabelPlacer.RectCircleDistance(l.Box, new MapCircle(x2, y2, 0)) < 0.02);
                var own = circles.Single(c => c.Name == label.Text).Circle;
                Math.Abs(Math.Sqrt((x1 - own.X) * (x1 - own.X) + (y1 - own.Y) * (y1 - own.Y)) - own.R).Should().BeLessThan(0.02);
            }
        }
    }

    [Fact]
    public void The_UK_map_draws_the_coastline_under_the_circles()
    {
        var svg = Render("Southend", "Chatham");
        var path = svg.Descendants(SvgDocument.Ns + "path").Single(e => (string?)e.Attribute("class") == "coastline");
        ((string)path.Attribute("d")!).Split('M').Length.Should().BeGreaterThan(10, "Great Britain, Northern Ireland and the islands");
        svg.Descendants().ToList().IndexOf(path).Should().BeLessThan(
            svg.Descendants().ToList().FindIndex(e => (string?)e.Attribute("class") == "bubble"));
        UkCoastline.Json.Should().Contain("Natural Earth").And.Contain("public domain");
    }

    private static XElement Render(string top, string bottom)
    {
        var time = TimeAxis.Years([0.0]);
        var cities = UkCities.Select(c => new MapCity(c.Name, c.Lat, c.Lon, [c.Population / 500],
            [c.Name == top ? 0.9 : c.Name == bottom ? 0.1 : 0.5])).ToList();
        var spec = CityMapFigure.Build(new CityMapInput(time, cities), 0);
        return new SvgDocument(new SvgChartRenderer().RenderSvg(spec)).Root;
    }

    private static List<(string Name, MapCircle Circle)> Circles(XElement svg) =>
        svg.Descendants(SvgDocument.Ns + "circle").Where(e => (string?)e.Attribute("class") == "bubble")
            .Select(e => (e.Element(SvgDocument.Ns + "title")!.Value, new MapCircle(N(e, "cx"), N(e, "cy"), N(e, "r")))).ToList();

    private static List<(string Text, Rect Box)> Labels(XElement svg) => SvgDocument.LabelBoxes(svg, "map-label");

    private static List<(double X1, double Y1, double X2, double Y2)> Leaders(XElement svg) =>
        svg.Descendants(SvgDocument.Ns + "line").Where(e => (string?)e.Attribute("class") == "map-leader")
            .Select(e => (N(e, "x1"), N(e, "y1"), N(e, "x2"), N(e, "y2"))).ToList();

    private static double N(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    private static IReadOnlyList<(string, double, double, double)> ReadUkCities() =>
        File.ReadAllLines(Path.Combine(AdoptionSim.IO.Tests.Scenarios.Repo.Root, "scenarios", "data", "uk-puas.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => (f[0], double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture)))
            .ToList();
}
