using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using AdoptionSim.Parquet.Bytes;
using AdoptionSim.Parquet.Encoding;
using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Writing;

/// <summary>
/// UTF-8 strings, dictionary-encoded while the dictionary stays small (city, class and scenario
/// names repeat on every tick) and PLAIN once it outgrows <see cref="ParquetWriteOptions.DictionaryPageBytesLimit"/>.
/// The dictionary is per row group and its order is first appearance, so output never depends on hashing.
/// </summary>
internal sealed class StringColumnBuffer : ColumnBuffer
{
    // A small direct-mapped cache keyed by object identity: a simulation passes the same string
    // instances row after row, and an identity hit skips hashing the characters.
    private const int IdentityCacheSize = 256;
    private readonly string?[] _cacheKeys = new string?[IdentityCacheSize];
    private readonly int[] _cacheIndices = new int[IdentityCacheSize];

    private readonly int _dictionaryLimit;
    private readonly Dictionary<string, int> _lookup = new(StringComparer.Ordinal);
    private readonly ByteBuffer _dictionary = new(4096);   // the dictionary page body: PLAIN entries
    private int[] _dictionaryOffsets = new int[64];        // where each entry starts in _dictionary
    private int _dictionaryCount;
    private int[] _indices;

    private bool _plain;
    private readonly ByteBuffer _plainValues = new(4096);  // PLAIN values once fallen back
    private int[] _plainOffsets = new int[64];             // where each value starts in _plainValues

    public StringColumnBuffer(ColumnDescriptor column, int rowGroupRows, int dictionaryLimit) : base(column, rowGroupRows)
    {
        _dictionaryLimit = dictionaryLimit;
        _indices = new int[Math.Min(rowGroupRows, 1024)];
    }

    public override PhysicalType PhysicalType => PhysicalType.ByteArray;
    public override ParquetEncoding DataEncoding => _plain ? ParquetEncoding.Plain : ParquetEncoding.RleDictionary;
    public override bool HasDictionary => !_plain;
    public override int DictionaryCount => _dictionaryCount;
    public bool FellBackToPlain => _plain;

