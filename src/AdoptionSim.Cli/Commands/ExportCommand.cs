using System.CommandLine;
using AdoptionSim.IO.Plotting;

namespace AdoptionSim.Cli.Commands;

/// <summary>
/// <c>adoptionsim export DIR --format csv [--out DIR] [--table NAME]</c>: every Parquet table of a run
/// folder (or any folder of .parquet files, such as a sweep's summary/) as CSV. Format details in
/// <see cref="CsvExporter"/> and docs/figures.md.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "A run folder, or any folder of .parquet tables (such as a sweep's summary/)." };
        var format = new Option<string>("--format") { Description = "Output format: csv.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv");
        var output = new Option<string?>("--out") { Description = "Folder for the CSV files (default: DIR/csv/)." };
        var table = new Option<string?>("--table") { Description = "Export only this table, e.g. city_ticks (default: all)." };
        var command = new Command("export", "Write a run's Parquet tables as CSV (RFC 4180, invariant culture, doubles that round-trip exactly).")
        {
            directory, format, output, table,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            return CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
            {
                var exported = CsvExporter.Export(parse.GetRequiredValue(directory).ToString(), parse.GetValue(output), parse.GetValue(table));
                foreach (var e in exported) stdout.WriteLine($"{e.Path}  ({e.Rows:N0} rows)");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
