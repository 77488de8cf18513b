using AdoptionSim.Charts;
using AdoptionSim.Charts.Tests;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.IO.Tests.Figures;

public class JourneyFigureTests
{
    private static readonly TimeAxis Time = TimeAxis.Years([0, 0.25, 0.5, 0.75, 1.0]);

    [Fact]
    public void A_run_gives_one_panel_per_region_with_a_step_line_per_style_and_a_dot_per_critical_moment()
    {
        var north = new RegionJourney("North", [1, 1, 3, 3, 2], ["orchestral", "orchestral", "orchestral", "jamming_super_group", "jamming_super_group"],
            [false, false, true, true, false]);
        var south = new RegionJourney("South", [1, 2, 2, 2, 2], Enumerable.Repeat("barber_shop_quartet", 5).ToList(), [false, true, false, false, false]);
        var spec = JourneyFigure.BuildRun(Time, [north, south], "Journeys");

        spec.Panels.Select(p => p.Title).Should().Equal("North", "South");
        var panel = (ChartSpec)spec.Panels[0];
        panel.Lines.Select(l => l.Name).Should().Equal("orchestral", "jamming_super_group");
        // A step: the stage holds until the next time point, so the line has a horizontal and a vertical piece per point.
        panel.Lines[0].X.Should().Equal(0, 0.25, 0.25, 0.5, 0.5, 0.75);
        panel.Lines[0].Y.Should().Equal(1, 1, 1, 1, 3, 3);
        panel.Points.Single().X.Should().Equal(0.5, 0.75);
        panel.Points.Single().Y.Should().Equal(3, 3);
        spec.Legend!.Entries.Select(e => e.Label).Should().Equal("orchestral", "barber-shop quartet", "jamming super-group", "critical moment");

        var doc = new SvgDocument(new SvgChartRenderer().RenderSvg(spec));
        doc.WithClass("series").Should().HaveCount(3);
    }

    [Fact]
    public void A_sweep_gives_one_line_and_band_per_arm_in_every_region()
    {
        BandedSeries Stage(double level) => new([level, level, level, level, level], [level - 0.2, level - 0.2, level - 0.2, level - 0.2, level - 0.2],
            [level + 0.2, level + 0.2, level + 0.2, level + 0.2, level + 0.2]);
        var regions = new[] { "North", "South", "East" }
            .Select((r, i) => new RegionArmJourneys(r, [new ArmSeries("orchestral", Stage(2 + i * 0.5)), new ArmSeries("jamming", Stage(3))]))
            .ToList();
        var spec = JourneyFigure.BuildSweep(Time, regions, "Journeys", 20);
        spec.Panels.Should().HaveCount(3);
        spec.Panels.Cast<ChartSpec>().Should().OnlyContain(p => p.Lines.Count == 2 && p.Bands.Count == 2);
        spec.Subtitle.Should().StartWith("Mean stage of each functional region's journey per arm (mean of 20 replications");
        spec.Legend!.Entries.Select(e => e.Label).Should().Equal("orchestral", "jamming");
    }
}