    public void Append(string value)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(value));
        if (_plain) AppendPlain(value);
        else
        {
            var slot = RuntimeHelpers.GetHashCode(value) & (IdentityCacheSize - 1);
            int index;
            if (ReferenceEquals(_cacheKeys[slot], value)) index = _cacheIndices[slot];
            else
            {
                if (!_lookup.TryGetValue(value, out index))
                {
                    // Encode first: a string that is not valid UTF-16 throws here and changes nothing.
                    index = AddDictionaryEntry(value);
                    _lookup.Add(value, index);
                    if (_dictionary.Length > _dictionaryLimit)
                    {
                        FallBackToPlain();
                        AppendPlain(value);
                        RowDefined();
                        return;
                    }
                }
                _cacheKeys[slot] = value;
                _cacheIndices[slot] = index;
            }
            var n = Values;
            if (n == _indices.Length) _indices = Grown(_indices, RowGroupRows);
            _indices[n] = index;
            Values = n + 1;
        }
        RowDefined();
    }

    /// <summary>Room for the dictionary indices of <paramref name="rows"/> more rows (PLAIN bytes cannot be known ahead).</summary>
    public override void Reserve(int rows)
    {
        base.Reserve(rows);
        if (!_plain) _indices = Sized(_indices, (long)Values + rows);
    }

    /// <summary>
    /// Appends the last value appended once more, as its dictionary index: what <see cref="Append"/> does for the same
    /// string, without hashing it (a caller passing the same instance row after row, e.g. a block of firms of one city).
    /// False, appending nothing, when no value precedes in this row group or the column has fallen back to PLAIN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRepeatLast()
    {
        var n = Values;
        if (_plain || n == 0) return false;
        if (n == _indices.Length) _indices = Grown(_indices, RowGroupRows);
        _indices[n] = _indices[n - 1];
        Values = n + 1;
        RowDefined();
        return true;
    }

    private int AddDictionaryEntry(string value)
    {
        if (_dictionaryCount == _dictionaryOffsets.Length) Array.Resize(ref _dictionaryOffsets, _dictionaryCount * 2);
        _dictionaryOffsets[_dictionaryCount] = _dictionary.Length;
        WritePlain(value, _dictionary);
        return _dictionaryCount++;
    }

    /// <summary>The dictionary got too big: re-encode the values so far as PLAIN and continue in PLAIN
    /// for the rest of this row group.</summary>
    private void FallBackToPlain()
    {
        _plain = true;
        _plainValues.Clear();
        for (var i = 0; i < Values; i++)
        {
            AddPlainOffset(i);
            _plainValues.Write(DictionaryEntryPlain(_indices[i]));
        }
    }

    private void AppendPlain(string value)
    {
        AddPlainOffset(Values);
        WritePlain(value, _plainValues);
        Values++;
    }

    private void AddPlainOffset(int valueIndex)
    {
        if (valueIndex == _plainOffsets.Length) _plainOffsets = Grown(_plainOffsets, RowGroupRows);
        _plainOffsets[valueIndex] = _plainValues.Length;
    }

    /// <summary>PLAIN BYTE_ARRAY: 4-byte little-endian length, then the UTF-8 bytes.</summary>
    private static void WritePlain(string value, ByteBuffer output)
    {
        var max = Utf8.Strict.GetMaxByteCount(value.Length);
        var start = output.Length;
        var span = output.Append(4 + max);
        int written;
        try { written = Utf8.Strict.GetBytes(value, span[4..]); }
        catch (System.Text.EncoderFallbackException e)
        {
            output.Truncate(start);
            throw new ArgumentException($"A string contains an unpaired UTF-16 surrogate and cannot be written as UTF-8: {e.Message}", nameof(value), e);
        }
        BinaryPrimitives.WriteInt32LittleEndian(span, written);
        output.Truncate(start + 4 + written);
    }

    /// <summary>An entry with its length prefix.</summary>
    private ReadOnlySpan<byte> DictionaryEntryPlain(int index)
    {
        var start = _dictionaryOffsets[index];
        var end = index + 1 < _dictionaryCount ? _dictionaryOffsets[index + 1] : _dictionary.Length;
        return _dictionary.Span[start..end];
    }

    private ReadOnlySpan<byte> PlainValue(int index)
    {
        var start = _plainOffsets[index];
        var end = index + 1 < Values ? _plainOffsets[index + 1] : _plainValues.Length;
        return _plainValues.Span[start..end];
    }

    public override void EncodeDictionary(ByteBuffer body) => body.Write(_dictionary.Span);

    public override int ValuesForPage(int firstValue, int pageBytes)
    {
        if (!_plain) return Math.Max(1, pageBytes / 4); // indices, at most 4 bytes each before bit-packing
        var startOffset = _plainOffsets[firstValue];
        var last = firstValue + 1;
        while (last < Values && _plainOffsets[last] - startOffset < pageBytes) last++;
        return last - firstValue;
    }

    public override void EncodeValues(int first, int count, ByteBuffer body)
    {
        if (_plain)
        {
            var start = _plainOffsets[first];
            var end = first + count < Values ? _plainOffsets[first + count] : _plainValues.Length;
            body.Write(_plainValues.Span[start..end]);
            return;
        }
        // RLE_DICTIONARY data: one byte of bit width, then hybrid runs without a length prefix.
        // Width 1 at least: a zero width is legal but not every reader takes it.
        var width = Math.Max(1, RleBitPackedHybrid.BitWidth((uint)Math.Max(0, _dictionaryCount - 1)));
        body.WriteByte((byte)width);
        RleBitPackedHybrid.Encode<int>(_indices.AsSpan(first, count), width, body);
    }

    public override ColumnStatistics Statistics()
    {
        var bounds = new StringBoundsTracker();
        if (_plain)
            for (var i = 0; i < Values; i++) bounds.Add(PlainValue(i)[4..]);
        else
            for (var i = 0; i < _dictionaryCount; i++) bounds.Add(DictionaryEntryPlain(i)[4..]);
        return ColumnStatistics.ForStrings(bounds, Nulls);
    }

    public override void Reset()
    {
        base.Reset();
        _plain = false;
        _lookup.Clear();
        Array.Clear(_cacheKeys);
        _dictionary.Clear();
        _dictionaryCount = 0;
        _plainValues.Clear();
    }
}
