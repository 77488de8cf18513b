using AdoptionSim.Cli.Commands;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests;

/// <summary>
/// <c>sensitivity</c> and <c>calibrate</c> from the command line on tiny studies of the two-cities scenario with four
/// fixed ideas (scenarios/calibration/two-cities-ideas.yaml) over 8 ticks: exit codes, what they print, the files
/// and figures they leave, and <c>plot</c> redrawing those figures. The numerics are tested in
/// AdoptionSim.Analysis.Tests and the study machinery in AdoptionSim.IO.Tests/Studies.
/// </summary>
public sealed class StudyCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-study-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Ideas => Scenario(Path.Combine("calibration", "two-cities-ideas.yaml"));

    /// <summary>A Morris screening of adoption.q (plus any parameter lines given) on the adoption share at tick 8.</summary>
    private string Morris(int trajectories, string moreParameters = "") => Write("m.yaml", $"""
        name: tiny-morris
        scenario: {Ideas}
        parameters:
          - {"{"}key: adoption.q, lower: 2, upper: 8{"}"}
        {moreParameters}
        method: morris
        morris: {"{"}trajectories: {trajectories}{"}"}
        outputs:
          - {"{"}name: adoption, measure: city_ticks.adoption_share, at_ticks: [8]{"}"}
        replications: 1
        ticks: 8
        seed: 3
        """);

    /// <summary>A rejection ABC of the university brokers' capacity against the given data rows (tick,city,measure,value).</summary>
    private string RejectionAbc(string rows, int simulations, int accepted)
    {
        var csv = Write("data.csv", "tick,city,measure,value\n" + rows);
        return Write("c.yaml", $"""
            name: tiny-abc
            scenario: {Ideas}
            parameters:
              - {"{"}key: brokers.university.capacity, lower: 4, upper: 40{"}"}
            observed: {"{"}file: {Path.GetFileName(csv)}{"}"}
            method: abc-rejection
            abc_rejection: {"{"}simulations: {simulations}, accepted: {accepted}{"}"}
            ticks: 8
            seed: 3
            """);
    }

    [Fact]
    public void Sensitivity_prints_the_morris_effects_and_leaves_tables_and_figures_that_plot_redraws()
    {
        var file = Morris(trajectories: 3, "  - {key: network.competitor_trust, lower: 0.2, upper: 1}");
        var output = Path.Combine(_dir, "out");

        var (exit, stdout, stderr) = Run("sensitivity", file, "--out", output, "--parallel", "2");

        exit.Should().Be(ExitCodes.Ok, stderr);
        stdout.Should().Contain("adoption@tick=8:").And.Contain("adoption.q").And.Contain("mu*");
        foreach (var table in new[] { "indices.parquet", "design.parquet", "outputs.parquet", "sensitivity.json" })
            File.Exists(Path.Combine(output, table)).Should().BeTrue(table);
        Directory.GetFiles(Path.Combine(output, "figures"), "*.svg").Should().HaveCount(2, "a μ*–σ scatter and a μ* bar chart for the one response");

        var plots = Path.Combine(_dir, "plots");
        var plot = Run("plot", output, "--out", plots);
        plot.ExitCode.Should().Be(ExitCodes.Ok, plot.Error);
        Directory.GetFiles(plots, "*.svg").Should().HaveCount(2);
    }

    [Fact]
    public void Calibrate_prints_the_posterior_of_a_rejection_abc()
    {
        var file = RejectionAbc("8,Hub,city_ticks.adoption_share,0.02\n8,,city_ticks.introductions,27\n", simulations: 8, accepted: 3);
        var output = Path.Combine(_dir, "out");

        var (exit, stdout, stderr) = Run("calibrate", file, "--out", output, "--parallel", "2");

        exit.Should().Be(ExitCodes.Ok, stderr);
        stdout.Should().Contain("2 observed value(s)").And.Contain("posterior: 3 draws").And.Contain("brokers.university.capacity");
        foreach (var table in new[] { "calibration.json", "estimates.parquet", "posterior.parquet", "moments.parquet", "fitted.parquet" })
            File.Exists(Path.Combine(output, table)).Should().BeTrue(table);
        File.Exists(Path.Combine(output, "figures", "fitted-vs-observed.svg")).Should().BeTrue();
    }

    [Fact]
    public void Sharded_abc_runs_each_shard_then_the_plain_command_gathers_them_into_the_same_posterior()
    {
        var file = RejectionAbc("8,Hub,city_ticks.adoption_share,0.02\n", simulations: 6, accepted: 2);
        var sharded = Path.Combine(_dir, "sharded");
        foreach (var shard in new[] { "0/2", "1/2" })
        {
            var part = Run("calibrate", file, "--out", sharded, "--shard", shard, "--parallel", "1");
            part.ExitCode.Should().Be(ExitCodes.Ok, part.Error);
            part.Output.Should().Contain($"; shard {shard}; 1 at once").And.Contain($"shard {shard}: its runs are complete in {Path.GetFullPath(sharded)} (")
                .And.Contain($"next, once every shard is done: adoptionsim calibrate {file} --out {sharded}");
            part.Output.Should().NotContain("posterior:", "a shard makes its runs and stops");
            part.Output.Should().NotContain("chooses each batch", "rejection ABC draws every simulation up front, so shards need not run together");
        }

        var gathered = Run("calibrate", file, "--out", sharded, "--parallel", "2");
        var whole = Run("calibrate", file, "--out", Path.Combine(_dir, "whole"), "--parallel", "2");

        gathered.ExitCode.Should().Be(ExitCodes.Ok, gathered.Error);
        whole.ExitCode.Should().Be(ExitCodes.Ok, whole.Error);
        static string Posterior(string output) => string.Join('\n', output.Split('\n').Where(l => l.StartsWith("posterior:") || l.StartsWith("  ")));
        Posterior(gathered.Output).Should().Contain("posterior: 2 draws").And.Be(Posterior(whole.Output), "sharding changes where runs are made, not what they give");
    }

    [Fact]
    public void A_sharded_sensitivity_study_says_how_to_gather_it()
    {
        var file = Morris(trajectories: 2);
        var output = Path.Combine(_dir, "out");

        var (exit, stdout, stderr) = Run("sensitivity", file, "--out", output, "--shard", "1/3", "--parallel", "1");

        exit.Should().Be(ExitCodes.Ok, stderr);
        stdout.Should().Contain("; shard 1/3; 1 at once").And.Contain($"shard 1/3: its runs are complete in {Path.GetFullPath(output)}\n")
            .And.Contain($"next, once every shard is done: adoptionsim sensitivity {file} --out {output}");
        stdout.Should().NotContain("mu*");
    }

    [Fact]
    public void Invalid_files_exit_with_2_and_located_errors_before_anything_runs()
    {
        var file = Write("bad.yaml", $"""
            name: bad
            scenario: {Ideas}
            parameters:
              - {"{"}key: adoption.qq, lower: 2, upper: 8{"}"}
            method: morris
            outputs:
              - {"{"}measure: city_ticks.adoption_share, at_ticks: [8]{"}"}
            """);
        var output = Path.Combine(_dir, "out");

        var (exit, _, stderr) = Run("sensitivity", file, "--out", output);

        exit.Should().Be(ExitCodes.Invalid);
        stderr.Should().Contain("bad.yaml:4:").And.Contain("adoption.qq");
        Directory.Exists(output).Should().BeFalse("nothing is run or written");
        Run("calibrate", Path.Combine(_dir, "missing.yaml")).ExitCode.Should().NotBe(ExitCodes.Ok);
    }
}
