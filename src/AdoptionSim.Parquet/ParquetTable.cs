namespace AdoptionSim.Parquet;

/// <summary>
/// A whole flat Parquet file in memory: schema, footer metadata, and one typed array per column
/// with one element per row. A null row holds the type's default (0, false, null string) and is
/// flagged in the column's null mask, so numeric arrays can be plotted directly and
/// <see cref="IsNull(int, int)"/> tells real zeros from nulls.
/// </summary>
public sealed class ParquetTable
{
    private readonly ColumnData[] _columns;

    internal ParquetTable(string path, ParquetSchema schema, int rowCount, int rowGroupCount, string? createdBy,
        IReadOnlyList<KeyValuePair<string, string>> metadata, ColumnData[] columns)
    {
        Path = path;
        Schema = schema;
        RowCount = rowCount;
        RowGroupCount = rowGroupCount;
        CreatedBy = createdBy;
        Metadata = metadata;
        _columns = columns;
    }

    public string Path { get; }
    public ParquetSchema Schema { get; }
    public int RowCount { get; }
    public int RowGroupCount { get; }

    /// <summary>The writer's created_by, e.g. "adoptionsim version 0.1.0 (build abc123)" or "DuckDB version …".</summary>
    public string? CreatedBy { get; }

    /// <summary>Key-value metadata in file order (a missing value reads as "").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; }

    /// <summary>The value of the first metadata entry with this key, or null.</summary>
    public string? GetMetadata(string key)
    {
        foreach (var kv in Metadata)
            if (kv.Key == key) return kv.Value;
        return null;
    }

    public int ColumnIndex(string name)
    {
        var index = Schema.IndexOf(name);
        if (index < 0)
            throw new KeyNotFoundException($"'{Path}' has no column '{name}'; its columns are {string.Join(", ", Schema.Columns.Select(c => c.Name))}.");
        return index;
    }

    public int[] GetInt32(string name) => Values<int>(name, ParquetType.Int32);
    public long[] GetInt64(string name) => Values<long>(name, ParquetType.Int64);
    public double[] GetDouble(string name) => Values<double>(name, ParquetType.Double);
    public bool[] GetBoolean(string name) => Values<bool>(name, ParquetType.Boolean);

    /// <summary>Strings, with null at null rows.</summary>
    public string?[] GetString(string name) => Values<string?>(name, ParquetType.String);

    /// <summary>Any column as 64-bit integers (Int32 widened), for code that does not care about width.</summary>
    public long[] GetInt64Widened(string name)
    {
        var c = _columns[ColumnIndex(name)];
        return c.Values switch
        {
            long[] l => l,
            int[] i => Array.ConvertAll(i, v => (long)v),
            _ => throw WrongType(c.Column, ParquetType.Int64),
        };
    }

    /// <summary>Per-row null flags (true = null), or null for a required column.</summary>
    public bool[]? GetNullMask(string name) => _columns[ColumnIndex(name)].Nulls;

    public bool IsNull(int column, int row) => _columns[column].Nulls is { } nulls && nulls[row];
    public bool IsNull(string name, int row) => IsNull(ColumnIndex(name), row);

    /// <summary>One value boxed (null for a null row) — convenient for CSV export, not for hot loops.</summary>
    public object? GetValue(int column, int row) => IsNull(column, row) ? null : _columns[column].Values.GetValue(row);

    private T[] Values<T>(string name, ParquetType type)
    {
        var c = _columns[ColumnIndex(name)];
        if (c.Column.Type != type) throw WrongType(c.Column, type);
        return (T[])c.Values;
    }

    private InvalidOperationException WrongType(ParquetColumn column, ParquetType asked) =>
        new($"Column '{column.Name}' in '{Path}' holds {column.Type}, not {asked}.");

    internal sealed record ColumnData(ParquetColumn Column, Array Values, bool[]? Nulls);
}
