using AdoptionSim.Cli.Display;
using System.CommandLine;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim run FILE</c>: one run of a scenario to a folder of Parquet files.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var file = ScenarioArguments.File();
        var seed = new Option<long?>("--seed") { Description = "Seed (default: the scenario's)." };
        var ticks = new Option<int?>("--ticks") { Description = "Number of ticks (default: the scenario's)." };
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "Output folder (default: outputs/<scenario>/<run-id>/)." };
        var sets = ScenarioArguments.Set();
        var force = new Option<bool>("--force") { Description = "Replace a non-empty output folder." };
        var noEvents = new Option<bool>("--no-events") { Description = "Do not write adoptions.parquet (one row per adoption)." };
        var command = new Command("run", "Run a scenario and write its results as Parquet.")
        {
            file, seed, ticks, threads, output, sets, force, noEvents,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            // FileInfo.ToString() is the path as typed, so errors name the file the way the user did.
            var spec = ScenarioLoader.Load(parse.GetRequiredValue(file).ToString(), parse.GetValue(sets) ?? []);
            if (parse.GetValue(seed) is { } s) spec.Seed = s;
            if (parse.GetValue(ticks) is { } t)
            {
                if (t < 0) throw new UsageException("--ticks must not be negative");
                spec.Ticks = t;
            }
            var threadCount = CommonOptions.ResolveThreads(parse.GetValue(threads));
            var provenance = RunProvenance.For(spec, spec.Seed, spec.Ticks);
            var directory = parse.GetValue(output) ?? Path.Combine("outputs", spec.Name, provenance.RunId);
            var request = new RunRequest(spec, spec.Seed, spec.Ticks, threadCount, directory, parse.GetValue(force), spec.Outputs.Events && !parse.GetValue(noEvents));
            var result = RunProgressDisplay.Run(request, parse.InvocationConfiguration.Error, cancellation);
            stdout.WriteLine($"run {result.Provenance.RunId}: {spec.Ticks} ticks in {result.Seconds:F2} s");
            foreach (var (name, rows) in result.RowCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                stdout.WriteLine($"  {name,-20} {rows,10:N0} rows");
            stdout.WriteLine($"results: {result.Directory}");
            return ExitCodes.Ok;
        })));
        return command;
    }
}
