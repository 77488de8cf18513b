using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tables;

/// <summary>An output table whatever its row type: for documentation, file names and schemas.</summary>
public interface IOutputTable
{
    /// <summary>The table's name, e.g. <c>city_ticks</c>; its file is <see cref="FileName"/>.</summary>
    string Name { get; }

    /// <summary><c>NAME.parquet</c>.</summary>
    string FileName { get; }

    /// <summary>What one row is, e.g. "city × tick".</summary>
    string RowsAre { get; }

    /// <summary>What the table is for, one or two sentences (docs/outputs.md).</summary>
    string Doc { get; }

    IReadOnlyList<TableColumn> Columns { get; }

    ParquetSchema Schema { get; }
}

/// <summary>
/// An output table declared once: its name, what a row is, and one column list from which the Parquet
/// schema, the row writer (<see cref="Write"/>, a <see cref="ParquetRowWriter{TRow}"/>) and the reference in
/// docs/outputs.md all follow. <typeparamref name="TRow"/> is whatever the getters read: a model row struct,
/// or a small struct pointing into the model's state (e.g. a world and a firm index).
/// </summary>
public sealed class OutputTable<TRow> : IOutputTable
{
    private readonly TableColumn<TRow>[] _columns;

    public OutputTable(string name, string rowsAre, string doc, ColumnList<TRow> columns)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        RowsAre = rowsAre;
        Doc = doc;
        _columns = columns.Columns.ToArray();
        if (_columns.Length == 0) throw new ArgumentException($"table '{name}' declares no column", nameof(columns));
        Schema = new ParquetSchema(_columns.Select(c => c.ToParquet()).ToArray());
    }

    public string Name { get; }
    public string FileName => Name + ".parquet";
    public string RowsAre { get; }
    public string Doc { get; }
    public IReadOnlyList<TableColumn<TRow>> Columns => _columns;
    IReadOnlyList<TableColumn> IOutputTable.Columns => _columns;
    public ParquetSchema Schema { get; }

    /// <summary>Sets every column of <paramref name="row"/> on <paramref name="sink"/>, in order (not <see cref="IRowSink.EndRow"/>).</summary>
    public void Write(in TRow row, IRowSink sink)
    {
        for (var i = 0; i < _columns.Length; i++) _columns[i].Write(sink, i, row);
    }

    /// <summary>A typed writer of this table's rows into <paramref name="sink"/>, which must have been opened with <see cref="Schema"/>.</summary>
    /// <remarks>
    /// Blocks of rows (<see cref="ParquetTableWriter{TRow}.Append(ReadOnlySpan{TRow})"/>) go in column by column
    /// when the sink takes blocks (the Parquet file writer does): the same file, without an interface call and
    /// a check per value.
    /// </remarks>
    public ParquetTableWriter<TRow> Writer(IRowSink sink)
    {
        var scratch = new BlockScratch();
        return new(sink, Write, (rows, blocks) => WriteBlock(rows, blocks, scratch));
    }

    private void WriteBlock(ReadOnlySpan<TRow> rows, IColumnBlockSink sink, BlockScratch scratch)
    {
        for (var i = 0; i < _columns.Length; i++) _columns[i].WriteBlock(sink, i, rows, scratch);
    }

    /// <summary>The column called <paramref name="name"/>, or null.</summary>
    public TableColumn<TRow>? Column(string name) => Array.Find(_columns, c => c.Name == name);
}
