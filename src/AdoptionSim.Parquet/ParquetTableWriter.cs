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

    /// <summary>Rows described by a schema and a writer delegate.</summary>
    public ParquetTableWriter(string path, ParquetSchema schema, ParquetRowWriter<TRow> write, ParquetWriteOptions? options = null)
        : this(ParquetFile.Create(path, schema, options), write) { }

    /// <summary>Wraps any sink (e.g. a different Parquet implementation behind <see cref="IRowSink"/>).</summary>
    public ParquetTableWriter(IRowSink sink, ParquetRowWriter<TRow> write)
    {
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
        _write = write ?? throw new ArgumentNullException(nameof(write));
    }

    public long RowCount => _sink.RowCount;

    public void Append(in TRow row)
    {
        _write(in row, _sink);
        _sink.EndRow();
    }

    public void Append(ReadOnlySpan<TRow> rows)
    {
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
