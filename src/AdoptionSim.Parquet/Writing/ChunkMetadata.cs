using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Writing;

/// <summary>What the footer needs to know about one written column chunk.</summary>
internal sealed record ColumnChunkMetadata(
    ColumnDescriptor Column,
    PhysicalType PhysicalType,
    IReadOnlyList<ParquetEncoding> Encodings,
    CompressionCodec Codec,
    long NumValues,
    long TotalUncompressedSize,
    long TotalCompressedSize,
    long DataPageOffset,
    long? DictionaryPageOffset,
    ColumnStatistics Statistics)
{
    public long FirstPageOffset => DictionaryPageOffset ?? DataPageOffset;
}

/// <summary>One written row group.</summary>
internal sealed record RowGroupMetadata(IReadOnlyList<ColumnChunkMetadata> Columns, long NumRows);
