namespace AdoptionSim.Parquet;

/// <summary>
/// A row type that knows its Parquet schema and how to write itself, implemented by a
/// <c>readonly record struct</c>. Static abstract members let <see cref="ParquetTableWriter{TRow}"/>
/// call them without boxing the row or going through a delegate.
/// </summary>
public interface IParquetRow<TRow> where TRow : IParquetRow<TRow>
{
    static abstract ParquetSchema Schema { get; }

    /// <summary>Sets every column of the row on <paramref name="sink"/> (not <see cref="IRowSink.EndRow"/>).</summary>
    static abstract void Write(in TRow row, IRowSink sink);
}

/// <summary>Writes one row's columns into a sink; the row is passed by reference, so structs are not copied or boxed.</summary>
public delegate void ParquetRowWriter<TRow>(in TRow row, IRowSink sink);

/// <summary>Sets every column of a block of rows on a block sink, one call per column (not <see cref="IColumnBlockSink.EndRows"/>).</summary>
public delegate void ParquetBlockWriter<TRow>(ReadOnlySpan<TRow> rows, IColumnBlockSink sink);
