using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Reading;

// The parts of parquet.thrift's FileMetaData the reader uses; other fields are skipped.

internal sealed class SchemaElementInfo
{
    public PhysicalType? Type;
    public FieldRepetition? Repetition;
    public string Name = "";
    public int NumChildren;
    public ConvertedType? ConvertedType;
    /// <summary>Field id of the LogicalType union member present (1 STRING, 5 DECIMAL, 10 INTEGER …), if any.</summary>
    public short? LogicalTypeId;
    public bool? IntegerSigned;
    public int? IntegerBitWidth;
}

internal sealed class ColumnChunkInfo
{
    public string? FilePath;
    public PhysicalType Type;
    public List<string> Path = [];
    public CompressionCodec Codec;
    public long NumValues;
    public long TotalCompressedSize;
    public long DataPageOffset;
    public long? DictionaryPageOffset;
    public bool HasMetadata;
}

internal sealed class RowGroupInfo
{
    public List<ColumnChunkInfo> Columns = [];
    public long NumRows;
}

internal sealed class FileMetadataInfo
{
    public List<SchemaElementInfo> Schema = [];
    public long NumRows;
    public List<RowGroupInfo> RowGroups = [];
    public List<KeyValuePair<string, string>> KeyValues = [];
    public string? CreatedBy;
}

/// <summary>A page header: type, sizes, and the data/dictionary header fields the reader uses.</summary>
internal sealed class PageHeaderInfo
{
    public PageType Type;
    public int UncompressedSize;
    public int CompressedSize;
    public int NumValues;
    public ParquetEncoding Encoding;
    public ParquetEncoding DefinitionLevelEncoding = ParquetEncoding.Rle;
    // Data page v2 only.
    public int NumNulls;
    public int DefinitionLevelsLength;
    public int RepetitionLevelsLength;
    public bool IsCompressed = true;
}
