using System.Globalization;
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
    public sealed record Exported(string Table, string Path, int Rows);

    /// <summary>The tables of a folder: its *.parquet files, by name without extension, in ordinal order.</summary>
    public static IReadOnlyList<string> Tables(string directory) =>
        Directory.EnumerateFiles(directory, "*.parquet", SearchOption.TopDirectoryOnly)
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Writes each table (or only <paramref name="table"/>) of <paramref name="directory"/> as NAME.csv in <paramref name="output"/> (default DIR/csv/).</summary>
    public static IReadOnlyList<Exported> Export(string directory, string? output = null, string? table = null)
    {
        if (!Directory.Exists(directory)) throw new PlotInputException($"folder '{directory}' not found");
        var tables = Tables(directory);
        if (tables.Count == 0) throw new PlotInputException($"'{directory}' has no .parquet tables to export");
        if (table is not null)
        {
            string name = table.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? table[..^".parquet".Length] : table;
            if (!tables.Contains(name, StringComparer.Ordinal))
                throw new PlotInputException($"no table '{table}' in '{directory}'; its tables are {string.Join(", ", tables)}");
            tables = [name];
        }

        output ??= Path.Combine(directory, "csv");
        Directory.CreateDirectory(output);
        var result = new List<Exported>();
        foreach (string name in tables)
        {
            var data = ParquetFile.Read(Path.Combine(directory, name + ".parquet"));
            string path = Path.Combine(output, name + ".csv");
            Write(data, path);
            result.Add(new Exported(name, path, data.RowCount));
        }
        return result;
    }

    /// <summary>Writes one table. The file is written beside its destination and renamed, so a failed export leaves no half file.</summary>
    public static void Write(ParquetTable table, string path)
    {
        string temporary = path + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var csv = CsvWriter.ToFile(temporary, CsvWriterOptions.Default))
            {
                var columns = table.Schema.Columns;
                foreach (var c in columns) csv.WriteField(c.Name);
                csv.EndRecord();

                var arrays = columns.Select(c => c.Type switch
                {
                    ParquetType.Int32 => (Array)table.GetInt32(c.Name),
                    ParquetType.Int64 => table.GetInt64(c.Name),
                    ParquetType.Double => table.GetDouble(c.Name),
                    ParquetType.Boolean => table.GetBoolean(c.Name),
                    _ => table.GetString(c.Name),
                }).ToArray();
                var nulls = columns.Select(c => table.GetNullMask(c.Name)).ToArray();

                for (int row = 0; row < table.RowCount; row++)
                {
                    for (int col = 0; col < arrays.Length; col++)
                        csv.WriteField(nulls[col] is { } n && n[row] ? null : Format(arrays[col], row));
                    csv.EndRecord();
                }
                csv.Flush();
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
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
