using System.CommandLine;
using AdoptionSim.Charts;
using AdoptionSim.IO.Plotting;

namespace AdoptionSim.Cli.Commands;

/// <summary>
/// <c>adoptionsim plot DIR [--format svg|png] [--out DIR] [--tick T]</c>: the report figures of a run or a
/// summarized sweep (see docs/figures.md). Prints the files written, one per line.
/// </summary>
public static class PlotCommand
{
    /// <param name="converter">The PNG converter; tests pass one pointed at a missing program.</param>
    public static Command Create(PngConverter? converter = null)
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "A run folder (from `adoptionsim run`), a sweep folder (after `adoptionsim summarize`), or a calibration or sensitivity folder." };
        var format = new Option<string>("--format") { Description = "svg (vector, default) or png (needs rsvg-convert).", DefaultValueFactory = _ => "svg" };
        format.AcceptOnlyFromAmong("svg", "png");
        var output = new Option<string?>("--out") { Description = "Folder for the figures (default: DIR/figures/)." };
        var tick = new Option<int?>("--tick") { Description = "The tick the map shows (default: the last)." };
        var only = new Option<string[]>("--only") { Description = "Only these figures, by file name without extension (e.g. gap-mean-productivity); repeatable.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("plot", "Draw the report figures of a run or sweep (adoption share by city, the gap over time, arms against the baseline, the city map, the Bass validation), or of a calibration or sensitivity analysis.")
        {
            directory, format, output, tick, only,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            return CommandErrors.Guard(stderr, () =>
            {
                var dir = parse.GetRequiredValue(directory).ToString();
                var result = FigurePlotter.Plot(dir, new PlotOptions
                {
                    Format = parse.GetValue(format) == "png" ? FigureFormat.Png : FigureFormat.Svg,
                    OutputDirectory = parse.GetValue(output),
                    Tick = parse.GetValue(tick),
                    Only = parse.GetValue(only) is { Length: > 0 } names ? names : null,
                    Converter = converter,
                });
                foreach (var file in result.Files) stdout.WriteLine(file);
                foreach (var note in result.Notes) stderr.WriteLine($"note: {note}");
                stdout.WriteLine($"{result.Files.Count} figure(s) in {result.OutputDirectory}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
