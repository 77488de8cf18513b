using System.CommandLine;
using AdoptionSim.Cli.Display;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Runs;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim sweep FILE [--parallel N] [--shard i/N] [--out DIR] [--set key=value]…</c>.</summary>
public static class SweepCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Experiment file (YAML): arms, grid, replications, master seed." };
        var parallel = new Option<int?>("--parallel") { Description = "Runs at once (default: cores ÷ threads_per_run). Results do not depend on it." };
        var shard = new Option<string?>("--shard") { Description = "Run only shard i of N (runs whose index mod N is i), e.g. --shard 3/16 on a cluster." };
        var output = new Option<string?>("--out") { Description = "Output folder (default: outputs/experiments/<name>/)." };
        var sets = new Option<string[]>("--set")
        {
            Description = "Override a key of the experiment file: key=value (repeatable), e.g. --set replications=2 --set ticks=12.",
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var allowMemory = RunCommand.AllowMemoryOption();
        var checkpointEvery = new Option<int?>("--checkpoint-every")
        {
            Description = "Save each run's checkpoint every N ticks, so that a killed sweep, run again, carries on its unfinished runs from their checkpoints.",
        };
        var command = new Command("sweep", "Run every (arm, grid point, replicate) of an experiment into one hive-partitioned Parquet dataset; resumes where it stopped.")
        {
            file, parallel, shard, output, sets, allowMemory, checkpointEvery,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            InterruptSignals.Observe();
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var spec = ExperimentLoader.Load(parse.GetRequiredValue(file).ToString(), parse.GetValue(sets) ?? []);
            if (parse.GetValue(checkpointEvery) is { } every)
            {
                if (every < 1) throw new UsageException($"--checkpoint-every expects a number of ticks of at least 1, got {every}");
                spec.CheckpointEvery = every;
            }
            var part = Shard.All;
            if (parse.GetValue(shard) is { } text && !Shard.TryParse(text, out part, out var error)) throw new UsageException(error);
            var n = parse.GetValue(parallel) ?? Math.Max(1, Environment.ProcessorCount / spec.ThreadsPerRun);
            if (n < 1) throw new UsageException("--parallel must be at least 1");
            var directory = parse.GetValue(output) ?? Path.Combine("outputs", "experiments", spec.Name);
            RunMemory.Check(Enumerable.Range(0, spec.Arms.Count).SelectMany(a => Enumerable.Range(0, spec.Points.Count).Select(p => spec.Scenario(a, p))), Math.Min(n, spec.RunCount), parse.GetValue(allowMemory));
            foreach (var stale in PartialFolders.RemoveStale(directory, recursive: true))
                stderr.WriteLine($"removed {stale}: a partial run folder left by a process that is gone");
            stdout.WriteLine($"experiment {spec.Name}: {spec.Arms.Count} arm(s) × {spec.Points.Count} grid point(s) × {spec.Replications} replication(s) = {spec.RunCount} runs"
                + (part.Count > 1 ? $"; shard {part}" : "") + $"; {n} at once");
            SweepResult result;
            try
            {
                result = SweepProgressDisplay.Run(spec, directory, part, n, stderr, cancellation);
            }
            catch (SweepInterruptedException e)
            {
                stderr.WriteLine(e.Message);
                return ExitCodes.Cancelled;
            }

            stdout.WriteLine($"{result.ShardRuns} runs: {result.Ran} ran, {result.Skipped} already complete, {result.Failures.Count} failed ({result.Seconds:F1} s)");
            foreach (var failure in result.Failures)
            {
                stderr.WriteLine($"failed: arm={failure.Arm} point={failure.Point} rep={failure.Run.Replicate} (seed {failure.Run.Seed}): {failure.Error}");
            }

            stdout.WriteLine($"results: {Path.GetFullPath(directory)}");
            if (result.Failures.Count > 0)
            {
                stderr.WriteLine($"{result.Failures.Count} run(s) failed; run the same command again to retry them.");
                return ExitCodes.Failed;
            }

            stdout.WriteLine($"next: adoptionsim summarize {directory}");
            return ExitCodes.Ok;
        })));
        return command;
    }
}
