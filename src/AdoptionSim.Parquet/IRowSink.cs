namespace AdoptionSim.Parquet;

/// <summary>
/// Where rows go, one value per column then <see cref="EndRow"/>. Deliberately narrow so a
/// Parquet library could stand in behind it. Values are buffered per column in primitive arrays:
/// appending neither boxes nor allocates per row.
/// </summary>
public interface IRowSink : IDisposable
{
    void Int32(int column, int value);
    void Int64(int column, long value);
    void Double(int column, double value);
    void Boolean(int column, bool value);
    void String(int column, string value);

    /// <summary>Only for optional columns.</summary>
    void Null(int column);

    /// <summary>Closes the row. Every column must have been set exactly once, else
    /// <see cref="InvalidOperationException"/> naming the columns.</summary>
    void EndRow();

    /// <summary>Rows ended so far.</summary>
    long RowCount { get; }

    /// <summary>Flushes the last row group, writes the footer and renames the temporary file to the
    /// final name. Disposing without calling this deletes the temporary file instead.</summary>
    void Complete();
}
