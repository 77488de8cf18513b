using AdoptionSim.Parquet.Bytes;
using AdoptionSim.Parquet.Encoding;
using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Writing;

/// <summary>
/// Compresses a page body and writes it after its Thrift PageHeader, keeping the file position
/// (for offsets in the footer) and the compressed/uncompressed totals of the current column chunk.
/// </summary>
internal sealed class PageWriter
{
    private readonly Stream _output;
    private readonly CompressionCodec _codec;
    private readonly ByteBuffer _compressed = new(64 * 1024);
    private readonly ByteBuffer _header = new(64);
    private readonly ThriftCompactWriter _thrift;

    public PageWriter(Stream output, CompressionCodec codec, long position)
    {
        _output = output;
        _codec = codec;
        _thrift = new ThriftCompactWriter(_header);
        Position = position;
    }

    /// <summary>Offset in the file of the next byte written.</summary>
    public long Position { get; private set; }

    /// <summary>Header plus compressed bytes written since <see cref="ResetTotals"/> (ColumnMetaData.total_compressed_size).</summary>
    public long CompressedTotal { get; private set; }

    /// <summary>Header plus uncompressed body bytes since <see cref="ResetTotals"/> (ColumnMetaData.total_uncompressed_size).</summary>
    public long UncompressedTotal { get; private set; }

    public void ResetTotals()
    {
        CompressedTotal = 0;
        UncompressedTotal = 0;
    }

    /// <summary>Writes raw bytes outside any page (the leading magic, the footer).</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        Position += bytes.Length;
    }

    public void WriteDictionaryPage(ReadOnlySpan<byte> body, int entries)
    {
        var compressed = Compress(body);
        _header.Clear();
        _thrift.BeginStruct();
        _thrift.FieldI32(1, (int)PageType.DictionaryPage);
        _thrift.FieldI32(2, body.Length);
        _thrift.FieldI32(3, compressed.Length);
        _thrift.FieldStructBegin(7);
        _thrift.FieldI32(1, entries);
        _thrift.FieldI32(2, (int)ParquetEncoding.Plain);
        _thrift.EndStruct();
        _thrift.EndStruct();
        Emit(body.Length, compressed);
    }

    /// <summary>A data page v1; <paramref name="numValues"/> counts nulls too.</summary>
    public void WriteDataPage(ReadOnlySpan<byte> body, int numValues, ParquetEncoding encoding)
    {
        var compressed = Compress(body);
        _header.Clear();
        _thrift.BeginStruct();
        _thrift.FieldI32(1, (int)PageType.DataPage);
        _thrift.FieldI32(2, body.Length);
        _thrift.FieldI32(3, compressed.Length);
        _thrift.FieldStructBegin(5);
        _thrift.FieldI32(1, numValues);
        _thrift.FieldI32(2, (int)encoding);
        // Levels are RLE even for a REQUIRED column, which has none: the fields are required by the format.
        _thrift.FieldI32(3, (int)ParquetEncoding.Rle);
        _thrift.FieldI32(4, (int)ParquetEncoding.Rle);
        _thrift.EndStruct();
        _thrift.EndStruct();
        Emit(body.Length, compressed);
    }

    private ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> body)
    {
        if (_codec == CompressionCodec.Uncompressed) return body;
        _compressed.Clear();
        PageCompression.Compress(_codec, body, _compressed);
        return _compressed.Span;
    }

    private void Emit(int uncompressedBody, ReadOnlySpan<byte> compressed)
    {
        _output.Write(_header.Span);
        _output.Write(compressed);
        var written = _header.Length + compressed.Length;
        Position += written;
        CompressedTotal += written;
        UncompressedTotal += _header.Length + uncompressedBody;
    }
}
