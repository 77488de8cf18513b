using AdoptionSim.Charts;
using AdoptionSim.Charts.Tests;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.IO.Tests.Figures;

public class ScenarioDifferenceFigureTests
{
    internal static ScenarioDifferenceInput Input()
    {
        double[] t = SampleCities.Years(81);
        ArmDifference Arm(string name, double effect, double noise) => new(name, new BandedSeries(
            t.Select(x => effect * (1 - Math.Exp(-x / 6))).ToArray(),
            t.Select(x => effect * (1 - Math.Exp(-x / 6)) - noise * Math.Sqrt(1 + x)).ToArray(),
            t.Select(x => effect * (1 - Math.Exp(-x / 6)) + noise * Math.Sqrt(1 + x)).ToArray()));
        return new ScenarioDifferenceInput(TimeAxis.Years(t),
        [
            Arm("Brokers in lagging cities", 0.045, 0.004),
            Arm("R&D grants", 0.02, 0.005),
            Arm("Business rates relief", -0.004, 0.003),
        ])
        { Replications = 30 };
    }

    [Fact]
    public void One_line_and_band_per_arm_and_a_line_at_zero()
    {
        var input = Input();
        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(ScenarioDifferenceFigure.Build(input)));

        doc.WithClass("series").Should().HaveCount(3);
        doc.WithClass("band").Should().HaveCount(3);
        var zero = doc.WithClass("reference").Should().ContainSingle().Subject;
        var zeroTick = doc.WithClass("y-tick").Single(e => e.Value == "0");
        (SvgDocument.Number(zeroTick, "y") - SvgDocument.Number(zero, "y1")).Should().BeApproximately(14 * 0.35, 0.02,
            "the reference line sits at the 0 tick");
        var ticks = doc.TextsWithClass("y-tick").Select(s => SvgDocument.TickValue(s) / 100).ToList();
        ticks.Min().Should().BeLessThanOrEqualTo(input.Arms.Min(a => a.Difference.Lower!.Min()));
        ticks.Max().Should().BeGreaterThanOrEqualTo(input.Arms.Max(a => a.Difference.Upper!.Max()));
        doc.TextsWithClass("y-title").Should().Equal("Difference in adoption share (percentage points)");
    }

    [Fact]
    public void Arms_get_distinct_palette_colours_and_legend_entries()
    {
        var spec = ScenarioDifferenceFigure.Build(Input());
        spec.Lines.Select(l => l.Color).Should().OnlyHaveUniqueItems().And.BeSubsetOf(OkabeIto.Categorical);
        spec.Legend!.Entries.Select(e => e.Label).Should().Equal("Brokers in lagging cities", "R&D grants", "Business rates relief");
    }

    [Fact]
    public void No_arms_is_refused() =>
        FluentActions.Invoking(() => ScenarioDifferenceFigure.Build(new ScenarioDifferenceInput(TimeAxis.Ticks([0]), [])))
            .Should().Throw<ArgumentException>();
}
