using System.Globalization;
using System.Xml.Linq;
using AdoptionSim.Charts;
using AdoptionSim.Cli.Commands;
using AdoptionSim.Parquet;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests;

/// <summary>`adoptionsim plot` on real (small) runs.</summary>
public sealed class PlotCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-plot-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static XElement[] WithClass(XDocument svg, string cssClass) =>
        svg.Descendants().Where(e => (string?)e.Attribute("class") == cssClass).ToArray();

    /// <summary>Tick label back to a number: "1,250" → 1250, "25%" → 0.25.</summary>
    private static double TickValue(string label)
    {
        bool percent = label.EndsWith('%');
        double v = double.Parse(label.TrimEnd('%').Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture);
        return percent ? v / 100 : v;
    }

    private static double[] Ticks(XElement scope, string cssClass) =>
        scope.Descendants().Where(e => (string?)e.Attribute("class") == cssClass).Select(e => TickValue(e.Value)).ToArray();

    [Fact]
    public void Plot_of_a_small_run_writes_the_five_figures_as_well_formed_svg_covering_the_data()
    {
        var run = TwoCitiesRun(Path.Combine(_dir, "run"));

        var (exit, output, error) = Run("plot", run);

        exit.Should().Be(0, error);
        string figures = Path.Combine(run, "figures");
        string[] expected = ["adoption-share", "gap-mean-productivity", "gap-adoption-share", "map", "map-over-time"];
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().StartWith(expected.Select(n => Path.Combine(figures, n + ".svg")))
            .And.EndWith($"5 figure(s) in {figures}");
        var svgs = expected.ToDictionary(n => n, n => XDocument.Parse(File.ReadAllText(Path.Combine(figures, n + ".svg")))); // throws unless well-formed

        var cityTicks = ParquetFile.Read(Path.Combine(run, "city_ticks.parquet"));
        var shares = cityTicks.GetDouble("adoption_share").Where(double.IsFinite).ToArray();
        var cities = cityTicks.GetString("city").Distinct().Count();
        double lastYear = cityTicks.GetInt32("tick").Max() * 0.25; // two-cities: quarterly ticks

        var share = svgs["adoption-share"];
        WithClass(share, "series").Should().HaveCount(cities, "one line per city");
        var y = Ticks(share.Root!, "y-tick");
        y.Min().Should().BeLessThanOrEqualTo(shares.Min());
        y.Max().Should().BeGreaterThanOrEqualTo(shares.Max());
        var x = Ticks(share.Root!, "x-tick");
        x.Min().Should().BeLessThanOrEqualTo(0);
        x.Max().Should().BeGreaterThanOrEqualTo(lastYear);

        var gap = svgs["gap-mean-productivity"];
        WithClass(gap, "series").Should().HaveCount(4, "four measures, one line each");
        WithClass(gap, "band").Should().BeEmpty("a single run has no interval");
        var gapTicks = ParquetFile.Read(Path.Combine(run, "gap_ticks.parquet"));
        var productivity = Enumerable.Range(0, gapTicks.RowCount).Where(i => gapTicks.GetString("variable")[i] == "mean_productivity").ToArray();
        var sdLogPanel = WithClass(gap, "panel")[0];
        var sdLog = productivity.Select(i => gapTicks.GetDouble("sd_log")[i]).ToArray();
        Ticks(sdLogPanel, "y-tick").Max().Should().BeGreaterThanOrEqualTo(sdLog.Max());
        Ticks(sdLogPanel, "y-tick").Min().Should().BeLessThanOrEqualTo(sdLog.Min());

        WithClass(svgs["map"], "bubble").Should().HaveCount(cities);
        WithClass(svgs["map-over-time"], "bubble").Should().HaveCount(3 * cities, "three panels");
    }

    [Fact]
    public void The_Bass_run_gives_the_validation_figure_with_p_and_q_from_run_json()
    {
        var run = Path.Combine(_dir, "bass");
        Run("run", Scenario("bass.yaml"), "--ticks", "80", "--set", "adoption.q=0.5", "--no-events", "--out", run).ExitCode.Should().Be(0);

        var (exit, output, error) = Run("plot", run);

        exit.Should().Be(0, error);
        output.Should().Contain("bass-validation.svg").And.Contain("adoption-share.svg").And.NotContain("gap-");
        error.Should().Contain("need at least two cities");
        var svg = XDocument.Parse(File.ReadAllText(Path.Combine(run, "figures", "bass-validation.svg")));
        svg.Root!.Value.Should().Contain("p = 0.03, q = 0.5");
        // 81 time points: the simulation as a line, the closed form dashed on top.
        WithClass(svg, "series").Should().HaveCount(2);
        Ticks(svg.Root!, "x-tick").Max().Should().BeGreaterThanOrEqualTo(8, "80 ticks of 0.1 year");
    }

    [Fact]
    public void Png_output_writes_png_files_where_rsvg_convert_is_installed()
    {
        var run = TwoCitiesRun(Path.Combine(_dir, "run"));
        new PngConverter().IsAvailable.Should().BeTrue("bash scripts/setup.sh installs librsvg2-bin");

        var (exit, output, error) = Run("plot", run, "--format", "png", "--out", Path.Combine(_dir, "png"), "--only", "adoption-share", "map");

        exit.Should().Be(0, error);
        var files = Directory.GetFiles(Path.Combine(_dir, "png")).Select(Path.GetFileName).Order().ToList();
        files.Should().Equal("adoption-share.png", "map.png");
        foreach (var f in files)
            File.ReadAllBytes(Path.Combine(_dir, "png", f!)).Take(4).Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
    }

    [Fact]
    public void Png_without_rsvg_convert_is_a_one_line_error_with_exit_code_1()
    {
        var run = TwoCitiesRun(Path.Combine(_dir, "run"));
        var root = new System.CommandLine.RootCommand { PlotCommand.Create(new PngConverter(Path.Combine(_dir, "missing", "rsvg-convert"))) };

        var (exit, output, error) = Run(root, "plot", run, "--format", "png");

        exit.Should().Be(ExitCodes.Failed);
        error.Trim().Should().Be("error: PNG output needs rsvg-convert (Debian package librsvg2-bin): install it or use --format svg");
        output.Should().BeEmpty();
    }

    [Fact]
    public void Bad_input_exits_2_with_a_message()
    {
        var run = TwoCitiesRun(Path.Combine(_dir, "run"));
        Run("plot", run, "--tick", "99").Should().Match<(int ExitCode, string Output, string Error)>(r => r.ExitCode == 2 && r.Error.Contains("ticks 0 to 8"));
        Run("plot", _dir).Should().Match<(int ExitCode, string Output, string Error)>(r => r.ExitCode == 2 && r.Error.Contains("neither a run folder"));

        var sweep = Directory.CreateDirectory(Path.Combine(_dir, "sweep")).FullName;
        File.WriteAllText(Path.Combine(sweep, "experiment.json"), "{}");
        var (exit, _, error) = Run("plot", sweep);
        exit.Should().Be(2);
        error.Should().Contain($"run `adoptionsim summarize {sweep}` first");
    }

    [Fact]
    public void The_map_tick_can_be_chosen()
    {
        var run = TwoCitiesRun(Path.Combine(_dir, "run"));

        Run("plot", run, "--tick", "4", "--only", "map").ExitCode.Should().Be(0);

        File.ReadAllText(Path.Combine(run, "figures", "map.svg")).Should().Contain("Year 1;");
    }
}
