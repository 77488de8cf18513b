using System.Text.Json.Nodes;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests.Reliability;

/// <summary>
/// <c>run --checkpoint-every N</c> and <c>run --resume DIR</c>: a run killed with SIGKILL three times (once
/// before, once during and once after its checkpoints move on, the later kills hitting resumed processes)
/// and resumed each time ends with Parquet files and summary byte-identical to an uninterrupted run's; a
/// checkpoint of another scenario, state layout or format is refused with exit 2.
/// </summary>
public sealed class CheckpointResumeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-checkpoint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Levers, brokers, entry, exit, relocation and adoption events: all the state a resume must carry (~72,000 firms).</summary>
    private static readonly string[] Scenario24 = ["run", Scenario("innovation-fund.yaml"), "--ticks", "24"];

    private string CheckpointFile(string output) => Path.Combine(_dir, $".{Path.GetFileName(output)}.checkpoint", "checkpoint.json");

    private int CheckpointTick(string output)
    {
        try
        {
            return File.Exists(CheckpointFile(output)) ? (int)JsonNode.Parse(File.ReadAllText(CheckpointFile(output)))!["Tick"]! : 0;
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
        {
            return 0; // being replaced at this instant
        }
    }

    /// <summary>The process is writing a checkpoint's state (its temporary file is there).</summary>
    private bool SavingState(string output, ChildProcess child) => File.Exists(Path.Combine(Path.GetDirectoryName(CheckpointFile(output))!, $"state.tmp-{child.Id}"));

    private static void Kill(ChildProcess child)
    {
        child.Signal("KILL");
        child.Exit(60).Should().Be(137, "SIGKILL ends the process at once: " + child.Error);
    }

    [Fact]
    public void A_run_killed_three_times_and_resumed_is_byte_identical_to_an_uninterrupted_run()
    {
        var whole = Path.Combine(_dir, "whole");
        var (exit, _, error) = Run([.. Scenario24, "--out", whole, "--threads", "2"]);
        exit.Should().Be(0, error);

        var killed = Path.Combine(_dir, "killed");
        var ticksAtKill = new List<int>();

        // 1: soon after the first checkpoint, mid-tick.
        using (var child = ChildProcess.Start([.. Scenario24, "--out", killed, "--checkpoint-every", "2", "--threads", "2"]))
        {
            child.WaitUntil(() => CheckpointTick(killed) >= 2, "the first checkpoint");
            Kill(child);
        }
        ticksAtKill.Add(CheckpointTick(killed));

        // 2: a resumed run, killed while it saves a checkpoint when the poll catches one (else just after one).
        using (var child = ChildProcess.Start("run", "--resume", killed, "--threads", "1"))
        {
            var before = ticksAtKill[^1];
            child.WaitUntil(() => SavingState(killed, child) || CheckpointTick(killed) >= before + 6, "a later checkpoint");
            Kill(child);
        }
        ticksAtKill.Add(CheckpointTick(killed));

        // 3: resumed again and killed between checkpoints, once its progress line shows it has moved on.
        using (var child = ChildProcess.Start("run", "--resume", killed))
        {
            var before = ticksAtKill[^1];
            child.WaitUntil(() => CheckpointTick(killed) > before, "a checkpoint after the second resume");
            Kill(child);
        }
        ticksAtKill.Add(CheckpointTick(killed));
        ticksAtKill.Should().BeInAscendingOrder("a checkpoint is replaced only by a later one");
        ticksAtKill[2].Should().BeGreaterThan(ticksAtKill[1], "the third process got further before it was killed");
        Directory.Exists(killed).Should().BeFalse("a killed run leaves nothing at its destination");

        var resumed = Run("run", "--resume", killed);
        resumed.ExitCode.Should().Be(0, resumed.Error);
        resumed.Error.Should().Contain($"resuming innovation-fund from tick {ticksAtKill[^1]} of 24");

        foreach (var file in Directory.GetFiles(whole).Where(f => Path.GetFileName(f) != "run.json"))
            File.ReadAllBytes(Path.Combine(killed, Path.GetFileName(file))).Should().Equal(File.ReadAllBytes(file), $"{Path.GetFileName(file)} after three kills and resumes");
        Directory.GetFiles(killed).Select(Path.GetFileName).Should().BeEquivalentTo(Directory.GetFiles(whole).Select(Path.GetFileName));
        Directory.Exists(Path.GetDirectoryName(CheckpointFile(killed))).Should().BeFalse("a complete run removes its checkpoint");
        Directory.GetDirectories(_dir, ".*partial-*").Should().BeEmpty("the killed runs' partial folders were removed");

        Run("run", "--resume", killed).Output.Should().Contain("already complete");
    }

    [Fact]
    public void A_killed_sweep_carries_on_its_unfinished_run_from_its_checkpoint_byte_identically()
    {
        File.WriteAllText(Path.Combine(_dir, "two.yaml"), File.ReadAllText(Scenario("two-cities.yaml")) + "firms:\n  per_thousand: 20\n");
        var experiment = Path.Combine(_dir, "long.yaml");
        File.WriteAllText(experiment, "name: long\narms:\n  - name: base\n    scenario: two.yaml\nreplications: 2\nmaster_seed: 5\nticks: 40\n");
        var whole = Path.Combine(_dir, "sweep-whole");
        var (exit, _, error) = Run("sweep", experiment, "--out", whole, "--parallel", "1");
        exit.Should().Be(0, error);

        var killed = Path.Combine(_dir, "sweep-killed");
        string? checkpoint = null;
        using (var child = ChildProcess.Start("sweep", experiment, "--out", killed, "--parallel", "1", "--checkpoint-every", "3"))
        {
            child.WaitUntil(() => (checkpoint = Directory.Exists(killed) ? Directory.GetFiles(killed, "checkpoint.json", SearchOption.AllDirectories).FirstOrDefault() : null) is not null,
                "a run's first checkpoint");
            Thread.Sleep(300);
            Kill(child);
        }
        var tick = (int)JsonNode.Parse(File.ReadAllText(checkpoint!))!["Tick"]!;
        tick.Should().BeGreaterThan(0);
        var runFolder = Path.Combine(Path.GetDirectoryName(checkpoint)!, "..", Path.GetFileName(Path.GetDirectoryName(checkpoint)!)[1..^".checkpoint".Length]);

        (exit, _, error) = Run("sweep", experiment, "--out", killed, "--parallel", "1");
        exit.Should().Be(0, error);

        ((int)JsonNode.Parse(File.ReadAllText(Path.Combine(runFolder, "run.json")))!["resumed_from_tick"]!).Should().Be(tick, "the run carried on from its checkpoint, not from tick 0");
        var files = Directory.GetFiles(whole, "*.parquet", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(whole, f)).ToList();
        files.Should().NotBeEmpty();
        Directory.GetFiles(killed, "*.parquet", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(killed, f)).Should().BeEquivalentTo(files);
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(killed, file)).Should().Equal(File.ReadAllBytes(Path.Combine(whole, file)), $"{file} of the resumed sweep");
        Directory.GetDirectories(killed, "*.checkpoint", SearchOption.AllDirectories).Should().BeEmpty("complete runs remove their checkpoints");
    }

    [Fact]
    public void A_checkpoint_of_another_scenario_layout_or_format_is_refused_with_exit_2()
    {
        var scenario = Path.Combine(_dir, "two-cities.yaml");
        File.Copy(Scenario("two-cities.yaml"), scenario);
        var output = Path.Combine(_dir, "out");
        using (var child = ChildProcess.Start("run", scenario, "--ticks", "400", "--no-events", "--out", output, "--checkpoint-every", "1"))
        {
            child.WaitUntil(() => CheckpointTick(output) >= 1, "the first checkpoint");
            Kill(child);
        }
        var manifest = File.ReadAllText(CheckpointFile(output));

        File.WriteAllText(CheckpointFile(output), manifest.Replace("\"Layout\": \"", "\"Layout\": \"0"));
        var (exit, _, error) = Run("run", "--resume", output);
        exit.Should().Be(2);
        error.Should().Contain("whose model state differs from this build's");

        File.WriteAllText(CheckpointFile(output), manifest.Replace("\"Format\": 1", "\"Format\": 99"));
        (exit, _, error) = Run("run", "--resume", output);
        exit.Should().Be(2);
        error.Should().Contain("checkpoint format 99");

        File.WriteAllText(CheckpointFile(output), manifest);
        File.WriteAllText(scenario, File.ReadAllText(scenario).Replace("population: 150000", "population: 150001"));
        (exit, _, error) = Run("run", "--resume", output);
        exit.Should().Be(2);
        error.Should().Contain("changed since the checkpoint").And.Contain("two-cities.yaml");
        Directory.Exists(output).Should().BeFalse();

        (exit, _, error) = Run("run", "--resume", Path.Combine(_dir, "never"));
        exit.Should().Be(2);
        error.Should().Contain("no checkpoint for");
    }

    [Theory]
    [InlineData(new[] { "run", "x.yaml", "--resume", "d" }, "usage: adoptionsim run: --resume takes no FILE")]
    [InlineData(new[] { "run", "--resume", "d", "--ticks", "3" }, "usage: adoptionsim run: --resume carries on the run as it was started: --ticks cannot be given")]
    [InlineData(new[] { "run", "x.yaml", "--checkpoint-every", "0" }, "usage: adoptionsim run: --checkpoint-every expects a number of ticks of at least 1, got 0")]
    public void Misused_options_are_usage_errors(string[] args, string expected)
    {
        var (exit, _, error) = Run(args);
        exit.Should().Be(64);
        error.Should().StartWith(expected);
    }
}
