using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Writing;

/// <summary>
/// One flat column as the file format sees it: its name, physical type, whether it may hold nulls, and
/// whether its bytes are UTF-8 text (BYTE_ARRAY annotated UTF8/STRING). The file writer derives it from
/// the caller's <c>ParquetColumn</c>, so the writing layer never needs the public schema types.
/// </summary>
internal sealed record ColumnDescriptor(string Name, PhysicalType PhysicalType, bool Optional, bool IsString);
