using AdoptionSim.Charts;
using AdoptionSim.Charts.Tests;
using AdoptionSim.IO.Figures;
using AdoptionSim.IO.Plotting;

namespace AdoptionSim.IO.Tests.Plotting;

/// <summary>`adoptionsim plot` on a sweep, from hand-written summary tables in the agreed layout.</summary>
public class SweepPlotTests
{
    private static readonly string[] ThreeArms = ["baseline", "national", "place-based"];

    private static SvgDocument Svg(string dir, string name) => new(File.ReadAllText(Path.Combine(dir, name + ".svg")));

    private static double[] YTicks(SvgDocument svg, int panel = 0)
    {
        var panels = svg.Root.Descendants().Where(e => (string?)e.Attribute("class") == "panel").ToList();
        var scope = panels.Count > 0 ? panels[panel] : svg.Root;
        return scope.Descendants().Where(e => (string?)e.Attribute("class") == "y-tick").Select(e => SvgDocument.TickValue(e.Value)).ToArray();
    }

    [Fact]
    public void A_sweep_with_three_arms_gives_every_figure_per_arm_and_the_differences()
    {
        using var sweep = new SweepFixture(ThreeArms);

        var result = FigurePlotter.Plot(sweep.Root);

        var names = result.Files.Select(Path.GetFileNameWithoutExtension).ToList();
        names.Should().BeEquivalentTo(
            "adoption-share--baseline", "gap-mean-productivity--baseline", "gap-adoption-share--baseline",
            "adoption-share--national", "gap-mean-productivity--national", "gap-adoption-share--national",
            "adoption-share--place-based", "gap-mean-productivity--place-based", "gap-adoption-share--place-based",
            "difference-mean-productivity-sd-log", "difference-mean-productivity-gini",
            "difference-adoption-share-sd-log", "difference-adoption-share-gini",
            "map--baseline", "map-over-time--baseline");
        result.OutputDirectory.Should().Be(Path.Combine(sweep.Root, "figures"));
        result.Files.Should().OnlyContain(f => File.Exists(f));
    }

    [Fact]
    public void Gap_figures_of_a_sweep_have_a_band_and_a_line_in_each_of_the_four_panels()
    {
        using var sweep = new SweepFixture(ThreeArms);
        var dir = FigurePlotter.Plot(sweep.Root).OutputDirectory;

        var svg = Svg(dir, "gap-mean-productivity--national");

        svg.WithClass("series").Should().HaveCount(4);
        svg.WithClass("band").Should().HaveCount(4);
        svg.Text.Should().Contain("Mean of 10 replications").And.Contain("95% interval").And.Contain("national");
        // Panel 0 is the SD of log: its axis covers the interval of arm 1 (national), variable 1 (mean_productivity), measure 1 (sd_log).
        var ticks = YTicks(svg, panel: 0);
        var bounds = Enumerable.Range(0, SweepFixture.Ticks)
            .SelectMany(t => new[] { SweepFixture.Mean(1, 1, 1, t, false) - SweepFixture.HalfWidth(1, t, false), SweepFixture.Mean(1, 1, 1, t, false) + SweepFixture.HalfWidth(1, t, false) })
            .ToList();
        ticks.Min().Should().BeLessThanOrEqualTo(bounds.Min());
        ticks.Max().Should().BeGreaterThanOrEqualTo(bounds.Max());
    }

    [Fact]
    public void The_difference_figure_has_one_line_and_band_per_arm_and_its_axis_covers_every_interval()
    {
        using var sweep = new SweepFixture(ThreeArms);
        var dir = FigurePlotter.Plot(sweep.Root).OutputDirectory;

        var svg = Svg(dir, "difference-mean-productivity-sd-log");

        svg.WithClass("series").Should().HaveCount(2, "one line per arm besides the baseline");
        svg.WithClass("band").Should().HaveCount(2);
        svg.Text.Should().Contain("national").And.Contain("place-based").And.Contain("= baseline");
        var ticks = YTicks(svg);
        // Arm 2 (place-based) has the wide interval; measure 1 = sd_log, variable 1 = mean_productivity.
        var bounds = new[] { 1, 2 }.SelectMany(a => Enumerable.Range(0, SweepFixture.Ticks).SelectMany(t => new[]
        {
            SweepFixture.Mean(a, 1, 1, t, true) - SweepFixture.HalfWidth(a, t, true),
            SweepFixture.Mean(a, 1, 1, t, true) + SweepFixture.HalfWidth(a, t, true),
        })).ToList();
        ticks.Min().Should().BeLessThanOrEqualTo(bounds.Min());
        ticks.Max().Should().BeGreaterThanOrEqualTo(bounds.Max());
        var x = svg.TextsWithClass("x-tick").Select(SvgDocument.TickValue).ToList();
        x.Min().Should().BeLessThanOrEqualTo(0);
        x.Max().Should().BeGreaterThanOrEqualTo((SweepFixture.Ticks - 1) * SweepFixture.YearsPerTick);
    }

