using System.CommandLine;
using AdoptionSim.IO.Experiments;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim compare A B [--out DIR]</c>: two runs or two sweeps, B against A.</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var a = new Argument<DirectoryInfo>("a") { Description = "Baseline: a run folder (run.json) or a sweep folder (experiment.json)." };
        var b = new Argument<DirectoryInfo>("b") { Description = "Compared with A: the same kind of folder." };
        var output = new Option<string?>("--out") { Description = "Where to write the summary tables (default: outputs/compare/<A>-vs-<B>/)." };
        var command = new Command("compare", "Compare two runs (values and differences) or two sweeps (each an arm, paired by grid point and replicate).")
        {
            a, b, output,
        };
        command.SetAction(parse => CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var left = parse.GetRequiredValue(a).ToString();
            var right = parse.GetRequiredValue(b).ToString();
            foreach (var d in new[] { left, right })
            {
                if (SummaryInput.KindOf(d) is null) throw new UsageException($"{d} is neither a run folder (run.json) nor a sweep folder (experiment.json)");
            }

            if (SummaryInput.KindOf(left) != SummaryInput.KindOf(right))
                throw new UsageException($"cannot compare a {SummaryInput.KindOf(left)} with a {SummaryInput.KindOf(right)}: give two run folders or two sweep folders");
            var input = SummaryInput.Compare(left, right);
            var (la, lb) = SummaryInput.Labels(left, right);
            var outDir = parse.GetValue(output) ?? Path.Combine("outputs", "compare", $"{la}-vs-{lb}");
            return SummaryPrinter.Summarize(input, outDir, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        }));
        return command;
    }
}
