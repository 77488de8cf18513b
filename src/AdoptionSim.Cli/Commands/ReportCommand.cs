using System.CommandLine;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Experiments.Reports;

namespace AdoptionSim.Cli.Commands;

/// <summary>
/// <c>adoptionsim report mechanisms DIR [--out FILE]</c>: the decomposition of the widening gap by mechanism
/// from a sweep of the baseline against its controls, as a Markdown table (printed, and written to FILE).
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var report = new Command("report", "Reports built from a sweep (Markdown).");
        var dir = new Argument<DirectoryInfo>("dir") { Description = "Sweep folder (with experiment.json), e.g. of scenarios/experiments/mechanisms.yaml." };
        var output = new Option<string?>("--out") { Description = "Also write the table to this file." };
        var mechanisms = new Command("mechanisms", "Rise of σ of log productivity per arm, and baseline − arm paired by seed: what each switched-off mechanism makes of the widening gap.")
        {
            dir, output,
        };
        mechanisms.SetAction(parse => CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var directory = parse.GetRequiredValue(dir).ToString();
            if (SummaryInput.KindOf(directory) != "sweep")
                throw new UsageException($"{directory} is not a sweep folder (no experiment.json)");
            var table = MechanismReport.Build(SummaryInput.FromSweep(directory));
            parse.InvocationConfiguration.Output.Write(table);
            if (parse.GetValue(output) is { } file) File.WriteAllText(file, table);
            return ExitCodes.Ok;
        }));
        report.Subcommands.Add(mechanisms);
        return report;
    }
}