    [Fact]
    public void The_adoption_share_figure_of_an_arm_has_one_line_per_city()
    {
        using var sweep = new SweepFixture(ThreeArms);
        var dir = FigurePlotter.Plot(sweep.Root).OutputDirectory;

        var svg = Svg(dir, "adoption-share--place-based");

        svg.WithClass("series").Should().HaveCount(SweepFixture.Cities.Length);
        svg.TextsWithClass("end-label").Should().Contain("London");
    }

    [Fact]
    public void A_sweep_with_one_arm_has_no_difference_figure_and_a_sweep_without_positions_no_map()
    {
        using var sweep = new SweepFixture(["baseline"], positions: false);

        var result = FigurePlotter.Plot(sweep.Root);

        result.Files.Select(Path.GetFileNameWithoutExtension).Should().BeEquivalentTo(
            "adoption-share--baseline", "gap-mean-productivity--baseline", "gap-adoption-share--baseline");
        result.Notes.Should().ContainSingle(n => n.Contains("cities.parquet"));
    }

    [Fact]
    public void A_sweep_that_is_not_summarized_says_to_run_summarize()
    {
        using var sweep = new SweepFixture(ThreeArms, summary: false);

        FluentActions.Invoking(() => FigurePlotter.Plot(sweep.Root))
            .Should().Throw<PlotInputException>().WithMessage($"*run `adoptionsim summarize {sweep.Root}` first*");
    }

    [Fact]
    public void A_sweep_of_the_Bass_case_gives_the_validation_figure_with_a_band_over_replications()
    {
        using var sweep = new SweepFixture(["baseline"], positions: false);
        File.Delete(Path.Combine(sweep.Root, "summary", "summary_gap.parquet"));
        File.WriteAllText(Path.Combine(sweep.Root, "experiment.json"),
            """{"name": "bass-reps", "scenario": {"name": "bass", "adoption": {"p": 0.03, "q": 0.38}, "network": {"mixing": "full"}}}""");
        sweep.WriteCity(Path.Combine(sweep.Root, "summary", "summary_city.parquet"), [("Bassville", "innovation_potential")],
            (_, _, t) => BassValidationFigure.ClosedForm(t * SweepFixture.YearsPerTick, 0.03, 0.38));

        var result = FigurePlotter.Plot(sweep.Root);

        result.Files.Select(Path.GetFileNameWithoutExtension).Should().Contain("bass-validation--baseline");
        var svg = Svg(result.OutputDirectory, "bass-validation--baseline");
        svg.WithClass("band").Should().HaveCount(1);
        svg.Text.Should().Contain("p = 0.03, q = 0.38").And.Contain("mean of 10 replications");
    }

    [Fact]
    public void Png_without_rsvg_convert_is_a_clear_error_before_anything_is_written()
    {
        using var sweep = new SweepFixture(ThreeArms);
        var options = new PlotOptions { Format = FigureFormat.Png, Converter = new PngConverter(Path.Combine(sweep.Root, "no-such-dir", "rsvg-convert")) };

        FluentActions.Invoking(() => FigurePlotter.Plot(sweep.Root, options))
            .Should().Throw<ToolMissingException>().WithMessage(PngConverter.MissingMessage);
        Directory.Exists(Path.Combine(sweep.Root, "figures")).Should().BeFalse();
    }

    [Fact]
    public void Png_figures_of_a_sweep_are_png_files()
    {
        using var sweep = new SweepFixture(ThreeArms);

        var result = FigurePlotter.Plot(sweep.Root, new PlotOptions { Format = FigureFormat.Png, Only = ["difference-mean-productivity-sd-log"] });

        result.Files.Should().ContainSingle().Which.Should().EndWith("difference-mean-productivity-sd-log.png");
        File.ReadAllBytes(result.Files[0]).Take(4).Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
    }

    [Fact]
    public void The_same_summary_gives_the_same_bytes()
    {
        using var sweep = new SweepFixture(ThreeArms);
        var first = FigurePlotter.Plot(sweep.Root, new PlotOptions { OutputDirectory = Path.Combine(sweep.Root, "a") });
        var second = FigurePlotter.Plot(sweep.Root, new PlotOptions { OutputDirectory = Path.Combine(sweep.Root, "b") });

        for (int i = 0; i < first.Files.Count; i++)
            File.ReadAllBytes(second.Files[i]).Should().Equal(File.ReadAllBytes(first.Files[i]), Path.GetFileName(first.Files[i]));
    }
}
