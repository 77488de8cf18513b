using System.CommandLine;
using System.Globalization;
using AdoptionSim.IO.Calibration;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim calibrate FILE [--out DIR] [--shard i/N] [--parallel N] [--set key=value]…</c>.</summary>
public static class CalibrateCommand
{
    public static Command Create() => StudyCommand.Create(new StudyKind<CalibrationSpec, CalibrationResult>(
        Name: "calibrate",
        Kind: "Calibration",
        Folder: "calibration",
        Description: "Fit scenario parameters to observed data: simulated method of moments (estimates with confidence intervals) or ABC (posterior draws); resumes where it stopped.",
        Load: (path, sets) => CalibrationLoader.Load(path, sets),
        Setup: spec => spec.Setup,
        Describe: spec => $"calibration {spec.Setup.Name}: {spec.Setup.Space.Count} parameter(s), {spec.Observations.Count} observed value(s)"
            + (spec.Ignored > 0 ? $" ({spec.Ignored} row(s) of other measures left out)" : "") + $", method {spec.MethodName}",
        Execute: CalibrationRunner.Execute,
        ShardOnly: result => result.ShardOnly,
        Print: Print)
    {
        ShardNote = (spec, shard) => spec.Method == CalibrationMethod.AbcRejection ? null
            : $"{spec.MethodName} chooses each batch from the last: run every shard 0/{shard.Count} … {shard.Count - 1}/{shard.Count} at the same time (docs/calibration.md)",
        ShardDone = result => $" ({result.Batches} batch(es))",
    });

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
