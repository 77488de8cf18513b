using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AdoptionSim.Parquet.Bytes;
using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Writing;

/// <summary>Fixed-width values stored in a growable array; PLAIN encoding is a straight copy of their bytes.</summary>
internal abstract class PrimitiveColumnBuffer<T> : ColumnBuffer where T : unmanaged
{
    protected T[] Data;

    protected PrimitiveColumnBuffer(ColumnDescriptor column, int rowGroupRows) : base(column, rowGroupRows)
        => Data = new T[Math.Min(rowGroupRows, 1024)];

    protected ReadOnlySpan<T> Stored => Data.AsSpan(0, Values);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(T value)
    {
        var n = Values;
        if (n == Data.Length) Data = Grown(Data, RowGroupRows);
        Data[n] = value;
        Values = n + 1;
        RowDefined();
    }

    public override void Reserve(int rows)
    {
        base.Reserve(rows);
        Data = Sized(Data, (long)Values + rows);
    }

    /// <summary>Appends a block of values: the same buffer as appending them one by one.</summary>
    public void Append(ReadOnlySpan<T> values)
    {
        if (Column.Optional)
        {
            foreach (var value in values) Append(value);
            return;
        }
        var n = Values;
        while (Data.Length < n + values.Length) Data = Grown(Data, RowGroupRows);
        values.CopyTo(Data.AsSpan(n));
        Values = n + values.Length;
        RequiredRowsDefined(values.Length);
    }

    public override int ValuesForPage(int firstValue, int pageBytes) => Math.Max(1, pageBytes / Unsafe.SizeOf<T>());

    public override void EncodeValues(int first, int count, ByteBuffer body) => body.WriteValues<T>(Data.AsSpan(first, count));

    public override ReadOnlySpan<byte> StoredBytes(int first, int count) => MemoryMarshal.AsBytes(Data.AsSpan(first, count));
}

internal sealed class Int32ColumnBuffer(ColumnDescriptor column, int rowGroupRows) : PrimitiveColumnBuffer<int>(column, rowGroupRows)
{
    public override PhysicalType PhysicalType => PhysicalType.Int32;
    public override ColumnStatistics Statistics() => ColumnStatistics.ForInt32(Stored, Nulls);
}

internal sealed class Int64ColumnBuffer(ColumnDescriptor column, int rowGroupRows) : PrimitiveColumnBuffer<long>(column, rowGroupRows)
{
    public override PhysicalType PhysicalType => PhysicalType.Int64;
    public override ColumnStatistics Statistics() => ColumnStatistics.ForInt64(Stored, Nulls);
}

internal sealed class DoubleColumnBuffer(ColumnDescriptor column, int rowGroupRows) : PrimitiveColumnBuffer<double>(column, rowGroupRows)
{
    public override PhysicalType PhysicalType => PhysicalType.Double;
    public override ColumnStatistics Statistics() => ColumnStatistics.ForDouble(Stored, Nulls);
}

/// <summary>Booleans are kept one per byte while buffering and bit-packed (LSB first) when a page is encoded.</summary>
internal sealed class BooleanColumnBuffer(ColumnDescriptor column, int rowGroupRows) : PrimitiveColumnBuffer<bool>(column, rowGroupRows)
{
    public override PhysicalType PhysicalType => PhysicalType.Boolean;

    public override ColumnStatistics Statistics() => ColumnStatistics.ForBoolean(Stored, Nulls);

    public override int ValuesForPage(int firstValue, int pageBytes) => (int)Math.Min(pageBytes * 8L, int.MaxValue);

    public override ReadOnlySpan<byte> StoredBytes(int first, int count) => default; // bit-packed, not stored as is

    public override void EncodeValues(int first, int count, ByteBuffer body)
    {
        var values = Data.AsSpan(first, count);
        var dest = body.Append((count + 7) / 8);
        dest.Clear();
        for (var i = 0; i < values.Length; i++)
            if (values[i]) dest[i >> 3] |= (byte)(1 << (i & 7));
    }
}
