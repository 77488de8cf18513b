using AdoptionSim.Charts;
using AdoptionSim.Charts.Tests;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.IO.Tests.Figures;

public class CityMapFigureTests
{
    internal static CityMapInput Input()
    {
        double[] years = SampleCities.Years(81);
        var cities = SampleCities.All.Select((c, i) => new MapCity(c.City, c.Lat, c.Lon,
            years.Select(t => c.Firms * (1 + 0.002 * t * (i % 5))).ToArray(), SampleCities.Share(i, years))).ToList();
        return new CityMapInput(TimeAxis.Years(years), cities);
    }

    [Fact]
    public void One_circle_per_city_and_London_top_and_bottom_labelled()
    {
        var input = Input();
        int t = input.Time.Count - 1;
        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(CityMapFigure.Build(input, t)));

        doc.WithClass("bubble").Should().HaveCount(input.Cities.Count);
        string top = input.Cities.MaxBy(c => c.Share[t])!.City;
        string bottom = input.Cities.MinBy(c => c.Share[t])!.City;
        doc.TextsWithClass("map-label").Should().BeEquivalentTo(new[] { "London", top, bottom });
        doc.Text.Should().Contain("Year 20");
    }

    [Fact]
    public void Small_multiples_share_the_colour_scale_and_the_size_scale()
    {
        var input = Input();
        var ticks = CityMapFigure.EvenlySpaced(input.Time, 3);
        ticks.Should().Equal(0, 40, 80);
        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(CityMapFigure.BuildSmallMultiples(input, ticks)));

        doc.WithClass("map").Should().HaveCount(3);
        doc.WithClass("bubble").Should().HaveCount(3 * input.Cities.Count);
        doc.WithClass("colour-bar").Should().ContainSingle("one colour bar serves all panels");
        doc.TextsWithClass("panel-title").Should().Equal("Year 0", "Year 10", "Year 20");
        var labelsPerPanel = doc.WithClass("map")
            .Select(m => m.Descendants().Where(e => (string?)e.Attribute("class") == "map-label").Select(e => e.Value).Order().ToList()).ToList();
        labelsPerPanel.Should().AllSatisfy(l => l.Should().Equal(labelsPerPanel[0]), "the same cities are followed across panels");
        labelsPerPanel[0].Should().Contain("London");

        // London's firm count is fixed in the sample, so its circle must be the same size in every panel.
        int london = input.Cities.ToList().FindIndex(c => c.City == "London");
        input.Cities[london].Firms.Distinct().Should().ContainSingle();
        var londonRadii = doc.WithClass("map").Select(m => m.Descendants()
            .Where(e => (string?)e.Attribute("class") == "bubble").Max(c => SvgDocument.Number(c, "r"))).ToList();
        londonRadii.Should().AllSatisfy(r => r.Should().Be(londonRadii[0]));

        var colourTicks = doc.TextsWithClass("colour-tick").Select(SvgDocument.TickValue).ToList();
        double lowest = ticks.Min(t => input.Cities.Min(c => c.Share[t]));
        double highest = ticks.Max(t => input.Cities.Max(c => c.Share[t]));
        colourTicks.Min().Should().BeLessThanOrEqualTo(lowest);
        colourTicks.Max().Should().BeGreaterThanOrEqualTo(highest);
    }

    [Fact]
    public void Same_data_same_bytes()
    {
        var input = CityMapFigureTests.Input();
        string a = new SvgChartRenderer().RenderSvg(CityMapFigure.BuildSmallMultiples(input, [0, 40, 80]));
        string b = new SvgChartRenderer().RenderSvg(CityMapFigure.BuildSmallMultiples(CityMapFigureTests.Input(), [0, 40, 80]));
        b.Should().Be(a);
    }

    [Fact]
    public void A_time_index_outside_the_run_is_refused() =>
        FluentActions.Invoking(() => CityMapFigure.Build(Input(), 81)).Should().Throw<ArgumentOutOfRangeException>();
}
