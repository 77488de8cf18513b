namespace AdoptionSim.Parquet;

/// <summary>
/// Typed convenience over <see cref="IRowSink"/>: append whole rows of <typeparamref name="TRow"/>
/// (typically a <c>readonly record struct</c>). Rows are taken by <c>in</c> reference and their
/// fields written straight into the column buffers: nothing is boxed or allocated per row.
/// </summary>
public sealed class ParquetTableWriter<TRow> : IDisposable
{
    private readonly IRowSink _sink;
    private readonly ParquetRowWriter<TRow> _write;
    private readonly ParquetBlockWriter<TRow>? _writeBlock;

    /// <summary>Rows described by a schema and a writer delegate.</summary>
    public ParquetTableWriter(string path, ParquetSchema schema, ParquetRowWriter<TRow> write, ParquetWriteOptions? options = null)
        : this(ParquetFile.Create(path, schema, options), write) { }

    /// <summary>Wraps any sink (e.g. a different Parquet implementation behind <see cref="IRowSink"/>).</summary>
    /// <param name="writeBlock">
    /// Optional: writes a block of rows column by column into a sink that takes blocks; it must give the
    /// same values as <paramref name="write"/> row by row (the file is then the same, only cheaper to write).
    /// </param>
    public ParquetTableWriter(IRowSink sink, ParquetRowWriter<TRow> write, ParquetBlockWriter<TRow>? writeBlock = null)
    {
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
        _write = write ?? throw new ArgumentNullException(nameof(write));
        _writeBlock = writeBlock;
    }

    public long RowCount => _sink.RowCount;

    public void Append(in TRow row)
    {
        _write(in row, _sink);
        _sink.EndRow();
    }

    /// <summary>A hint that about <paramref name="rows"/> more rows follow (see <see cref="IColumnBlockSink.Reserve"/>); changes nothing written.</summary>
    public void Reserve(int rows)
    {
        if (_writeBlock is not null && _sink is IColumnBlockSink blocks) blocks.Reserve(rows);
    }

    /// <summary>Appends rows in order: in blocks, column by column, when the sink takes blocks and a block writer was given.</summary>
    public void Append(ReadOnlySpan<TRow> rows)
    {
        if (_writeBlock is not null && _sink is IColumnBlockSink blocks)
        {
            while (!rows.IsEmpty)
            {
                var block = rows[..Math.Min(rows.Length, blocks.BlockRowsAvailable)];
                _writeBlock(block, blocks);
                blocks.EndRows(block.Length);
                rows = rows[block.Length..];
            }
            return;
        }
        foreach (ref readonly var row in rows) Append(in row);
    }

    public void Complete() => _sink.Complete();

    public void Dispose() => _sink.Dispose();
}

/// <summary>Creates table writers for row types that implement <see cref="IParquetRow{TRow}"/>.</summary>
public static class ParquetTableWriter
{
    public static ParquetTableWriter<TRow> Create<TRow>(string path, ParquetWriteOptions? options = null)
        where TRow : IParquetRow<TRow>
        => new(path, TRow.Schema, static (in TRow row, IRowSink sink) => TRow.Write(in row, sink), options);
}
