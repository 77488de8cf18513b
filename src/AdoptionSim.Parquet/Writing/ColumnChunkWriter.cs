using AdoptionSim.Parquet.Bytes;
using AdoptionSim.Parquet.Encoding;
using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Writing;

/// <summary>
/// Writes one column's buffered row group as a column chunk: the dictionary page if any, then
/// data pages of about <paramref name="pageBytes"/> each. A page body is the
/// definition levels (optional columns: uint32 length, then RLE/bit-packed at width 1) followed by the values.
/// </summary>
internal sealed class ColumnChunkWriter(PageWriter pages, CompressionCodec codec, int pageBytes)
{
    // A mostly-null column would otherwise put a whole row group's levels in one page.
    private const int MaxRowsPerPage = 1 << 20;
    private readonly ByteBuffer _body = new(pageBytes + 1024);

    public ColumnChunkMetadata Write(ColumnBuffer column)
    {
        pages.ResetTotals();
        var statistics = column.Statistics();

        long? dictionaryOffset = null;
        if (column.HasDictionary)
        {
            _body.Clear();
            column.EncodeDictionary(_body);
            dictionaryOffset = pages.Position;
            pages.WriteDictionaryPage(_body.Span, column.DictionaryCount);
        }

        var dataOffset = pages.Position;
        var levels = column.DefinitionLevels;
        var optional = column.Column.Optional;
        int row = 0, value = 0;
        while (row < column.Rows)
        {
            var maxValues = column.ValuesForPage(value, pageBytes);
            int pageRows, pageValues;
            if (!optional)
            {
                pageRows = pageValues = Math.Min(maxValues, column.Rows - row);
            }
            else
            {
                pageValues = 0;
                var end = row;
                var limit = Math.Min(column.Rows, row + MaxRowsPerPage);
                while (end < limit)
                {
                    if (levels[end] != 0)
                    {
                        if (pageValues == maxValues) break;
                        pageValues++;
                    }
                    end++;
                }
                pageRows = end - row;
            }

            // A required column's fixed-width values are their own page body: compressed from the buffer, not copied first.
            var body = optional ? default : column.StoredBytes(value, pageValues);
            if (body.IsEmpty)
            {
                _body.Clear();
                if (optional)
                {
                    var lengthAt = _body.Length;
                    _body.Append(4);
                    RleBitPackedHybrid.Encode(levels.Slice(row, pageRows), 1, _body);
                    System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(
                        _body.RawArray.AsSpan(lengthAt, 4), _body.Length - lengthAt - 4);
                }
                column.EncodeValues(value, pageValues, _body);
                body = _body.Span;
            }
            pages.WriteDataPage(body, pageRows, column.DataEncoding);
            row += pageRows;
            value += pageValues;
        }

        return new ColumnChunkMetadata(
            column.Column,
            column.PhysicalType,
            EncodingsUsed(column),
            codec,
            column.Rows,
            pages.UncompressedTotal,
            pages.CompressedTotal,
            dataOffset,
            dictionaryOffset,
            statistics);
    }

    /// <summary>Every encoding in the chunk, ascending by code so the footer never depends on discovery order.</summary>
    private static ParquetEncoding[] EncodingsUsed(ColumnBuffer column)
    {
        var list = new List<ParquetEncoding> { ParquetEncoding.Plain };
        if (column.Column.Optional) list.Add(ParquetEncoding.Rle);
        if (column.DataEncoding == ParquetEncoding.RleDictionary) list.Add(ParquetEncoding.RleDictionary);
        return list.ToArray();
    }
}
