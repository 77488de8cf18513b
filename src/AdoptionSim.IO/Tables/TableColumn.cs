using System.Runtime.CompilerServices;
using AdoptionSim.Core.Engine;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tables;

/// <summary>What a column is, whatever its row type: the name, Parquet type and one-line doc of one output column.</summary>
public abstract class TableColumn
{
    private protected TableColumn(string name, ParquetType type, string doc, Aggregation aggregation)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(doc);
        Name = name;
        Type = type;
        Doc = doc;
        Aggregation = aggregation;
    }

    public string Name { get; }

    public ParquetType Type { get; }

    /// <summary>One line for docs/outputs.md: what the value means, with its unit.</summary>
    public string Doc { get; }

    /// <summary>How the column combines over places into a total (see <see cref="Tables.Aggregation"/>).</summary>
    public Aggregation Aggregation { get; }

    /// <summary>For <see cref="Aggregation.WeightedMean"/>: the column that weights it, when not the table's own weight column.</summary>
    public string? Weight { get; internal init; }

    public ParquetColumn ToParquet() => new(Name, Type);
}

/// <summary>A column of rows of <typeparamref name="TRow"/>: its declaration and how to read its value from a row.</summary>
public abstract class TableColumn<TRow> : TableColumn
{
    private protected TableColumn(string name, ParquetType type, string doc, Aggregation aggregation)
        : base(name, type, doc, aggregation)
    {
    }

    /// <summary>Sets this column, at position <paramref name="index"/>, of the row being written to <paramref name="sink"/>.</summary>
    public abstract void Write(IRowSink sink, int index, in TRow row);

    /// <summary>Sets this column of a block of rows: the values <see cref="Write"/> gives row by row, in one call.</summary>
    /// <remarks>The overrides are compiled optimised at once: blocks come from large tables (a million-firm snapshot at
    /// tick 0) whose first block would otherwise run unoptimised code until the runtime's tiering catches up.</remarks>
    internal abstract void WriteBlock(IColumnBlockSink sink, int index, ReadOnlySpan<TRow> rows, BlockScratch scratch);
}

internal sealed class Int32Column<TRow>(string name, string doc, Aggregation aggregation, Func<TRow, int> get)
    : TableColumn<TRow>(name, ParquetType.Int32, doc, aggregation)
{
    public override void Write(IRowSink sink, int index, in TRow row) => sink.Int32(index, get(row));

    [MethodImpl(HotPath.Compile)]
    internal override void WriteBlock(IColumnBlockSink sink, int index, ReadOnlySpan<TRow> rows, BlockScratch scratch)
    {
        var values = scratch.Int32s(rows.Length);
        for (var i = 0; i < rows.Length; i++) values[i] = get(rows[i]);
        sink.Int32s(index, values);
    }
}

internal sealed class Int64Column<TRow>(string name, string doc, Aggregation aggregation, Func<TRow, long> get)
    : TableColumn<TRow>(name, ParquetType.Int64, doc, aggregation)
{
    public override void Write(IRowSink sink, int index, in TRow row) => sink.Int64(index, get(row));

    [MethodImpl(HotPath.Compile)]
    internal override void WriteBlock(IColumnBlockSink sink, int index, ReadOnlySpan<TRow> rows, BlockScratch scratch)
    {
        var values = scratch.Int64s(rows.Length);
        for (var i = 0; i < rows.Length; i++) values[i] = get(rows[i]);
        sink.Int64s(index, values);
    }
}

internal sealed class DoubleColumn<TRow>(string name, string doc, Aggregation aggregation, Func<TRow, double> get)
    : TableColumn<TRow>(name, ParquetType.Double, doc, aggregation)
{
    public override void Write(IRowSink sink, int index, in TRow row) => sink.Double(index, get(row));

    [MethodImpl(HotPath.Compile)]
    internal override void WriteBlock(IColumnBlockSink sink, int index, ReadOnlySpan<TRow> rows, BlockScratch scratch)
    {
        var values = scratch.Doubles(rows.Length);
        for (var i = 0; i < rows.Length; i++) values[i] = get(rows[i]);
        sink.Doubles(index, values);
    }
}

internal sealed class BooleanColumn<TRow>(string name, string doc, Func<TRow, bool> get)
    : TableColumn<TRow>(name, ParquetType.Boolean, doc, Aggregation.None)
{
    public override void Write(IRowSink sink, int index, in TRow row) => sink.Boolean(index, get(row));

    [MethodImpl(HotPath.Compile)]
    internal override void WriteBlock(IColumnBlockSink sink, int index, ReadOnlySpan<TRow> rows, BlockScratch scratch)
    {
        var values = scratch.Booleans(rows.Length);
        for (var i = 0; i < rows.Length; i++) values[i] = get(rows[i]);
        sink.Booleans(index, values);
    }
}

internal sealed class StringColumn<TRow>(string name, string doc, Func<TRow, string> get)
    : TableColumn<TRow>(name, ParquetType.String, doc, Aggregation.None)
{
    public override void Write(IRowSink sink, int index, in TRow row) => sink.String(index, get(row));

    [MethodImpl(HotPath.Compile)]
    internal override void WriteBlock(IColumnBlockSink sink, int index, ReadOnlySpan<TRow> rows, BlockScratch scratch)
    {
        var values = scratch.Strings(rows.Length);
        for (var i = 0; i < rows.Length; i++) values[i] = get(rows[i]);
        sink.Strings(index, values);
        scratch.ClearStrings(rows.Length);
    }
}
