using AdoptionSim.IO.Runs;
using Spectre.Console;

namespace AdoptionSim.Cli.Display;

/// <summary>
/// Shows a run's progress on stderr: a Spectre.Console bar (ticks, firms/s, ETA) when stderr is a
/// terminal, otherwise a plain line every tenth of the run, so logs stay readable.
/// </summary>
public static class RunProgressDisplay
{
    public static RunResult Run(RunRequest request, TextWriter error, CancellationToken cancellation)
    {
        // The bar only when the error stream is the real terminal (not redirected, not a test's writer).
        if (Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error))
        {
            var plain = new PlainProgress(request.Ticks, error);
            return ScenarioRun.Execute(request, plain, cancellation);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        RunResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask($"{request.Scenario.Name}", maxValue: Math.Max(1, request.Ticks));
                result = ScenarioRun.Execute(request, new BarProgress(task), cancellation);
            });
        return result!;
    }

    private static string Rate(RunProgress p) =>
        p.Elapsed.TotalSeconds > 0 ? $"{(double)p.Firms * p.Tick / p.Elapsed.TotalSeconds:E2} firm-ticks/s" : "";

    /// <summary>Reports synchronously (unlike Progress&lt;T&gt;, which posts to the thread pool).</summary>
    private sealed class BarProgress(ProgressTask task) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            task.Value = value.Tick;
            task.Description = $"tick {value.Tick}/{value.Ticks} {Rate(value)}";
        }
    }

    private sealed class PlainProgress(int ticks, TextWriter error) : IProgress<RunProgress>
    {
        private int _nextReport;

        public void Report(RunProgress value)
        {
            if (value.Tick < _nextReport && value.Tick != ticks) return;
            error.WriteLine($"tick {value.Tick}/{value.Ticks} ({value.Elapsed.TotalSeconds:F1} s, {Rate(value)})");
            _nextReport = value.Tick + Math.Max(1, ticks / 10);
        }
    }
}
