using AdoptionSim.Charts;
using AdoptionSim.Charts.Tests;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.IO.Tests.Figures;

public class GapFigureTests
{
    internal static GapInput Input(bool sweep)
    {
        double[] t = SampleCities.Years(81);
        BandedSeries Series(Func<double, double> f, double halfWidth) => sweep
            ? new BandedSeries(t.Select(f).ToArray(), t.Select(x => f(x) - halfWidth * (1 + x / 20)).ToArray(), t.Select(x => f(x) + halfWidth * (1 + x / 20)).ToArray())
            : new BandedSeries(t.Select(f).ToArray());
        return new GapInput(TimeAxis.Years(t),
            SdLog: Series(x => 0.20 + 0.015 * x, 0.02),
            TheilBetween: Series(x => 0.004 + 0.0006 * x, 0.0008),
            TheilWithin: Series(x => 0.010 + 0.0002 * x, 0.001),
            Gini: Series(x => 0.11 + 0.004 * x, 0.01))
        { Replications = sweep ? 20 : null };
    }

    [Fact]
    public void One_panel_per_measure_each_with_its_line()
    {
        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(GapFigure.Build(Input(sweep: false))));

        doc.TextsWithClass("panel-title").Should().Equal(
            "Standard deviation of log", "Gini coefficient", "Theil index between classes", "Theil index within classes");
        doc.WithClass("series").Should().HaveCount(4);
        doc.WithClass("band").Should().BeEmpty();
        doc.WithClass("legend").Should().BeEmpty("a single run needs no legend");
    }

    [Fact]
    public void A_sweep_adds_a_95_percent_band_to_every_panel_and_the_axes_cover_it()
    {
        var input = Input(sweep: true);
        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(GapFigure.Build(input)));

        doc.WithClass("band").Should().HaveCount(4);
        doc.Text.Should().Contain("95% interval").And.Contain("mean of 20 replications");
        var sdLogTicks = doc.WithClass("panel")[0].Descendants()
            .Where(e => (string?)e.Attribute("class") == "y-tick").Select(e => SvgDocument.TickValue(e.Value)).ToList();
        sdLogTicks.Min().Should().BeLessThanOrEqualTo(input.SdLog.Lower!.Min());
        sdLogTicks.Max().Should().BeGreaterThanOrEqualTo(input.SdLog.Upper!.Max());
    }

    [Fact]
    public void Only_one_bound_is_refused()
    {
        var input = Input(sweep: false) with { Gini = new BandedSeries([0.1], Lower: [0.05]) };
        FluentActions.Invoking(() => GapFigure.Build(input)).Should().Throw<ArgumentException>();
    }
}
