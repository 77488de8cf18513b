using AdoptionSim.IO.Experiments;
using Spectre.Console;

namespace AdoptionSim.Cli.Display;

/// <summary>
/// Shows a sweep's progress over runs: a Spectre.Console bar on stderr when it is a terminal, otherwise one
/// plain line per finished run (and per failure), so that cluster logs stay readable.
/// </summary>
public static class SweepProgressDisplay
{
    public static SweepResult Run(ExperimentSpec spec, string directory, Shard shard, int parallel, TextWriter error, CancellationToken cancellation)
    {
        var total = spec.Runs().Count(r => shard.Contains(r.Index));
        if (Console.IsErrorRedirected || error != Console.Error)
        {
            return Sweep.Execute(spec, directory, shard, parallel, new PlainProgress(error), cancellation);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        SweepResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask($"{spec.Name}: {total} runs", maxValue: Math.Max(1, total));
                result = Sweep.Execute(spec, directory, shard, parallel, new BarProgress(task, console), cancellation);
            });
        return result!;
    }

    private static string Describe(SweepRunOutcome o) =>
        $"arm={o.Arm} point={o.Point} rep={o.Run.Replicate} (seed {o.Run.Seed})";

    /// <summary>Reports synchronously (unlike Progress&lt;T&gt;, which posts to the thread pool).</summary>
    private sealed class BarProgress(ProgressTask task, IAnsiConsole console) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value)
        {
            task.Value = value.Done;
            var failed = value.Last.Status == SweepRunStatus.Failed;
            task.Description = $"run {value.Done}/{value.Total} {Markup.Escape(Describe(value.Last))}";
            if (failed) console.MarkupLine($"[red]failed[/] {Markup.Escape(Describe(value.Last))}: {Markup.Escape(value.Last.Error ?? "")}");
        }
    }

    private sealed class PlainProgress(TextWriter error) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value)
        {
            var o = value.Last;
            var what = o.Status switch
            {
                SweepRunStatus.Ran => $"done in {o.Seconds:F1} s",
                SweepRunStatus.Skipped => "already complete",
                _ => $"FAILED: {o.Error}",
            };
            error.WriteLine($"[{value.Done}/{value.Total}] {Describe(o)}: {what}");
        }
    }
}
