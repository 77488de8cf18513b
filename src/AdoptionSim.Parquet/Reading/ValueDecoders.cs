using System.Buffers.Binary;
using System.Diagnostics;
using System.Runtime.InteropServices;
using AdoptionSim.Parquet.Encoding;
using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Reading;

/// <summary>
/// Collects one column's non-null values, densely, across all pages and row groups, in the
/// column's physical type. Decodes PLAIN and dictionary (PLAIN_DICTIONARY / RLE_DICTIONARY) data;
/// any other encoding is reported as unsupported.
/// </summary>
internal abstract class ValueDecoder
{
    private int[] _indexScratch = [];

    public int Count { get; protected set; }

    /// <summary>The values read so far, as an array of the physical type (length may exceed <see cref="Count"/>).</summary>
    public abstract Array Values { get; }

    /// <summary>Replaces the current dictionary (a new one comes with each column chunk).</summary>
    public abstract void ReadDictionary(ReadOnlySpan<byte> plain, int count);

    /// <summary>Appends <paramref name="count"/> values decoded from a data page's value section.</summary>
    public void ReadValues(ParquetEncoding encoding, ReadOnlySpan<byte> data, int count)
    {
        if (count == 0) return;
        if (count > Capacity - Count) throw new InvalidDataException("A column holds more values than its metadata declares.");
        switch (encoding)
        {
            case ParquetEncoding.Plain: ReadPlain(data, count); break;
            case ParquetEncoding.PlainDictionary or ParquetEncoding.RleDictionary:
                if (!HasDictionary) throw new InvalidDataException("A dictionary-encoded page comes without a dictionary page.");
                ReadDictionaryIndices(data, count);
                break;
            default: ReadOther(encoding, data, count); break;
        }
        Count += count;
    }

    protected abstract int Capacity { get; }
    protected abstract bool HasDictionary { get; }
    protected abstract int DictionarySize { get; }
    protected abstract void ReadPlain(ReadOnlySpan<byte> data, int count);

    /// <summary>Copies dictionary entries for <paramref name="indices"/> to the values at <see cref="Count"/>.</summary>
    protected abstract void CopyFromDictionary(ReadOnlySpan<int> indices);

    protected virtual void ReadOther(ParquetEncoding encoding, ReadOnlySpan<byte> data, int count)
        => throw new UnsupportedFeatureException($"the {ParquetNames.Of(encoding)} encoding for data values");

    private void ReadDictionaryIndices(ReadOnlySpan<byte> data, int count)
    {
        if (data.IsEmpty) throw new InvalidDataException("A dictionary-encoded page has no index data.");
        if (_indexScratch.Length < count) _indexScratch = new int[Math.Max(count, 1024)];
        var indices = _indexScratch.AsSpan(0, count);
        RleBitPackedHybrid.Decode(data[1..], data[0], indices);
        var size = (uint)DictionarySize;
        foreach (var i in indices)
            if ((uint)i >= size) throw new InvalidDataException($"Dictionary index {i} is outside a dictionary of {size} entries.");
        CopyFromDictionary(indices);
    }

    public static ValueDecoder For(PhysicalType type, int capacity) => type switch
    {
        PhysicalType.Boolean => new BooleanDecoder(capacity),
        PhysicalType.Int32 => new FixedWidthDecoder<int>(capacity),
        PhysicalType.Int64 => new FixedWidthDecoder<long>(capacity),
        PhysicalType.Float => new FixedWidthDecoder<float>(capacity),
        PhysicalType.Double => new FixedWidthDecoder<double>(capacity),
        PhysicalType.ByteArray => new ByteArrayDecoder(capacity),
        _ => throw new UnsupportedFeatureException($"the physical type {ParquetNames.Of(type)}"),
    };
}

/// <summary>
/// A column whose values can come PLAIN or from a dictionary of PLAIN entries: the dictionary is decoded
/// once per column chunk and dictionary pages copy its entries. Subclasses say how PLAIN bytes decode.
/// </summary>
internal abstract class DictionaryCapableDecoder<T>(int capacity) : ValueDecoder
{
    private readonly T[] _values = new T[capacity];
    private T[]? _dictionary;

    public override Array Values => _values;
    protected override int Capacity => _values.Length;
    protected override bool HasDictionary => _dictionary is not null;
    protected override int DictionarySize => _dictionary?.Length ?? 0;

