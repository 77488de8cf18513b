using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tables;

/// <summary>
/// Puts the same leading columns in front of every row written through it: a table's writer fills
/// columns 0, 1, … as usual and they land after the prefix. A sweep writes each run's per-tick tables
/// through one of these, straight into its dataset, with the experiment's columns (arm, point, grid
/// values, replicate) in front. <paramref name="writePrefix"/> sets columns 0 … <paramref name="prefixColumns"/> − 1
/// of the inner sink for each row.
/// </summary>
public sealed class PrefixedRowSink(IRowSink inner, int prefixColumns, Action<IRowSink> writePrefix) : IRowSink
{
    public long RowCount => inner.RowCount;

    public void Int32(int column, int value) => inner.Int32(prefixColumns + column, value);

    public void Int64(int column, long value) => inner.Int64(prefixColumns + column, value);

    public void Double(int column, double value) => inner.Double(prefixColumns + column, value);

    public void Boolean(int column, bool value) => inner.Boolean(prefixColumns + column, value);

    public void String(int column, string value) => inner.String(prefixColumns + column, value);

    public void Null(int column) => inner.Null(prefixColumns + column);

    public void EndRow()
    {
        writePrefix(inner);
        inner.EndRow();
    }

    public void Complete() => inner.Complete();

    public void Dispose() => inner.Dispose();
}
