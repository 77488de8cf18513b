using System.Globalization;
using AdoptionSim.IO.Experiments;
using AdoptionSim.Model.Statistics;
using Spectre.Console;

namespace AdoptionSim.Cli.Commands;

/// <summary>Runs the summarizer and prints the headline table: the last tick, per arm and grid point.</summary>
public static class SummaryPrinter
{
    public static int Summarize(SummaryInput input, string outDirectory, TextWriter output, TextWriter error)
    {
        if (input.PresentRuns == 0)
        {
            error.WriteLine($"error: none of the {input.ExpectedRuns} runs is complete: nothing to summarize");
            return ExitCodes.Failed;
        }

        if (input.Missing.Count > 0)
        {
            error.WriteLine($"warning: {input.Missing.Count} of {input.ExpectedRuns} runs are missing (not yet run, or failed); summarizing the {input.PresentRuns} present. First missing: {input.Missing[0]}");
        }

        var report = ExperimentSummarizer.Summarize(input, outDirectory);
        if (report.UnpairedSeeds > 0)
        {
            error.WriteLine($"warning: {report.UnpairedSeeds} paired replicate(s) ran with different seeds: the differences are not under common random numbers");
        }

        Print(report, output);
        var width = report.RowCounts.Keys.Max(k => k.Length);
        foreach (var (file, rows) in report.RowCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {file.PadRight(width)} {rows,10:N0} rows");
        }

        output.WriteLine($"summary: {Path.GetFullPath(outDirectory)}");
        return ExitCodes.Ok;
    }

    private static void Print(SummaryReport report, TextWriter output)
    {
        var interactive = output == Console.Out && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive) console.Profile.Width = 160;
        var first = report.Headlines[0];
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"tick {first.Tick} ({first.TimeYears.ToString("0.##", CultureInfo.InvariantCulture)} years): mean [95% CI]; Δ = arm − {report.Baseline}, paired by replicate"))
            .AddColumn("arm").AddColumn("point").AddColumn(new TableColumn("n").RightAligned())
            .AddColumn("σ log productivity").AddColumn("Theil productivity").AddColumn("adoption share (national)");
        foreach (var h in report.Headlines)
        {
            table.AddRow(
                Markup.Escape(h.Arm + (h.IsBaseline && h.Arm != "baseline" ? " (baseline)" : "")),
                Markup.Escape(h.PointValues.Length > 0 ? $"{h.Point}: {h.PointValues}" : h.Point), h.SdLogProductivity.N.ToString(CultureInfo.InvariantCulture),
                Cell(h.SdLogProductivity, h.DifferenceSdLog), Cell(h.TheilProductivity, h.DifferenceTheil), Cell(h.AdoptionShare, h.DifferenceAdoption));
        }

        console.Write(table);
    }

    private static string Cell(SampleSummary value, SampleSummary? difference)
    {
        var text = Format(value, signed: false);
        return difference is { } d ? $"{text}\nΔ {Format(d, signed: true)}" : text;
    }

    public static string Format(SampleSummary s, bool signed)
    {
        // Four significant digits: the Theil index is often of order 1e-3 while σ of logs is of order 0.1.
        string F(double x) => double.IsNaN(x) ? "—" : (signed && x > 0 ? "+" : "") + x.ToString("G4", CultureInfo.InvariantCulture);
        var ci = double.IsNaN(s.Lower) ? "" : $" [{F(s.Lower)}, {F(s.Upper)}]";
        return Markup.Escape(F(s.Mean) + ci);
    }
}