    public override void ReadDictionary(ReadOnlySpan<byte> plain, int count)
    {
        _dictionary = new T[count];
        Decode(plain, _dictionary);
    }

    protected override void ReadPlain(ReadOnlySpan<byte> data, int count) => Decode(data, _values.AsSpan(Count, count));

    protected override void CopyFromDictionary(ReadOnlySpan<int> indices)
    {
        var dest = _values.AsSpan(Count, indices.Length);
        var dict = _dictionary!;
        for (var i = 0; i < indices.Length; i++) dest[i] = dict[indices[i]];
    }

    /// <summary>Decodes <c>dest.Length</c> PLAIN values from <paramref name="data"/>.</summary>
    protected abstract void Decode(ReadOnlySpan<byte> data, Span<T> dest);
}

/// <summary>INT32, INT64, FLOAT, DOUBLE: PLAIN is the little-endian bytes, copied as they are.</summary>
internal sealed class FixedWidthDecoder<T>(int capacity) : DictionaryCapableDecoder<T>(capacity) where T : unmanaged
{
    protected override void Decode(ReadOnlySpan<byte> data, Span<T> dest)
    {
        var bytes = MemoryMarshal.AsBytes(dest);
        if (data.Length < bytes.Length) throw new InvalidDataException("A page holds fewer PLAIN values than it declares.");
        data[..bytes.Length].CopyTo(bytes);
    }
}

/// <summary>BOOLEAN: PLAIN is bit-packed LSB first; RLE (data page v2 writers) is length-prefixed hybrid at width 1.</summary>
internal sealed class BooleanDecoder(int capacity) : ValueDecoder
{
    private readonly bool[] _values = new bool[capacity];
    private int[] _scratch = [];

    public override Array Values => _values;
    protected override int Capacity => _values.Length;
    protected override bool HasDictionary => false;
    protected override int DictionarySize => 0;

    public override void ReadDictionary(ReadOnlySpan<byte> plain, int count)
        => throw new UnsupportedFeatureException("a dictionary for a BOOLEAN column");

    protected override void ReadPlain(ReadOnlySpan<byte> data, int count)
    {
        if (data.Length < (count + 7) / 8) throw new InvalidDataException("A page holds fewer PLAIN booleans than it declares.");
        var dest = _values.AsSpan(Count, count);
        for (var i = 0; i < count; i++) dest[i] = (data[i >> 3] & (1 << (i & 7))) != 0;
    }

    protected override void CopyFromDictionary(ReadOnlySpan<int> indices) => throw new UnreachableException();

    protected override void ReadOther(ParquetEncoding encoding, ReadOnlySpan<byte> data, int count)
    {
        if (encoding != ParquetEncoding.Rle) base.ReadOther(encoding, data, count);
        if (data.Length < 4) throw new InvalidDataException("An RLE boolean page ends early.");
        var length = BinaryPrimitives.ReadInt32LittleEndian(data);
        if (length < 0 || length > data.Length - 4) throw new InvalidDataException("An RLE boolean page's length runs past the page.");
        if (_scratch.Length < count) _scratch = new int[count];
        RleBitPackedHybrid.Decode(data.Slice(4, length), 1, _scratch.AsSpan(0, count));
        var dest = _values.AsSpan(Count, count);
        for (var i = 0; i < count; i++) dest[i] = _scratch[i] != 0;
    }
}

/// <summary>BYTE_ARRAY as UTF-8 strings. Dictionary entries are decoded once and shared by every row using them.</summary>
internal sealed class ByteArrayDecoder(int capacity) : DictionaryCapableDecoder<string>(capacity)
{
    protected override void Decode(ReadOnlySpan<byte> data, Span<string> dest)
    {
        var pos = 0;
        for (var i = 0; i < dest.Length; i++)
        {
            if (data.Length - pos < 4) throw new InvalidDataException("A page holds fewer PLAIN strings than it declares.");
            var length = BinaryPrimitives.ReadInt32LittleEndian(data[pos..]);
            pos += 4;
            if (length < 0 || length > data.Length - pos) throw new InvalidDataException("A PLAIN string runs past the end of its page.");
            dest[i] = System.Text.Encoding.UTF8.GetString(data.Slice(pos, length));
            pos += length;
        }
    }
}
