using System.CommandLine;
using AdoptionSim.Cli.Commands;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests;

/// <summary>sweep, summarize and compare, run in-process on the two-cities scenario with a few ticks.</summary>
public sealed class ExperimentCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-exp-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Example(string name) => Path.Combine(RepoRoot(), "scenarios", "experiments", name);

    [Fact]
    public void Sweep_then_summarize_the_example_then_compare_two_sweeps()
    {
        var sweep = Path.Combine(_dir, "s");
        var (exit, output, error) = Run("sweep", Example("two-cities-q.yaml"), "--out", sweep, "--parallel", "2",
            "--set", "replications=2", "--set", "ticks=4", "--set", "grid.adoption.q=[0.3]");
        exit.Should().Be(0, error);
        output.Should().Contain("2 arm(s) × 1 grid point(s) × 2 replication(s) = 4 runs").And.Contain("4 ran, 0 already complete, 0 failed");
        error.Should().Contain("[4/4]");

        (exit, output, error) = Run("sweep", Example("two-cities-q.yaml"), "--out", sweep,
            "--set", "replications=2", "--set", "ticks=4", "--set", "grid.adoption.q=[0.3]");
        exit.Should().Be(0, error);
        output.Should().Contain("0 ran, 4 already complete");

        (exit, output, error) = Run("summarize", sweep);
        exit.Should().Be(0, error);
        output.Should().Contain("σ log productivity").And.Contain("more-links").And.Contain("Δ ").And.Contain("tick 4 (1 years)");
        foreach (var file in new[] { "summary_gap", "summary_city", "summary_national", "summary_policy", "summary_policy_national", "differences_gap", "differences_city", "differences_national", "differences_policy", "differences_policy_national" })
        {
            File.Exists(Path.Combine(sweep, "summary", file + ".parquet")).Should().BeTrue(file);
        }

        var other = Path.Combine(_dir, "t");
        Run("sweep", Example("two-cities-q.yaml"), "--out", other, "--set", "replications=2", "--set", "ticks=4",
            "--set", "grid.adoption.q=[0.3]", "--set", "arms[0].set={adoption.p: 0.05}").ExitCode.Should().Be(0);
        (exit, output, error) = Run("compare", sweep, other, "--out", Path.Combine(_dir, "c"));
        exit.Should().Be(0, error);
        output.Should().Contain("s:baseline").And.Contain("t:more-links");
        File.Exists(Path.Combine(_dir, "c", "differences_gap.parquet")).Should().BeTrue();
    }

    [Fact]
    public void Compare_two_runs_prints_values_and_the_difference()
    {
        var a = Path.Combine(_dir, "a");
        var b = Path.Combine(_dir, "b");
        var scenario = Path.Combine(RepoRoot(), "scenarios", "two-cities.yaml");
        Run("run", scenario, "--ticks", "3", "--threads", "1", "--out", a).ExitCode.Should().Be(0);
        Run("run", scenario, "--ticks", "3", "--threads", "1", "--out", b, "--set", "adoption.q=0.9").ExitCode.Should().Be(0);

        var (exit, output, error) = Run("compare", a, b, "--out", Path.Combine(_dir, "ab"));

        exit.Should().Be(0, error);
        output.Should().Contain("tick 3").And.Contain("Δ ");
        Run("compare", a, Path.Combine(_dir, "nothing")).ExitCode.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Bad_input_gives_the_documented_exit_codes()
    {
        var bad = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(bad, "arms: [{name: a, scenario: nowhere.yaml}]\n");
        Run("sweep", bad, "--out", Path.Combine(_dir, "x")).ExitCode.Should().Be(ExitCodes.Invalid);
        Run("sweep", Example("two-cities-q.yaml"), "--shard", "3/3", "--out", Path.Combine(_dir, "x")).ExitCode.Should().Be(ExitCodes.Usage);
        Run("sweep", Example("two-cities-q.yaml"), "--set", "replicates=2", "--out", Path.Combine(_dir, "x")).ExitCode.Should().Be(ExitCodes.Invalid);
        Run("summarize", _dir).ExitCode.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void A_failed_run_makes_the_sweep_exit_1_after_the_others()
    {
        var sweep = Path.Combine(_dir, "f");
        Directory.CreateDirectory(Path.Combine(sweep, "city_ticks", "arm=baseline", "point=p0", "rep=0.parquet"));

        var (exit, output, error) = Run("sweep", Example("two-cities-q.yaml"), "--out", sweep, "--parallel", "1",
            "--set", "replications=1", "--set", "ticks=2", "--set", "grid.adoption.q=[0.3]");

        exit.Should().Be(ExitCodes.Failed);
        output.Should().Contain("1 ran, 0 already complete, 1 failed");
        error.Should().Contain("failed: arm=baseline point=p0 rep=0");
    }
}
