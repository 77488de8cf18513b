using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Studies;

/// <summary>
/// A small output table of an analysis (design, outputs, indices, estimates, posterior): columns and rows of
/// plain values, written as one Parquet file with the analysis's provenance as key-value metadata. The writer
/// renames its temporary file into place on completion, so a reader never sees half a table.
/// </summary>
public sealed class StudyTable(IReadOnlyList<ParquetColumn> columns)
{
    private readonly List<object?[]> _rows = [];

    public IReadOnlyList<ParquetColumn> Columns { get; } = columns;

    /// <summary>Adds a row: one value per column (int, long, double, string, bool, or null for an optional column).</summary>
    public StudyTable Add(params object?[] values)
    {
        if (values.Length != Columns.Count) throw new ArgumentException($"expected {Columns.Count} values, got {values.Length}");
        _rows.Add(values);
        return this;
    }

    public int RowCount => _rows.Count;

    public void Write(string path, IReadOnlyList<KeyValuePair<string, string>> metadata)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var sink = ParquetFile.Create(path, new ParquetSchema(Columns.ToArray()), ParquetOutput.Options(metadata));
        foreach (var row in _rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                switch (row[c])
                {
                    case null: sink.Null(c); break;
                    case int i: sink.Int32(c, i); break;
                    case long l: sink.Int64(c, l); break;
                    case double d: sink.Double(c, d); break;
                    case bool b: sink.Boolean(c, b); break;
                    case string s: sink.String(c, s); break;
                    default: throw new ArgumentException($"column {Columns[c].Name}: cannot write a {row[c]!.GetType().Name}");
                }
            }

            sink.EndRow();
        }

        sink.Complete();
    }
}
