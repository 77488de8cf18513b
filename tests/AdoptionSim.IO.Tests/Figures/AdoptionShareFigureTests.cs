using AdoptionSim.Charts;
using AdoptionSim.Charts.Tests;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.IO.Tests.Figures;

public class AdoptionShareFigureTests
{
    private static AdoptionShareInput Input(int timePoints = 81)
    {
        double[] years = SampleCities.Years(timePoints);
        var cities = SampleCities.All.Select((c, i) => new CityShareSeries(c.City, c.Class, SampleCities.Share(i, years))).ToList();
        return new AdoptionShareInput(TimeAxis.Years(years), cities);
    }

    [Fact]
    public void One_line_per_city_and_one_legend_entry_per_class()
    {
        var spec = AdoptionShareFigure.Build(Input());
        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(spec));

        doc.WithClass("series").Should().HaveCount(SampleCities.All.Length);
        spec.Legend!.Entries.Select(e => e.Label).Should().Equal(
            "High performing", "Service innovator", "Technology innovator", "Innovation potential", "Low innovation");
    }

    [Fact]
    public void London_and_the_top_and_bottom_cities_at_the_last_tick_are_labelled()
    {
        var input = Input();
        int last = input.Time.Count - 1;
        string top = input.Cities.MaxBy(c => c.Share[last])!.City;
        string bottom = input.Cities.MinBy(c => c.Share[last])!.City;

        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(AdoptionShareFigure.Build(input)));

        doc.TextsWithClass("end-label").Should().BeEquivalentTo(new[] { "London", top, bottom });
    }

    [Fact]
    public void A_city_that_is_both_London_and_top_is_labelled_once()
    {
        var time = TimeAxis.Ticks([0, 1, 2]);
        var input = new AdoptionShareInput(time,
        [
            new CityShareSeries("London", "high_performing", [0.1, 0.5, 0.9]),
            new CityShareSeries("Hull", "low_innovation", [0.1, 0.2, 0.3]),
            new CityShareSeries("Leeds", "service_innovator", [0.1, 0.3, double.NaN]),
        ]);

        AdoptionShareFigure.LabelledCities(input).Should().BeEquivalentTo(new[] { "London", "Hull" }, "Leeds has no value at the last tick");
        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(AdoptionShareFigure.Build(input)));
        doc.TextsWithClass("end-label").Should().HaveCount(2);
        doc.TextsWithClass("x-title").Should().Equal("Tick");
    }

    [Fact]
    public void Lines_use_their_class_colour_and_the_y_axis_covers_the_highest_share()
    {
        var input = Input();
        var spec = AdoptionShareFigure.Build(input);
        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(spec));

        spec.Lines.Single(l => l.Name == "Hull").Color.Should().Be(OkabeIto.Vermillion);
        spec.Lines.Single(l => l.Name == "London").Color.Should().Be(OkabeIto.Blue);
        double highest = input.Cities.SelectMany(c => c.Share).Max();
        var ticks = doc.TextsWithClass("y-tick").Select(SvgDocument.TickValue).ToList();
        ticks.Min().Should().Be(0);
        ticks.Max().Should().BeGreaterThanOrEqualTo(highest);
    }

    [Fact]
    public void A_series_of_the_wrong_length_is_refused_with_the_city_named()
    {
        var input = new AdoptionShareInput(TimeAxis.Ticks([0, 1, 2]), [new CityShareSeries("Derby", "technology_innovator", [0.1, 0.2])]);
        FluentActions.Invoking(() => AdoptionShareFigure.Build(input)).Should().Throw<ArgumentException>().WithMessage("*Derby*");
    }

    [Fact]
    public void Same_data_same_bytes()
    {
        string a = new SvgChartRenderer().RenderSvg(AdoptionShareFigure.Build(Input()));
        string b = new SvgChartRenderer().RenderSvg(AdoptionShareFigure.Build(Input()));
        b.Should().Be(a);
    }
}
