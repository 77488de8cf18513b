namespace AdoptionSim.Parquet;

/// <summary>
/// A row sink that also takes a block of rows column by column: one call per column with the block's
/// values, then <see cref="EndRows"/>. The file is the same as from the same rows set one value at a time
/// (<see cref="IRowSink"/>); a block spares a large table the calls and checks per value. The Parquet file
/// writer implements it; sinks that wrap another (journals, prefixes) need not, and writers fall back to rows.
/// </summary>
public interface IColumnBlockSink : IRowSink
{
    /// <summary>Rows the next block may hold at most (what is left of the current row group; at least 1).</summary>
    int BlockRowsAvailable { get; }

    /// <summary>
    /// A hint that about <paramref name="rows"/> more rows follow in blocks: a sink may make room for them at once
    /// (within its current row group) instead of growing step by step. Changes nothing written.
    /// </summary>
    void Reserve(int rows)
    {
    }

    void Int32s(int column, ReadOnlySpan<int> values);
    void Int64s(int column, ReadOnlySpan<long> values);
    void Doubles(int column, ReadOnlySpan<double> values);
    void Booleans(int column, ReadOnlySpan<bool> values);
    void Strings(int column, ReadOnlySpan<string> values);

    /// <summary>
    /// Ends a block of <paramref name="rows"/> rows (at most <see cref="BlockRowsAvailable"/>): every column must
    /// have been given exactly that many values since the last row or block ended.
    /// </summary>
    void EndRows(int rows);
}
