using System.CommandLine;
using System.Globalization;
using AdoptionSim.Cli.Display;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Sensitivity;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim sensitivity FILE [--out DIR] [--shard i/N] [--parallel N] [--set key=value]…</c>.</summary>
public static class SensitivityCommand
{
    public static Command Create()
    {
        var args = new StudyArguments("Sensitivity");
        var command = new Command("sensitivity",
            "Global sensitivity analysis of model outputs to scenario parameters: Morris screening or Sobol' indices with bootstrap intervals; resumes where it stopped.");
        args.AddTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            InterruptSignals.Observe(); // Ctrl-C or SIGTERM stops after the current runs, exit 130; the same command resumes
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var spec = SensitivityLoader.Load(parse.GetRequiredValue(args.File).ToString(), parse.GetValue(args.Sets) ?? []);
            var shard = args.ShardOf(parse);
            var parallel = args.ParallelOf(parse, spec.Setup.ThreadsPerRun);
            var directory = parse.GetValue(args.Output) ?? Path.Combine("outputs", "sensitivity", spec.Setup.Name);
            var method = spec.Method == SensitivityMethod.Morris ? $"morris, {spec.Trajectories} trajectories" : $"sobol, N = {spec.BaseSamples}";
            stdout.WriteLine($"sensitivity {spec.Setup.Name}: {spec.Setup.Space.Count} parameter(s), {method}: {spec.DesignPoints} design points × "
                + $"{spec.Replications} replication(s) = {spec.RunCount} runs; {spec.Responses.Count} response(s)" + (shard.Count > 1 ? $"; shard {shard}" : "") + $"; {parallel} at once");
            SensitivityResult result;
            try
            {
                result = SensitivityRunner.Execute(spec, directory, new StudyRunOptions { Shard = shard, Parallel = parallel, Progress = new StudyProgressDisplay(stderr) }, cancellation);
            }
            catch (SweepInterruptedException e)
            {
                stderr.WriteLine(e.Message);
                return ExitCodes.Cancelled;
            }

            if (result.ShardOnly)
            {
                stdout.WriteLine($"shard {shard}: its runs are complete in {Path.GetFullPath(directory)}");
                stdout.WriteLine($"next, once every shard is done: adoptionsim sensitivity {parse.GetRequiredValue(args.File)} --out {directory}");
                return ExitCodes.Ok;
            }

            foreach (var e in result.Estimates) Print(stdout, e);
            stdout.WriteLine($"results: {Path.GetFullPath(directory)}");
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static void Print(TextWriter stdout, ResponseEstimates e)
    {
        static string F(double x) => x.ToString("G3", CultureInfo.InvariantCulture);
        stdout.WriteLine(e.Response.Name + ":");
        if (e.Morris is { } morris)
        {
            foreach (var m in morris.OrderByDescending(m => m.MuStar))
                stdout.WriteLine($"  {m.Parameter,-40} mu* {F(m.MuStar),9} [{F(m.MuStarInterval.Lower)}, {F(m.MuStarInterval.Upper)}]  sigma {F(m.Sigma),9}  mu {F(m.Mu),9}");
        }
        else
        {
            foreach (var s in e.Sobol!.Indices.OrderByDescending(s => s.Total))
                stdout.WriteLine($"  {s.Parameter,-40} S {F(s.First),7} [{F(s.FirstInterval.Lower)}, {F(s.FirstInterval.Upper)}]  ST {F(s.Total),7} [{F(s.TotalInterval.Lower)}, {F(s.TotalInterval.Upper)}]");
        }
    }
}
