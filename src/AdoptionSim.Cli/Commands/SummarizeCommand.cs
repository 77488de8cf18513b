using System.CommandLine;
using AdoptionSim.IO.Experiments;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim summarize DIR [--out DIR2]</c>: means and 95% CIs across replications, and paired differences.</summary>
public static class SummarizeCommand
{
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "Sweep folder (with experiment.json)." };
        var output = new Option<string?>("--out") { Description = "Where to write the summary tables (default: DIR/summary/)." };
        var command = new Command("summarize", "Mean, sd and 95% CI (Student t) of every measure per arm, grid point and tick, and paired differences against the baseline arm.")
        {
            dir, output,
        };
        command.SetAction(parse => CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var directory = parse.GetRequiredValue(dir).ToString();
            if (SummaryInput.KindOf(directory) != "sweep")
                throw new UsageException($"{directory} is not a sweep folder (no experiment.json); to compare two runs use adoptionsim compare A B");
            var input = SummaryInput.FromSweep(directory);
            var outDir = parse.GetValue(output) ?? Path.Combine(directory, "summary");
            return SummaryPrinter.Summarize(input, outDir, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        }));
        return command;
    }
}
