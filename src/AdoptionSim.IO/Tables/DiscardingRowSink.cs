using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tables;

/// <summary>
/// A sink that keeps nothing but counts its rows: for a table a caller does not want on disk (a sweep
/// without <c>keep_firms</c> drops the firm snapshots) while the run's manifest still counts its rows.
/// </summary>
public sealed class DiscardingRowSink : IRowSink
{
    public long RowCount { get; private set; }

    public void Int32(int column, int value)
    {
    }

    public void Int64(int column, long value)
    {
    }

    public void Double(int column, double value)
    {
    }

    public void Boolean(int column, bool value)
    {
    }

    public void String(int column, string value)
    {
    }

    public void Null(int column)
    {
    }

    public void EndRow() => RowCount++;

    public void Complete()
    {
    }

    public void Dispose()
    {
    }
}
