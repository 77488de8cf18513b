using System.CommandLine;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Experiments.Reports;

namespace AdoptionSim.Cli.Commands;

/// <summary>
/// <c>adoptionsim report mechanisms|journeys|findings DIR [--out FILE]</c>: Markdown reports built from a sweep —
/// the decomposition of the widening gap by mechanism, the regional innovation journeys, and the findings on the
/// claims of the sources (with a figure per claim beside the Markdown).
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var report = new Command("report", "Reports built from a sweep (Markdown).");
        report.Subcommands.Add(Table("mechanisms",
            "Rise of σ of log productivity per arm, and baseline − arm paired by seed: what each switched-off mechanism makes of the widening gap.",
            "scenarios/experiments/mechanisms.yaml", MechanismReport.Build));
        report.Subcommands.Add(Table("journeys",
            "Regional innovation journeys per arm: outcomes of the critical moments, the chance of moving on from each stage (which style suits which stage), time in each stage.",
            "scenarios/experiments/journeys.yaml", JourneyReport.Build));
        report.Subcommands.Add(Findings());
        return report;
    }

    private static Command Table(string name, string description, string example, Func<SummaryInput, string> build)
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = $"Sweep folder (with experiment.json), e.g. of {example}." };
        var output = new Option<string?>("--out") { Description = "Also write the table to this file." };
        var command = new Command(name, description) { dir, output };
        command.SetAction(parse => CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var directory = SweepFolder(parse.GetRequiredValue(dir));
            var table = build(SummaryInput.FromSweep(directory));
            parse.InvocationConfiguration.Output.Write(table);
            if (parse.GetValue(output) is { } file) File.WriteAllText(file, table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Findings()
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "Sweep folder of an experiment with claims, e.g. of scenarios/experiments/claims.yaml." };
        var output = new Option<string?>("--out") { Description = "Where to write the Markdown (default DIR/findings.md); the figures go to figures/findings/ beside it." };
        var command = new Command("findings", "Per claim of the sources: the effect on its measure with 95% CI, per £m where it spends money, its figure and whether the model supports it.")
        {
            dir, output,
        };
        command.SetAction(parse => CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var directory = SweepFolder(parse.GetRequiredValue(dir));
            var file = parse.GetValue(output) ?? Path.Combine(directory, "findings.md");
            var shown = parse.GetValue(output) is { } o ? $" --out {o}" : "";
            var markdown = FindingsReport.Write(directory, Path.GetDirectoryName(Path.GetFullPath(file))!,
                $"adoptionsim report findings {parse.GetRequiredValue(dir)}{shown}");
            File.WriteAllText(file, markdown);
            parse.InvocationConfiguration.Output.WriteLine($"{file} and its figures in {Path.Combine(Path.GetDirectoryName(file) ?? "", FindingsReport.FigureFolder)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string SweepFolder(DirectoryInfo dir)
    {
        var directory = dir.ToString();
        if (SummaryInput.KindOf(directory) != "sweep")
            throw new UsageException($"{directory} is not a sweep folder (no experiment.json)");
        return directory;
    }
}
