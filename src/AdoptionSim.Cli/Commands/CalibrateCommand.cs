using System.CommandLine;
using System.Globalization;
using AdoptionSim.Cli.Display;
using AdoptionSim.IO.Calibration;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim calibrate FILE [--out DIR] [--shard i/N] [--parallel N] [--set key=value]…</c>.</summary>
public static class CalibrateCommand
{
    public static Command Create()
    {
        var args = new StudyArguments("Calibration");
        var command = new Command("calibrate",
            "Fit scenario parameters to observed data: simulated method of moments (estimates with confidence intervals) or ABC (posterior draws); resumes where it stopped.");
        args.AddTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            InterruptSignals.Observe(); // Ctrl-C or SIGTERM stops after the current runs, exit 130; the same command resumes
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var spec = CalibrationLoader.Load(parse.GetRequiredValue(args.File).ToString(), parse.GetValue(args.Sets) ?? []);
            var shard = args.ShardOf(parse);
            var parallel = args.ParallelOf(parse, spec.Setup.ThreadsPerRun);
            var directory = parse.GetValue(args.Output) ?? Path.Combine("outputs", "calibration", spec.Setup.Name);
            stdout.WriteLine($"calibration {spec.Setup.Name}: {spec.Setup.Space.Count} parameter(s), {spec.Observations.Count} observed value(s)"
                + (spec.Ignored > 0 ? $" ({spec.Ignored} row(s) of other measures left out)" : "") + $", method {spec.MethodName}"
                + (shard.Count > 1 ? $"; shard {shard}" : "") + $"; {parallel} at once");
            if (shard.Count > 1 && spec.Method != CalibrationMethod.AbcRejection)
                stdout.WriteLine($"{spec.MethodName} chooses each batch from the last: run every shard 0/{shard.Count} … {shard.Count - 1}/{shard.Count} at the same time (docs/calibration.md)");
            CalibrationResult result;
            try
            {
                result = CalibrationRunner.Execute(spec, directory, new StudyRunOptions { Shard = shard, Parallel = parallel, Progress = new StudyProgressDisplay(stderr) }, cancellation);
            }
            catch (SweepInterruptedException e)
            {
                stderr.WriteLine(e.Message);
                return ExitCodes.Cancelled;
            }

            if (result.ShardOnly)
            {
                stdout.WriteLine($"shard {shard}: its runs are complete in {Path.GetFullPath(directory)} ({result.Batches} batch(es))");
                stdout.WriteLine($"next, once every shard is done: adoptionsim calibrate {parse.GetRequiredValue(args.File)} --out {directory}");
                return ExitCodes.Ok;
            }

            Print(stdout, result);
            stdout.WriteLine($"results: {Path.GetFullPath(directory)}");
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static void Print(TextWriter stdout, CalibrationResult result)
    {
        static string F(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
        stdout.WriteLine($"{result.Runs} runs in {result.Batches} batch(es)");
        if (result.Fit is { } fit)
        {
            stdout.WriteLine($"estimate (95% confidence intervals){(fit.Identified ? "" : "; NOT IDENTIFIED: the data do not pin down every parameter")}"
                + $"; objective {F(fit.Objective)}{(fit.Converged ? "" : "; the search did not converge within its budget")}:");
            foreach (var e in fit.Estimates) stdout.WriteLine($"  {e.Parameter,-36} {F(e.Value),10}  [{F(e.Interval.Lower)}, {F(e.Interval.Upper)}]");
            return;
        }

        var posterior = result.Posterior!;
        stdout.WriteLine($"posterior: {posterior.Particles.Count} draws, tolerance {F(posterior.Epsilon)}, effective sample size {F(posterior.EffectiveSampleSize)}; {posterior.StopReason}");
        foreach (var s in posterior.Summarize())
            stdout.WriteLine($"  {s.Parameter,-36} median {F(s.Median),10}  95% [{F(s.Credible.Lower)}, {F(s.Credible.Upper)}]  mean {F(s.Mean)}  sd {F(s.StandardDeviation)}");
    }
}
