using System.CommandLine;
using System.Globalization;
using AdoptionSim.IO.Sensitivity;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim sensitivity FILE [--out DIR] [--shard i/N] [--parallel N] [--set key=value]…</c>.</summary>
public static class SensitivityCommand
{
    public static Command Create() => StudyCommand.Create(new StudyKind<SensitivitySpec, SensitivityResult>(
        Name: "sensitivity",
        Kind: "Sensitivity",
        Folder: "sensitivity",
        Description: "Global sensitivity analysis of model outputs to scenario parameters: Morris screening or Sobol' indices with bootstrap intervals; resumes where it stopped.",
        Load: (path, sets) => SensitivityLoader.Load(path, sets),
        Setup: spec => spec.Setup,
        Describe: Describe,
        Execute: SensitivityRunner.Execute,
        ShardOnly: result => result.ShardOnly,
        Print: (stdout, result) =>
        {
            foreach (var e in result.Estimates) Print(stdout, e);
        }));

    private static string Describe(SensitivitySpec spec)
    {
        var method = spec.Method == SensitivityMethod.Morris ? $"morris, {spec.Trajectories} trajectories" : $"sobol, N = {spec.BaseSamples}";
        return $"sensitivity {spec.Setup.Name}: {spec.Setup.Space.Count} parameter(s), {method}: {spec.DesignPoints} design points × "
            + $"{spec.Replications} replication(s) = {spec.RunCount} runs; {spec.Responses.Count} response(s)";
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
