using System.Globalization;
using AdoptionSim.IO.Runs;
using AdoptionSim.Parquet;
using CsvHelper;

namespace AdoptionSim.IO.Plotting;

/// <summary>
/// <c>adoptionsim export</c>: Parquet tables to CSV for spreadsheets and readers without a Parquet library.
/// The CSV is RFC 4180 as CsvHelper writes it by default: comma separated, CRLF line ends, UTF-8 without a
/// byte-order mark, a header row of the column names, and fields quoted only when they contain a comma, a
/// quote or a line break (inner quotes doubled). Values:
/// <list type="bullet">
/// <item>doubles in the invariant culture with the shortest text that round-trips ("R"): parsing a field
/// back gives the same bits; NaN, +∞ and −∞ are written <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>
/// (pandas and Excel read the first three as numbers too);</item>
/// <item>integers as they are; booleans <c>true</c>/<c>false</c>; strings as they are;</item>
/// <item>null (any type) as an empty field, so a null string and an empty string look the same.</item>
/// </list>
/// </summary>
public static class CsvExporter
{
    public sealed record Exported(string Table, string Path, long Rows);

    /// <summary>The tables of a folder by name, in ordinal order (see <see cref="ExportTables"/>).</summary>
    public static IReadOnlyList<string> Tables(string directory) => ExportTables.Find(directory).Select(t => t.Name).ToList();

    /// <summary>
    /// Writes each table (or only <paramref name="table"/>) of <paramref name="directory"/> as NAME.csv in
    /// <paramref name="output"/> (default DIR/csv/; a table named <c>runs/cities</c> goes to <c>runs/cities.csv</c>).
    /// All files are written in a staging folder beside the output (<c>.NAME.partial-PID-GUID</c>) and moved into
    /// place only when every one is complete, under the output folder's lock: a failed or interrupted export leaves
    /// no CSV behind (nor a half of one), and a new output folder appears whole.
    /// </summary>
    public static IReadOnlyList<Exported> Export(string directory, string? output = null, string? table = null)
    {
        if (!Directory.Exists(directory)) throw new PlotInputException($"folder '{directory}' not found");
        var tables = ExportTables.Find(directory);
        if (tables.Count == 0) throw new PlotInputException($"'{directory}' has no .parquet tables to export");
        if (table is not null)
        {
            var name = table.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? table[..^".parquet".Length] : table;
            tables = tables.Where(t => t.Name == name).ToList();
            if (tables.Count == 0)
                throw new PlotInputException($"no table '{table}' in '{directory}'; its tables are {string.Join(", ", Tables(directory))}");
        }

        output ??= Path.Combine(directory, "csv");
        using var staged = StagedOutput.Begin(output);
        var written = new List<(string Table, string Relative, long Rows)>();
        foreach (var t in tables)
        {
            var relative = t.Name.Replace('/', Path.DirectorySeparatorChar) + ".csv";
            var path = Path.Combine(staged.StagingPath, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            written.Add((t.Name, relative, Write(t, path)));
        }

        staged.Commit(written.Select(w => w.Relative));
        return written.Select(w => new Exported(w.Table, Path.Combine(output, w.Relative), w.Rows)).ToList();
    }

    /// <summary>
    /// Writes a table's parts one after the other under one header, partition columns first; returns the rows
    /// written. Parts must agree on their columns, or one CSV cannot hold them: refused, naming two that differ.
    /// </summary>
    private static long Write(ExportTable table, string path)
    {
        using var csv = CsvWriter.ToFile(path, CsvWriterOptions.Default);
        var first = ParquetFile.Read(table.Parts[0].Path);
        var extra = table.Parts[0].Partitions.Select(p => p.Key).Where(k => !first.Schema.Columns.Any(c => c.Name == k)).ToList();
        foreach (var name in extra.Concat(first.Schema.Columns.Select(c => c.Name))) csv.WriteField(name);
        csv.EndRecord();
        long rows = 0;
        for (var i = 0; i < table.Parts.Count; i++)
        {
            var data = i == 0 ? first : ParquetFile.Read(table.Parts[i].Path);
            if (!data.Schema.Columns.SequenceEqual(first.Schema.Columns))
                throw new PlotInputException($"the files of table '{table.Name}' differ in their columns ({table.Parts[0].Path} and {table.Parts[i].Path}): one CSV cannot hold both; export their folders one at a time");
            var values = extra.Select(k => table.Parts[i].Partitions.FirstOrDefault(p => p.Key == k).Value).ToArray();
            rows += WriteRows(csv, data, values);
        }

        csv.Flush();
        return rows;
    }

    private static int WriteRows(CsvWriter csv, ParquetTable table, string?[] prefix)
    {
        var columns = table.Schema.Columns;
        var arrays = columns.Select(c => c.Type switch
        {
            ParquetType.Int32 => (Array)table.GetInt32(c.Name),
            ParquetType.Int64 => table.GetInt64(c.Name),
            ParquetType.Double => table.GetDouble(c.Name),
            ParquetType.Boolean => table.GetBoolean(c.Name),
            _ => table.GetString(c.Name),
        }).ToArray();
        var nulls = columns.Select(c => table.GetNullMask(c.Name)).ToArray();
        for (var row = 0; row < table.RowCount; row++)
        {
            foreach (var value in prefix) csv.WriteField(value);
            for (var col = 0; col < arrays.Length; col++)
                csv.WriteField(nulls[col] is { } n && n[row] ? null : Format(arrays[col], row));
            csv.EndRecord();
        }

        return table.RowCount;
    }

    private static string? Format(Array values, int row) => values switch
    {
        double[] d => FormatDouble(d[row]),
        int[] i => i[row].ToString(CultureInfo.InvariantCulture),
        long[] l => l[row].ToString(CultureInfo.InvariantCulture),
        bool[] b => b[row] ? "true" : "false",
        string?[] s => s[row],
        _ => throw new InvalidOperationException($"unexpected column type {values.GetType()}"),
    };

    /// <summary>Shortest round-trip text: 0.1 → "0.1", 1e-7 → "1E-07"; NaN → "NaN", ±∞ → "Infinity"/"-Infinity".</summary>
    public static string FormatDouble(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
