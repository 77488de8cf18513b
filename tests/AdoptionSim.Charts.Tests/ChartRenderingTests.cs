using AdoptionSim.Charts;

namespace AdoptionSim.Charts.Tests;

public class ChartRenderingTests
{
    private static readonly SvgChartRenderer Renderer = new();
    private static readonly double[] X = [0, 1, 2, 3, 4, 5];

    private static ChartSpec Chart(params LineSeries[] lines) => new()
    {
        Title = "Test chart",
        X = new AxisSpec("Time", "years") { Format = TickFormat.Plain },
        Y = new AxisSpec("Share", "% of firms") { Format = TickFormat.Percent },
        Lines = lines,
    };

    [Fact]
    public void Renders_well_formed_svg_with_one_path_per_series()
    {
        var spec = Chart(
            new LineSeries("a", X, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], OkabeIto.Blue),
            new LineSeries("b", X, [0.2, 0.2, 0.2, 0.2, 0.2, 0.2], OkabeIto.Orange),
            new LineSeries("c", X, [0.6, 0.5, 0.4, 0.3, 0.2, 0.1], OkabeIto.Vermillion));

        var doc = new SvgDocument(Renderer.RenderSvg(spec));

        doc.Root.Name.Should().Be(SvgDocument.Ns + "svg");
        doc.WithClass("series").Should().HaveCount(3);
        doc.TextsWithClass("title").Should().Equal("Test chart");
        doc.TextsWithClass("y-title").Should().Equal("Share (% of firms)");
    }

    [Fact]
    public void Axis_ticks_cover_the_data_range_of_lines_and_bands()
    {
        var spec = Chart(new LineSeries("a", X, [0.13, 0.2, 0.31, 0.4, 0.52, 0.58], OkabeIto.Blue)) with
        {
            Bands = [new BandSeries("a", X, [0.11, 0.18, 0.28, 0.37, 0.49, 0.55], [0.15, 0.22, 0.34, 0.43, 0.55, 0.63], OkabeIto.Blue)],
            X = new AxisSpec("Time") { Format = TickFormat.Plain },
        };

        var doc = new SvgDocument(Renderer.RenderSvg(spec));
        var y = doc.TextsWithClass("y-tick").Select(SvgDocument.TickValue).ToList();
        var x = doc.TextsWithClass("x-tick").Select(SvgDocument.TickValue).ToList();

        y.Min().Should().BeLessThanOrEqualTo(0.11);
        y.Max().Should().BeGreaterThanOrEqualTo(0.63);
        x.Min().Should().BeLessThanOrEqualTo(0);
        x.Max().Should().BeGreaterThanOrEqualTo(5);
        doc.WithClass("band").Should().HaveCount(1);
    }

    [Fact]
    public void An_explicit_range_widens_the_axis_but_never_hides_data()
    {
        var spec = Chart(new LineSeries("a", X, [0.3, 0.4, 0.5, 0.6, 1.3, 0.6], OkabeIto.Blue)) with
        {
            Y = new AxisSpec("Share") { Min = 0, Max = 1, Format = TickFormat.Percent },
        };

        var y = new SvgDocument(Renderer.RenderSvg(spec)).TextsWithClass("y-tick").Select(SvgDocument.TickValue).ToList();

        y.Min().Should().Be(0);
        y.Max().Should().BeGreaterThanOrEqualTo(1.3);
    }

    [Fact]
    public void NaN_breaks_a_line_into_pieces_and_never_reaches_the_svg()
    {
        var spec = Chart(
            new LineSeries("gappy", X, [0.1, 0.2, double.NaN, 0.4, double.NaN, 0.6], OkabeIto.Blue),
            new LineSeries("empty", X, [double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN], OkabeIto.Orange)) with
        {
            Bands = [new BandSeries("b", X, [0.0, 0.1, 0.2, double.NaN, 0.3, 0.4], [0.2, 0.3, 0.4, double.NaN, 0.5, 0.6], OkabeIto.Blue)],
        };

        string svg = Renderer.RenderSvg(spec);
        var doc = new SvgDocument(svg);

        svg.Should().NotContainEquivalentOf("nan");
        svg.Should().NotContainEquivalentOf("infinity");
        var paths = doc.WithClass("series");
        paths.Should().HaveCount(1, "an all-NaN series draws nothing");
        string d = (string)paths[0].Attribute("d")!;
        d.Count(c => c == 'M').Should().Be(3, "two gaps split the line into three runs");
        d.Should().Contain("h0", "isolated points are drawn as dots");
        ((string)doc.WithClass("band")[0].Attribute("d")!).Count(c => c == 'Z').Should().Be(2);
    }

    [Fact]
    public void The_same_spec_gives_the_same_bytes()
    {
        ChartSpec Make() => Chart(new LineSeries("a", [0, 0.5, 1], [1.0 / 3, 2.0 / 3, 0.999], OkabeIto.Blue)) with
        {
            Subtitle = "sub",
            Legend = new LegendSpec([new LegendEntry("a", OkabeIto.Blue)]),
            ReferenceLines = [new ReferenceLine(0.5, "half")],
            EndLabels = [new EndLabel(1, 0.999, "a", OkabeIto.Blue)],
        };

        string first = Renderer.RenderSvg(Make());
        string second = new SvgChartRenderer().RenderSvg(Make());

        second.Should().Be(first);
        first.Should().NotContain("id=\"", "charts need no ids, and ids are where randomness creeps in");
    }

    [Fact]
    public void Numbers_are_written_with_at_most_two_decimals()
    {
        string svg = Renderer.RenderSvg(Chart(new LineSeries("a", [0, 1.0 / 3, 2.0 / 3], [0.123456, 0.654321, 0.111111], OkabeIto.Blue)));
        System.Text.RegularExpressions.Regex.IsMatch(svg, @"\d\.\d{3}").Should().BeFalse();
    }

    [Fact]
    public void Titles_and_labels_are_escaped()
    {
        var spec = Chart(new LineSeries("a", X, [1, 2, 3, 4, 5, 6], OkabeIto.Blue)) with
        {
            Title = "R&D <spillovers>",
            EndLabels = [new EndLabel(5, 6, "Brighton & Hove", OkabeIto.Blue)],
        };

        var doc = new SvgDocument(Renderer.RenderSvg(spec));

        doc.TextsWithClass("title").Should().Equal("R&D <spillovers>");
        doc.TextsWithClass("end-label").Should().Equal("Brighton & Hove");
    }

    [Fact]
    public void End_labels_that_would_collide_are_nudged_apart_in_order()
    {
        var spec = Chart(new LineSeries("a", X, [0, 0.2, 0.4, 0.6, 0.8, 1], OkabeIto.Blue)) with
        {
            EndLabels =
            [
                new EndLabel(5, 0.500, "Middle", OkabeIto.Blue),
                new EndLabel(5, 0.501, "Upper", OkabeIto.Blue),
                new EndLabel(5, 0.499, "Lower", OkabeIto.Blue),
            ],
        };

        var labels = new SvgDocument(Renderer.RenderSvg(spec)).WithClass("end-label")
            .Select(e => (Text: e.Value, Y: SvgDocument.Number(e, "y"))).OrderBy(l => l.Y).ToList();

        labels.Select(l => l.Text).Should().Equal("Upper", "Middle", "Lower");
        for (int i = 1; i < labels.Count; i++) (labels[i].Y - labels[i - 1].Y).Should().BeGreaterThanOrEqualTo(14);
    }

    [Fact]
    public void Points_and_reference_lines_are_drawn()
    {
        var spec = Chart() with
        {
            Points = [new PointSeries("p", X, [1, 2, double.NaN, 4, 5, 6], OkabeIto.Vermillion)],
            ReferenceLines = [new ReferenceLine(0, "zero")],
        };

        var doc = new SvgDocument(Renderer.RenderSvg(spec));

        doc.WithClass("point").Should().HaveCount(5);
        doc.WithClass("reference").Should().HaveCount(1);
        doc.TextsWithClass("y-tick").Select(SvgDocument.TickValue).Min().Should().BeLessThanOrEqualTo(0, "the reference line is part of the range");
    }

    [Fact]
    public void Small_multiples_share_x_and_align_plot_areas()
    {
        var grid = new SmallMultiplesSpec
        {
            Title = "Grid",
            Columns = 2,
            Panels =
            [
                Chart(new LineSeries("a", [0, 10], [0.1, 0.2], OkabeIto.Blue)) with { Title = "A" },
                Chart(new LineSeries("b", [0, 30], [100, 20000], OkabeIto.Blue)) with { Title = "B" },
                Chart(new LineSeries("c", [5, 20], [-1, 1], OkabeIto.Blue)) with { Title = "C" },
            ],
        };

        var doc = new SvgDocument(Renderer.RenderSvg(grid));

        doc.WithClass("panel").Should().HaveCount(3);
        doc.TextsWithClass("panel-title").Should().Equal("A", "B", "C");
        var xTicksPerPanel = doc.WithClass("panel")
            .Select(p => p.Descendants().Where(e => (string?)e.Attribute("class") == "x-tick").Select(e => e.Value).ToList()).ToList();
        xTicksPerPanel.Should().AllSatisfy(t => t.Should().Equal(xTicksPerPanel[0]));
        SvgDocument.TickValue(xTicksPerPanel[0][^1]).Should().BeGreaterThanOrEqualTo(30);
        var bTicks = doc.WithClass("panel")[1].Descendants().Where(e => (string?)e.Attribute("class") == "y-tick").Select(e => SvgDocument.TickValue(e.Value)).ToList();
        bTicks.Max().Should().BeGreaterThanOrEqualTo(20000, "y is not shared by default, each panel covers its own data");
    }

    [Fact]
    public void Mixing_charts_and_maps_in_one_grid_is_refused()
    {
        var grid = new SmallMultiplesSpec
        {
            Title = "Mixed",
            Panels =
            [
                Chart(),
                new BubbleMapSpec { Title = "m", Bubbles = [], ColorScale = new AxisSpec("c"), SizeScale = new SizeScaleSpec("s") },
            ],
        };
        FluentActions.Invoking(() => Renderer.RenderSvg(grid)).Should().Throw<ArgumentException>();
    }
}
