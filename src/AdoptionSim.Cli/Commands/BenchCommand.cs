using System.CommandLine;
using AdoptionSim.Model.Benchmarks;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim bench bass</c>: the adoption kernel's speed on a Watts–Strogatz network.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks (figures for README and closing notes).");
        bench.Subcommands.Add(CreateBass());
        return bench;
    }

    private static Command CreateBass()
    {
        var firms = new Option<int>("--firms") { Description = "Number of firms (nodes).", DefaultValueFactory = _ => 1_000_000 };
        var ticks = new Option<int>("--ticks") { Description = "Number of ticks.", DefaultValueFactory = _ => 100 };
        var threads = new Option<int>("--threads") { Description = "Threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var seed = new Option<long>("--seed") { Description = "Seed.", DefaultValueFactory = _ => 1 };
        var command = new Command("bass", "Bass kernel on a Watts–Strogatz network (k = 10, 10% rewired), p = 0.03, q = 0.38, Δt = 0.1, one idea, synchronous.")
        {
            firms, ticks, threads, seed,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var n = parse.GetValue(firms);
            var t = parse.GetValue(ticks);
            var k = parse.GetValue(threads);
            if (n < 12 || t < 1 || k < 1)
            {
                parse.InvocationConfiguration.Error.WriteLine("bench bass: --firms must be at least 12, --ticks and --threads at least 1");
                return ExitCodes.Usage;
            }
            var result = BassKernel.Measure(n, t, k, (ulong)parse.GetValue(seed));
            output.WriteLine($"firms {result.Firms}");
            output.WriteLine($"ticks {result.Ticks}");
            output.WriteLine($"threads {result.Threads}");
            output.WriteLine($"seconds {result.Seconds:F3}");
            output.WriteLine($"firm_ticks_per_s {result.FirmTicksPerSecond:E3}");
            output.WriteLine($"final_share {result.FinalShare:F6}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
