using AdoptionSim.Charts;
using AdoptionSim.Charts.Tests;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.IO.Tests.Figures;

public class ArmSeriesFigureTests
{
    private static ArmSeriesInput Input()
    {
        double[] t = SampleCities.Years(41);
        ArmSeries Arm(string name, double level, double noise) => new(name, new BandedSeries(
            t.Select(x => x < 1 ? double.NaN : level).ToArray(),
            t.Select(x => x < 1 ? double.NaN : level - noise).ToArray(),
            t.Select(x => x < 1 ? double.NaN : level + noise).ToArray()));
        return new ArmSeriesInput(TimeAxis.Years(t), [Arm("national", 3.2, 0.1), Arm("place-based", 2.9, 0.3)])
        {
            Measure = "Spend per tick",
            Unit = "£ million",
            Replications = 20,
        };
    }

    [Fact]
    public void One_line_and_band_per_arm_on_an_axis_from_zero()
    {
        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(ArmSeriesFigure.Build(Input(), "Policy spend: allocation")));

        doc.WithClass("series").Should().HaveCount(2);
        doc.WithClass("band").Should().HaveCount(2);
        doc.WithClass("reference").Should().BeEmpty();
        var ticks = doc.TextsWithClass("y-tick").Select(SvgDocument.TickValue).ToList();
        ticks.Min().Should().Be(0);
        ticks.Max().Should().BeGreaterThanOrEqualTo(3.3);
        doc.TextsWithClass("y-title").Should().Equal("Spend per tick (£ million)");
    }

    [Fact]
    public void Arms_get_distinct_colours_and_the_subtitle_says_how_many_replications()
    {
        var spec = ArmSeriesFigure.Build(Input(), "t");
        spec.Lines.Select(l => l.Color).Should().OnlyHaveUniqueItems().And.BeSubsetOf(OkabeIto.Categorical);
        spec.Legend!.Entries.Select(e => e.Label).Should().Equal("national", "place-based");
        spec.Subtitle.Should().Be("Mean of 20 replications per arm; shaded: 95% interval");
    }

    [Fact]
    public void No_arms_or_a_series_of_the_wrong_length_is_refused()
    {
        FluentActions.Invoking(() => ArmSeriesFigure.Build(new ArmSeriesInput(TimeAxis.Ticks([0]), []), "t"))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ArmSeriesFigure.Build(new ArmSeriesInput(TimeAxis.Ticks([0, 1]), [new ArmSeries("a", new BandedSeries([1.0]))]), "t"))
            .Should().Throw<ArgumentException>().WithMessage("*Arm 'a'*");
    }
}
