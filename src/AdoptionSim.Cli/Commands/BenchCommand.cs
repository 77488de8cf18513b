using System.CommandLine;
using System.Globalization;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.Cli.Commands;

/// <summary>
/// <c>adoptionsim bench FILE</c>: runs a scenario through the real run path (events off, outputs into a
/// temporary folder that is removed) and prints what its run.json recorded, one <c>key value</c> per
/// line so that scripts (scripts/bench.sh) can read it.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var file = ScenarioArguments.File();
        var firms = new Option<int?>("--firms") { Description = "Firm count (sets firms.count; default: the scenario's)." };
        var ticks = new Option<int?>("--ticks") { Description = "Number of ticks (default: the scenario's)." };
        var threads = CommonOptions.Threads();
        var seed = new Option<long?>("--seed") { Description = "Seed (default: the scenario's)." };
        var sets = ScenarioArguments.Set();
        var command = new Command("bench", "Time a scenario run as `run` does it (e.g. scenarios/bench/bass-network.yaml) and print firm-ticks/s, seconds per phase, peak memory and the final adopter share.")
        {
            file, firms, ticks, threads, seed, sets,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var overrides = new List<string>(parse.GetValue(sets) ?? []);
            if (parse.GetValue(firms) is { } n)
            {
                if (n < 1) throw new UsageException("--firms must be at least 1");
                overrides.Add($"firms.count={n}"); // last, so it wins over a --set of the same key
            }
            var spec = ScenarioLoader.Load(parse.GetRequiredValue(file).ToString(), overrides);
            if (parse.GetValue(seed) is { } s) spec.Seed = s;
            if (parse.GetValue(ticks) is { } t)
            {
                if (t < 1) throw new UsageException("--ticks must be at least 1");
                spec.Ticks = t;
            }
            var result = BenchmarkRun.Execute(spec, spec.Seed, spec.Ticks, CommonOptions.ResolveThreads(parse.GetValue(threads)), cancellation);
            Print(parse.InvocationConfiguration.Output, result);
            return ExitCodes.Ok;
        })));
        return command;
    }

    /// <summary>
    /// The keys, in a fixed order: the run's identity, firm-ticks/s of the adopt phase and of the whole
    /// run, then <c>seconds.PART</c> and <c>share.PART</c> (of the whole run) for the build, each tick phase
    /// and writing outputs, then peak memory and the final adopter share.
    /// </summary>
    public static void Print(TextWriter output, BenchmarkResult result)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"scenario {result.Scenario}");
        output.WriteLine(string.Create(c, $"firms {result.Firms}"));
        output.WriteLine(string.Create(c, $"ticks {result.Ticks}"));
        output.WriteLine(string.Create(c, $"threads {result.Threads}"));
        output.WriteLine(string.Create(c, $"seed {result.Seed}"));
        output.WriteLine($"firm_ticks {Rate(result.FirmTicks)}");
        output.WriteLine($"adopt_firm_ticks_per_s {Rate(result.FirmTicksPerSecond("adopt"))}");
        output.WriteLine($"run_firm_ticks_per_s {Rate(result.RunFirmTicksPerSecond)}");
        output.WriteLine(string.Create(c, $"run_seconds {result.TotalSeconds:F3}"));
        foreach (var part in result.Parts)
            output.WriteLine(string.Create(c, $"seconds.{part.Name} {part.Seconds:F3}"));
        foreach (var part in result.Parts)
            output.WriteLine(string.Create(c, $"share.{part.Name} {(result.TotalSeconds > 0 ? part.Seconds / result.TotalSeconds : 0):F4}"));
        output.WriteLine(string.Create(c, $"peak_memory_mb {result.PeakMemoryMb:F1}"));
        output.WriteLine(string.Create(c, $"final_adopters {result.FinalAdopters}"));
        output.WriteLine(string.Create(c, $"final_share {result.FinalShare:F6}"));
    }

    /// <summary>The same form as the C reference's printf("%.3e"): 2.952e+08.</summary>
    private static string Rate(double value) => value.ToString("0.000e+00", CultureInfo.InvariantCulture);
}
