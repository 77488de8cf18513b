using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests.Reliability;

/// <summary>
/// A run stopped by a signal: SIGINT and SIGTERM stop it cleanly (exit 130, its partial folder removed, nothing
/// at the destination); SIGKILL cannot be caught, so its partial folder stays until the next run beside it
/// removes it and says so. Each test runs the real command in a child process and signals it mid-run.
/// </summary>
public sealed class InterruptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-signal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A run long enough to be caught in the middle: ~86,000 firms for 400 ticks (minutes if left alone).</summary>
    private ChildProcess StartLongRun(string output) =>
        ChildProcess.Start("run", Scenario("two-cities.yaml"), "--set", "firms.per_thousand=40", "--ticks", "400", "--no-events", "--threads", "1", "--out", output);

    private string[] Partials() => Directory.GetDirectories(_dir, ".*partial-*");

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_signal_stops_the_run_with_exit_130_and_removes_its_partial_folder(string signal)
    {
        var output = Path.Combine(_dir, "out");
        using var child = StartLongRun(output);
        child.WaitUntil(() => child.Error.Contains("tick ", StringComparison.Ordinal) && Partials().Length == 1, "the run started ticking");

        child.Signal(signal);

        child.Exit(60).Should().Be(130, child.Error);
        child.Error.Should().Contain("interrupted");
        Partials().Should().BeEmpty("the run removes its partial folder on the way out");
        Directory.Exists(output).Should().BeFalse("nothing claims to be a complete run");
        File.Exists(Path.Combine(_dir, ".out.lock")).Should().BeFalse("the output lock is released and removed");
    }

    [Fact]
    public void After_kill_9_the_next_run_beside_it_removes_the_stale_partial_folder_and_says_so()
    {
        using (var child = StartLongRun(Path.Combine(_dir, "killed")))
        {
            child.WaitUntil(() => Partials().Length == 1 && child.Error.Contains("tick ", StringComparison.Ordinal), "the run started ticking");
            child.Signal("KILL");
            child.Exit(60).Should().Be(137);
        }

        var stale = Partials().Should().ContainSingle().Subject;

        var (exit, _, error) = Run("run", Scenario("two-cities.yaml"), "--ticks", "2", "--out", Path.Combine(_dir, "next"));

        exit.Should().Be(0, error);
        error.Should().Contain($"removed {stale}").And.Contain("left by a process that is gone");
        Partials().Should().BeEmpty();
        Directory.Exists(Path.Combine(_dir, "killed")).Should().BeFalse();

        // The killed run's folder can be written again: its lock died with it.
        Run("run", Scenario("two-cities.yaml"), "--ticks", "2", "--out", Path.Combine(_dir, "killed")).ExitCode.Should().Be(0);
    }

    [Fact]
    public void A_second_run_into_a_folder_being_written_is_refused_with_the_holders_pid()
    {
        var output = Path.Combine(_dir, "shared");
        using var first = StartLongRun(output);
        first.WaitUntil(() => Partials().Length == 1, "the first run made its partial folder");

        var (exit, _, error) = Run("run", Scenario("two-cities.yaml"), "--ticks", "2", "--out", output, "--force");

        exit.Should().Be(1);
        error.Should().Contain($"is being written by process {first.Id}").And.Contain("choose another --out");
        Partials().Should().ContainSingle("the first run's folder is untouched (it is alive)");
        first.Signal("INT");
        first.Exit(60).Should().Be(130);
    }

    [Fact]
    public void A_signal_stops_a_sweep_with_exit_130_keeping_complete_runs_for_resume()
    {
        var experiment = Path.Combine(_dir, "e.yaml");
        File.WriteAllText(experiment, $$"""
            name: slow
            arms: [{name: a, scenario: {{Scenario("two-cities.yaml")}}}]
            replications: 50
            ticks: 40
            """);
        var output = Path.Combine(_dir, "sweep");
        using var child = ChildProcess.Start("sweep", experiment, "--out", output, "--parallel", "1");
        child.WaitUntil(() => child.Error.Contains("[1/50]", StringComparison.Ordinal), "the first run finished");

        child.Signal("TERM");

        child.Exit(60).Should().Be(130, child.Error);
        child.Error.Should().Contain("run the same command again to resume");
        Directory.GetDirectories(output, "*partial-*", SearchOption.AllDirectories).Should().BeEmpty();
    }
}
