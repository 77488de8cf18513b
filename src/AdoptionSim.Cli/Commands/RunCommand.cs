using System.CommandLine;
using AdoptionSim.Cli.Display;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model.Capacity;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim run FILE</c>: one run of a scenario to a folder of Parquet files.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("file") { Description = "Scenario file (YAML).", Arity = ArgumentArity.ZeroOrOne };
        var seed = new Option<long?>("--seed") { Description = "Seed (default: the scenario's)." };
        var ticks = new Option<int?>("--ticks") { Description = "Number of ticks (default: the scenario's)." };
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "Output folder (default: outputs/<scenario>/<run-id>/)." };
        var sets = ScenarioArguments.Set();
        var force = new Option<bool>("--force") { Description = "Replace a non-empty output folder." };
        var noEvents = new Option<bool>("--no-events") { Description = "Do not write adoptions.parquet (one row per adoption)." };
        var allowMemory = AllowMemoryOption();
        var checkpointEvery = new Option<int?>("--checkpoint-every")
        {
            Description = "Save a checkpoint every N ticks (in .NAME.checkpoint beside the output folder), so that a killed run can carry on with --resume.",
        };
        var resume = new Option<string?>("--resume")
        {
            Description = "Carry on a killed or interrupted run from its last checkpoint: DIR is the output folder it was writing (its --out).",
        };
        var command = new Command("run", "Run a scenario and write its results as Parquet.")
        {
            file, seed, ticks, threads, output, sets, force, noEvents, allowMemory, checkpointEvery, resume,
        };
        command.Validators.Add(result =>
        {
            var hasFile = result.GetValue(file) is not null;
            var resuming = result.GetValue(resume) is not null;
            if (result.GetValue(checkpointEvery) is < 1 and var every) result.AddError($"--checkpoint-every expects a number of ticks of at least 1, got {every}");
            else if (!hasFile && !resuming) result.AddError("needs FILE (scenario file (YAML)) or --resume DIR");
            else if (hasFile && resuming) result.AddError("--resume takes no FILE: the checkpoint names the scenario");
            else if (resuming && new Option[] { seed, ticks, output, sets, force, noEvents, checkpointEvery }.FirstOrDefault(o => result.GetResult(o) is not null) is { } extra)
                result.AddError($"--resume carries on the run as it was started: {extra.Name} cannot be given with it (only --threads and --allow-memory)");
        });
        command.SetAction((parse, cancellation) => Task.FromResult(CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            InterruptSignals.Observe();
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (parse.GetValue(resume) is { } resumeFolder)
            {
                var resumed = RunResume.Request(resumeFolder, CommonOptions.ResolveThreads(parse.GetValue(threads)));
                if (resumed is null)
                {
                    stdout.WriteLine($"the run in {resumeFolder} is already complete: nothing to resume");
                    return ExitCodes.Ok;
                }
                RunMemory.Check([resumed.Scenario], 1, parse.GetValue(allowMemory));
                stderr.WriteLine($"resuming {resumed.Scenario.Name} from tick {resumed.Checkpointing!.ResumeFrom!.Tick} of {resumed.Ticks}");
                return Execute(resumed, stdout, stderr, cancellation);
            }
            var overrides = (parse.GetValue(sets) ?? []).ToList();
            if (parse.GetValue(ticks) is { } t)
            {
                if (t < 1 || t > ScenarioLimits.MaxTicks) throw new UsageException($"--ticks expects an integer from 1 to {ScenarioLimits.MaxTicks}, got {t}");
                overrides.Add($"ticks={t}"); // validated with the scenario, so its combinations with firms are checked too
            }

            // FileInfo.ToString() is the path as typed, so errors name the file the way the user did.
            var scenarioFile = parse.GetValue(file)!;
            var spec = ScenarioLoader.Load(scenarioFile.ToString(), overrides);
            if (parse.GetValue(seed) is { } s) spec.Seed = s;
            var threadCount = CommonOptions.ResolveThreads(parse.GetValue(threads));
            RunMemory.Check([spec], 1, parse.GetValue(allowMemory));
            var provenance = RunProvenance.For(spec, spec.Seed, spec.Ticks);
            var directory = parse.GetValue(output) ?? Path.Combine("outputs", spec.Name, provenance.RunId);
            var every = parse.GetValue(checkpointEvery);
            var request = new RunRequest(spec, spec.Seed, spec.Ticks, threadCount, directory, parse.GetValue(force), spec.Outputs.Events && !parse.GetValue(noEvents))
            {
                Checkpointing = every is { } n ? new RunCheckpointing(n, scenarioFile.FullName, overrides) : null,
            };
            return Execute(request, stdout, stderr, cancellation);
        })));
        return command;
    }

    private static int Execute(RunRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var spec = request.Scenario;
        var directory = request.OutputDirectory;
        RunResult result;
        try
        {
            result = RunProgressDisplay.Run(request, stderr, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            stderr.WriteLine($"interrupted: the run stopped and its partial folder was removed; nothing was written to {directory}");
            if (request.Checkpointing is not null && File.Exists(Path.Combine(RunCheckpoint.FolderFor(directory), RunCheckpoint.ManifestFile)))
                stderr.WriteLine($"its last checkpoint is kept: carry on with adoptionsim run --resume {directory}");
            return ExitCodes.Cancelled;
        }

        foreach (var stale in result.RemovedStale) stderr.WriteLine($"removed {stale}: a partial run folder left by a process that is gone");
        stdout.WriteLine($"run {result.Provenance.RunId}: {spec.Ticks} ticks in {result.Seconds:F2} s");
        foreach (var (name, rows) in result.RowCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            stdout.WriteLine($"  {name,-20} {rows,10:N0} rows");
        stdout.WriteLine($"results: {result.Directory}");
        return ExitCodes.Ok;
    }

    /// <summary>The override of the memory check, shared with sweep.</summary>
    public static Option<bool> AllowMemoryOption() => new("--allow-memory")
    {
        Description = "Run even when the memory estimate (see describe) is more than this machine has available.",
    };
}
