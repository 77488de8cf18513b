using System.Runtime.CompilerServices;
using AdoptionSim.Parquet.Bytes;
using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Writing;

/// <summary>
/// One column's values for the current row group, kept in primitive arrays until the row group
/// is flushed. Optional columns also keep one definition level per row (1 = value, 0 = null);
/// nulls take no slot among the values, as in the file.
/// </summary>
internal abstract class ColumnBuffer
{
    private byte[]? _levels;

    protected ColumnBuffer(ColumnDescriptor column, int rowGroupRows)
    {
        Column = column;
        RowGroupRows = rowGroupRows;
        if (column.Optional) _levels = new byte[Math.Min(rowGroupRows, 1024)];
    }

    public ColumnDescriptor Column { get; }
    protected int RowGroupRows { get; }

    /// <summary>Rows (values and nulls) in the current row group.</summary>
    public int Rows { get; private set; }

    /// <summary>Non-null values in the current row group.</summary>
    public int Values { get; protected set; }

    public long Nulls => Rows - Values;

    public ReadOnlySpan<byte> DefinitionLevels => _levels is null ? default : _levels.AsSpan(0, Rows);

    public abstract PhysicalType PhysicalType { get; }

    /// <summary>Encoding of the data pages' values (PLAIN, or RLE_DICTIONARY when a dictionary page precedes them).</summary>
    public virtual ParquetEncoding DataEncoding => ParquetEncoding.Plain;

    public virtual bool HasDictionary => false;
    public virtual int DictionaryCount => 0;

    /// <summary>Writes the dictionary page body (entries in PLAIN) when <see cref="HasDictionary"/>.</summary>
    public virtual void EncodeDictionary(ByteBuffer body) => throw new InvalidOperationException("No dictionary.");

    /// <summary>How many values from <paramref name="firstValue"/> fit a page of about <paramref name="pageBytes"/> (at least 1).</summary>
    public abstract int ValuesForPage(int firstValue, int pageBytes);

    /// <summary>
    /// Values [first, first+count) when their encoding is their bytes as stored (PLAIN fixed-width values): a page of a
    /// required column is then compressed straight from the buffer, without a copy. Empty when not so.
    /// </summary>
    public virtual ReadOnlySpan<byte> StoredBytes(int first, int count) => default;

    /// <summary>Appends values [first, first+count) in this column's data encoding.</summary>
    public abstract void EncodeValues(int first, int count, ByteBuffer body);

    public abstract ColumnStatistics Statistics();

    /// <summary>Starts the next row group, keeping the arrays (their size is bounded by the row-group size).</summary>
    public virtual void Reset()
    {
        Rows = 0;
        Values = 0;
    }

    /// <summary>Records that the row has a value (the caller has stored it among the values).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void RowDefined()
    {
        if (_levels is not null)
        {
            if (Rows == _levels.Length) _levels = Grown(_levels, RowGroupRows);
            _levels[Rows] = 1;
        }
        Rows++;
    }

    /// <summary>Counts <paramref name="count"/> rows of a required column (no definition levels) as defined.</summary>
    protected void RequiredRowsDefined(int count)
    {
        if (_levels is not null) throw new InvalidOperationException($"Column '{Column.Name}' is optional: append its values one by one.");
        Rows += count;
    }

    public void AppendNull()
    {
        if (_levels is null) throw new InvalidOperationException($"Column '{Column.Name}' is required and cannot hold null.");
        if (Rows == _levels.Length) _levels = Grown(_levels, RowGroupRows);
        _levels[Rows++] = 0;
    }

    /// <summary>
    /// Makes room for <paramref name="rows"/> more rows in this row group (capped at its size) at once, so that a large
    /// table written in blocks allocates each array once rather than doubling it from 1024 rows.
    /// </summary>
    public virtual void Reserve(int rows)
    {
        if (_levels is not null) _levels = Sized(_levels, Rows + rows);
    }

    /// <summary><paramref name="array"/>, or a copy of it of <paramref name="length"/> elements (at most the row group) when shorter.</summary>
    protected T[] Sized<T>(T[] array, long length)
    {
        var size = (int)Math.Min(length, RowGroupRows);
        if (array.Length >= size) return array;
        var bigger = new T[size];
        array.CopyTo(bigger, 0);
        return bigger;
    }

    /// <summary>Doubles an array, never beyond the row-group size, so memory stays set by the row group.</summary>
    protected static T[] Grown<T>(T[] array, int rowGroupRows)
    {
        var size = (int)Math.Min(Math.Max(array.Length * 2L, 1024), Math.Max(rowGroupRows, array.Length + 1L));
        var bigger = new T[size];
        array.CopyTo(bigger, 0);
        return bigger;
    }
}
