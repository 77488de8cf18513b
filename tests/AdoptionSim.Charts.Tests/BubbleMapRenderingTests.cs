using AdoptionSim.Charts;

namespace AdoptionSim.Charts.Tests;

public class BubbleMapRenderingTests
{
    private static readonly SvgChartRenderer Renderer = new();

    private static BubbleMapSpec Map(params Bubble[] bubbles) => new()
    {
        Title = "Map",
        Bubbles = bubbles,
        ColorScale = new AxisSpec("Adoption share", "% of firms") { Format = TickFormat.Percent },
        SizeScale = new SizeScaleSpec("Firms"),
    };

    [Fact]
    public void One_circle_per_city_with_area_proportional_to_size()
    {
        var doc = new SvgDocument(Renderer.RenderSvg(Map(
            new Bubble("A", -0.1, 51.5, 400, 0.5),
            new Bubble("B", -2.2, 53.5, 100, 0.2),
            new Bubble("C", -4.2, 55.9, 25, 0.3))));

        var circles = doc.WithClass("bubble");
        circles.Should().HaveCount(3);
        var radii = circles.Select(c => SvgDocument.Number(c, "r")).ToList();
        (radii[0] / radii[1]).Should().BeApproximately(2, 0.01, "4× the firms is 4× the area");
        (radii[1] / radii[2]).Should().BeApproximately(2, 0.01);
    }

    [Fact]
    public void North_is_up_and_east_is_right()
    {
        var doc = new SvgDocument(Renderer.RenderSvg(Map(
            new Bubble("South-east", 1.0, 51.0, 10, 0.5),
            new Bubble("North-west", -5.0, 57.0, 10, 0.5))));

        var byName = doc.WithClass("bubble").ToList(); // equal sizes: drawn in name order
        double nwX = SvgDocument.Number(byName[0], "cx"), nwY = SvgDocument.Number(byName[0], "cy");
        double seX = SvgDocument.Number(byName[1], "cx"), seY = SvgDocument.Number(byName[1], "cy");
        nwX.Should().BeLessThan(seX);
        nwY.Should().BeLessThan(seY);
    }

    [Fact]
    public void Colour_follows_viridis_and_NaN_is_grey_no_data()
    {
        var doc = new SvgDocument(Renderer.RenderSvg(Map(
            new Bubble("Low", 0, 52, 10, 0.0),
            new Bubble("High", 1, 53, 9, 1.0),
            new Bubble("Unknown", 2, 54, 8, double.NaN))));

        var fills = doc.WithClass("bubble").Select(c => (string)c.Attribute("fill")!).ToList();
        fills.Should().Equal(Viridis.At(0), Viridis.At(1), "#BDBDBD");
        doc.Text.Should().Contain("no data");
        doc.Text.Should().NotContainEquivalentOf("nan\"");
        var colourTicks = doc.TextsWithClass("colour-tick").Select(SvgDocument.TickValue).ToList();
        colourTicks.Min().Should().BeLessThanOrEqualTo(0);
        colourTicks.Max().Should().BeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void Labelled_cities_get_a_label()
    {
        var doc = new SvgDocument(Renderer.RenderSvg(Map(
            new Bubble("London", -0.1, 51.5, 400, 0.5) { Label = "London" },
            new Bubble("Leeds", -1.5, 53.8, 100, 0.2))));

        doc.TextsWithClass("map-label").Should().Equal("London");
    }

    [Fact]
    public void Viridis_runs_from_dark_purple_to_yellow()
    {
        Viridis.At(0).Should().Be("#440154");
        Viridis.At(1).Should().Be("#FDE725");
        Viridis.At(-5).Should().Be("#440154");
        Viridis.At(0.5).Should().MatchRegex("^#[0-9A-F]{6}$");
    }
}
