using System.Buffers.Binary;
using AdoptionSim.Parquet.Encoding;
using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Reading;

/// <summary>
/// Walks the pages of one column chunk — an optional dictionary page, then data pages v1 or v2 —
/// decompressing each and handing definition levels and values to the column's decoders.
/// Flat columns only: the maximum definition level is 1 for optional and 0 for required columns,
/// and there are no repetition levels.
/// </summary>
internal sealed class ColumnChunkReader
{
    private byte[] _pageBuffer = new byte[64 * 1024];
    private int[] _levels = new int[1024];

    /// <param name="chunk">The chunk's bytes, from its first page.</param>
    /// <param name="nulls">Per-row null flags for an optional column (null for required), filled from <paramref name="firstRow"/>.</param>
    public void Read(ReadOnlySpan<byte> chunkBytes, byte[] chunkArray, int chunkStart, ColumnChunkInfo chunk,
        ValueDecoder values, bool[]? nulls, int firstRow)
    {
        var pos = 0;
        long rowsRead = 0;
        while (rowsRead < chunk.NumValues)
        {
            if (pos >= chunkBytes.Length)
                throw new InvalidDataException($"Column chunk ends after {rowsRead} of its {chunk.NumValues} values.");
            var thrift = new ThriftCompactReader(chunkArray, chunkStart + pos, chunkBytes.Length - pos);
            var header = FooterReader.ReadPageHeader(thrift);
            pos = thrift.Position - chunkStart;
            if (header.CompressedSize < 0 || header.CompressedSize > chunkBytes.Length - pos || header.UncompressedSize < 0)
                throw new InvalidDataException("A page's size runs past the end of its column chunk.");
            var body = chunkBytes.Slice(pos, header.CompressedSize);
            pos += header.CompressedSize;

            switch (header.Type)
            {
                case PageType.DictionaryPage:
                    if (header.Encoding is not (ParquetEncoding.Plain or ParquetEncoding.PlainDictionary))
                        throw new UnsupportedFeatureException($"a dictionary page in {ParquetNames.Of(header.Encoding)}");
                    values.ReadDictionary(Decompress(chunk.Codec, body, header.UncompressedSize), header.NumValues);
                    break;
                case PageType.DataPage:
                    rowsRead += ReadDataPageV1(chunk, header, body, values, nulls, firstRow + (int)rowsRead);
                    break;
                case PageType.DataPageV2:
                    rowsRead += ReadDataPageV2(chunk, header, body, values, nulls, firstRow + (int)rowsRead);
                    break;
                case PageType.IndexPage:
                    break; // carries nothing the reader needs
                default:
                    throw new UnsupportedFeatureException($"page type #{(int)header.Type}");
            }
        }
        if (rowsRead != chunk.NumValues)
            throw new InvalidDataException($"Column chunk pages hold {rowsRead} values but its metadata says {chunk.NumValues}.");
    }

    private int ReadDataPageV1(ColumnChunkInfo chunk, PageHeaderInfo header, ReadOnlySpan<byte> body,
        ValueDecoder values, bool[]? nulls, int firstRow)
    {
        var page = Decompress(chunk.Codec, body, header.UncompressedSize);
        var present = header.NumValues;
        if (nulls is not null)
        {
            if (header.DefinitionLevelEncoding != ParquetEncoding.Rle)
                throw new UnsupportedFeatureException($"definition levels in {ParquetNames.Of(header.DefinitionLevelEncoding)}");
            if (page.Length < 4) throw new InvalidDataException("A data page ends inside its definition levels.");
            var length = BinaryPrimitives.ReadInt32LittleEndian(page);
            if (length < 0 || length > page.Length - 4) throw new InvalidDataException("Definition levels run past the end of their page.");
            present = ReadLevels(page.Slice(4, length), header.NumValues, nulls, firstRow);
            page = page[(4 + length)..];
        }
        values.ReadValues(header.Encoding, page, present);
        return header.NumValues;
    }

    /// <summary>Data page v2: levels come first, never compressed and without length prefixes; only the values are compressed.</summary>
    private int ReadDataPageV2(ColumnChunkInfo chunk, PageHeaderInfo header, ReadOnlySpan<byte> body,
        ValueDecoder values, bool[]? nulls, int firstRow)
    {
        var levelBytes = header.RepetitionLevelsLength + header.DefinitionLevelsLength;
        if (header.RepetitionLevelsLength < 0 || header.DefinitionLevelsLength < 0 || levelBytes > body.Length)
            throw new InvalidDataException("A v2 data page's level lengths run past the page.");
        var present = header.NumValues;
        if (nulls is not null)
            present = ReadLevels(body.Slice(header.RepetitionLevelsLength, header.DefinitionLevelsLength), header.NumValues, nulls, firstRow);
        else if (header.NumNulls != 0)
            throw new InvalidDataException("A required column's page declares nulls.");
        var compressedValues = body[levelBytes..];
        var valueBytes = header.UncompressedSize - levelBytes;
        var page = header.IsCompressed && chunk.Codec != CompressionCodec.Uncompressed
            ? Decompress(chunk.Codec, compressedValues, valueBytes)
            : compressedValues;
        values.ReadValues(header.Encoding, page, present);
        return header.NumValues;
    }

    /// <summary>Decodes width-1 definition levels into null flags; returns how many rows have a value.</summary>
    private int ReadLevels(ReadOnlySpan<byte> data, int count, bool[] nulls, int firstRow)
    {
        if (count > nulls.Length - firstRow) throw new InvalidDataException("A column holds more rows than its row group declares.");
        if (_levels.Length < count) _levels = new int[count];
        var levels = _levels.AsSpan(0, count);
        RleBitPackedHybrid.Decode(data, 1, levels);
        var present = 0;
        var flags = nulls.AsSpan(firstRow, count);
        for (var i = 0; i < count; i++)
        {
            var level = levels[i];
            if (level > 1) throw new InvalidDataException($"Definition level {level} in a flat column (at most 1).");
            flags[i] = level == 0;
            present += level;
        }
        return present;
    }

    private ReadOnlySpan<byte> Decompress(CompressionCodec codec, ReadOnlySpan<byte> body, int uncompressedSize)
    {
        if (uncompressedSize < 0) throw new InvalidDataException("A page declares a negative size.");
        if (codec == CompressionCodec.Uncompressed) return body;
        if (_pageBuffer.Length < uncompressedSize) _pageBuffer = new byte[Math.Max(uncompressedSize, _pageBuffer.Length * 2)];
        var dest = _pageBuffer.AsSpan(0, uncompressedSize);
        PageCompression.Decompress(codec, body, dest);
        return dest;
    }
}
