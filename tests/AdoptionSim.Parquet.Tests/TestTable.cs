using System.Globalization;
using System.Text.Json;
using AdoptionSim.Parquet;

namespace AdoptionSim.Parquet.Tests;

/// <summary>A table for tests: schema, rows as boxed cells (null = Parquet null), and write options.</summary>
public sealed record TestTable(string Name, ParquetSchema Schema, IReadOnlyList<object?[]> Rows, ParquetWriteOptions Options)
{
    public override string ToString() => Name;

    public void WriteTo(string path)
    {
        using var sink = ParquetFile.Create(path, Schema, Options);
        foreach (var row in Rows) WriteRow(sink, Schema, row);
        sink.Complete();
    }

    public static void WriteRow(IRowSink sink, ParquetSchema schema, object?[] row)
    {
        for (var c = 0; c < schema.Columns.Count; c++)
        {
            switch (row[c])
            {
                case null: sink.Null(c); break;
                case int i: sink.Int32(c, i); break;
                case long l: sink.Int64(c, l); break;
                case double d: sink.Double(c, d); break;
                case bool b: sink.Boolean(c, b); break;
                case string s: sink.String(c, s); break;
                default: throw new ArgumentException($"Unexpected cell {row[c]}");
            }
        }
        sink.EndRow();
    }

    /// <summary>The cell as the reader scripts print it: doubles as "0x" + 16 hex digits of their bits, int64 as decimal text.</summary>
    public static string Canonical(object? cell) => cell switch
    {
        null => "null",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => "\"" + l.ToString(CultureInfo.InvariantCulture) + "\"",
        double d => "\"0x" + BitConverter.DoubleToUInt64Bits(d).ToString("x16") + "\"",
        bool b => b ? "true" : "false",
        string s => JsonSerializer.Serialize(s),
        _ => throw new ArgumentException($"Unexpected cell {cell}"),
    };

    public static string Canonical(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Number => cell.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.String => JsonSerializer.Serialize(cell.GetString()),
        _ => "unexpected " + cell.GetRawText(),
    };

    /// <summary>
    /// Compares a reader script's result with this table: names, types, then every cell exactly.
    /// Returns a description of the first differences, or null when they agree.
    /// </summary>
    public string? Compare(JsonElement result, string reader)
    {
        if (result.TryGetProperty("error", out var error)) return $"{reader} failed on {Name}: {error.GetString()}";
        var names = result.GetProperty("names").EnumerateArray().Select(e => e.GetString()).ToArray();
        var types = result.GetProperty("types").EnumerateArray().Select(e => e.GetString()).ToArray();
        var expectedNames = Schema.Columns.Select(c => c.Name).ToArray();
        var expectedTypes = Schema.Columns.Select(c => c.Type.ToString()).ToArray();
        if (!names.SequenceEqual(expectedNames)) return $"{reader} on {Name}: names [{string.Join(",", names)}], expected [{string.Join(",", expectedNames)}]";
        if (!types.SequenceEqual(expectedTypes)) return $"{reader} on {Name}: types [{string.Join(",", types)}], expected [{string.Join(",", expectedTypes)}]";
        var rows = result.GetProperty("rows");
        if (rows.GetArrayLength() != Rows.Count) return $"{reader} on {Name}: {rows.GetArrayLength()} rows, expected {Rows.Count}";
        var problems = new List<string>();
        var r = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var c = 0;
            foreach (var cell in row.EnumerateArray())
            {
                var actual = Canonical(cell);
                var expected = Canonical(Rows[r][c]);
                if (actual != expected && problems.Count < 10)
                    problems.Add($"row {r} column '{Schema.Columns[c].Name}': {actual}, expected {expected}");
                c++;
            }
            r++;
        }
        return problems.Count == 0 ? null : $"{reader} on {Name}:\n  " + string.Join("\n  ", problems);
    }
}
