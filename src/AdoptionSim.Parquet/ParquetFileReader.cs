using System.Buffers.Binary;
using AdoptionSim.Parquet.Reading;
using AdoptionSim.Parquet.Thrift;
using Microsoft.Win32.SafeHandles;

namespace AdoptionSim.Parquet;

/// <summary>
/// Reads a flat Parquet file whole: footer first, then each column chunk by its offsets.
/// Every failure inside becomes a <see cref="ParquetFormatException"/> that names the file.
/// </summary>
internal static class ParquetFileReader
{
    private static ReadOnlySpan<byte> Magic => "PAR1"u8;
    private static ReadOnlySpan<byte> EncryptedMagic => "PARE"u8;

    public static ParquetTable Read(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            return ReadFile(path, handle);
        }
        catch (UnsupportedFeatureException e)
        {
            throw new ParquetFormatException($"'{path}' uses {e.Feature}, which the AdoptionSim Parquet reader does not support.", e);
        }
        catch (Exception e) when (e is InvalidDataException)
        {
            throw new ParquetFormatException($"'{path}' is not a readable Parquet file: {e.Message}", e);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or OverflowException or InvalidCastException or OutOfMemoryException)
        {
            // Bounds the decoders did not anticipate: still damaged input, not a bug to show as a trace.
            throw new ParquetFormatException($"'{path}' is not a readable Parquet file: its contents are inconsistent ({e.GetType().Name}: {e.Message}).", e);
        }
    }

    private static ParquetTable ReadFile(string path, SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        if (length < 12)
            throw new InvalidDataException($"it is {length} bytes long, shorter than the smallest Parquet file (12 bytes: PAR1, footer length, PAR1).");
        Span<byte> head = stackalloc byte[4];
        Span<byte> tail = stackalloc byte[8];
        ReadExactly(handle, head, 0);
        ReadExactly(handle, tail, length - 8);
        if (!head.SequenceEqual(Magic)) throw new InvalidDataException("it does not start with the Parquet magic bytes PAR1.");
        if (tail[4..].SequenceEqual(EncryptedMagic)) throw new UnsupportedFeatureException("an encrypted footer (PARE)");
        if (!tail[4..].SequenceEqual(Magic))
            throw new InvalidDataException("it does not end with the Parquet magic bytes PAR1 (truncated, or still being written).");
        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (footerLength <= 0 || footerLength > length - 12)
            throw new InvalidDataException($"its footer length ({footerLength}) does not fit in the file ({length} bytes).");

        var footerStart = length - 8 - footerLength;
        var footer = new byte[footerLength];
        ReadExactly(handle, footer, footerStart);
        var metadata = FooterReader.ReadFileMetadata(new ThriftCompactReader(footer, 0, footerLength));

        var layout = FlatSchema.From(metadata);
        if (metadata.NumRows is < 0 or > int.MaxValue)
            throw new UnsupportedFeatureException($"{metadata.NumRows} rows (more than fit in one in-memory table)");
        var rows = (int)metadata.NumRows;
        if (metadata.RowGroups.Sum(g => g.NumRows) != rows)
            throw new InvalidDataException("its row groups' row counts do not add up to the file's.");

        var columnCount = layout.Columns.Count;
        var decoders = new ValueDecoder[columnCount];
        var nulls = new bool[]?[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            decoders[c] = ValueDecoder.For(layout.Physical[c], rows);
            if (layout.Columns[c].Optional) nulls[c] = new bool[rows];
        }

        var reader = new ColumnChunkReader();
        var chunkBuffer = Array.Empty<byte>();
        var firstRow = 0;
        foreach (var group in metadata.RowGroups)
        {
            if (group.Columns.Count != columnCount)
                throw new InvalidDataException($"a row group has {group.Columns.Count} column chunks for {columnCount} columns.");
            for (var c = 0; c < columnCount; c++)
            {
                var chunk = group.Columns[c];
                var name = layout.Columns[c].Name;
                CheckChunk(chunk, name, layout.Physical[c], group.NumRows);
                var start = chunk.DictionaryPageOffset is > 0 and var d && d < chunk.DataPageOffset ? d : chunk.DataPageOffset;
                if (start < 4 || chunk.TotalCompressedSize < 0 || start + chunk.TotalCompressedSize > footerStart)
                    throw new InvalidDataException($"column '{name}' points outside the file's data (offset {start}, {chunk.TotalCompressedSize} bytes).");
                var size = (int)chunk.TotalCompressedSize;
                if (chunkBuffer.Length < size) chunkBuffer = new byte[size];
                ReadExactly(handle, chunkBuffer.AsSpan(0, size), start);
                try
                {
                    reader.Read(chunkBuffer.AsSpan(0, size), chunkBuffer, 0, chunk, decoders[c], nulls[c], firstRow);
                }
                catch (InvalidDataException e)
                {
                    throw new InvalidDataException($"column '{name}', row group starting at row {firstRow}: {e.Message}", e);
                }
            }
            firstRow += (int)group.NumRows;
        }

        var columns = new ParquetTable.ColumnData[columnCount];
        for (var c = 0; c < columnCount; c++)
            columns[c] = ColumnAssembly.Assemble(layout.Columns[c], layout.Conversions[c], decoders[c], nulls[c], rows);
        return new ParquetTable(path, new ParquetSchema(layout.Columns), rows, metadata.RowGroups.Count,
            metadata.CreatedBy, metadata.KeyValues, columns);
    }

    private static void CheckChunk(ColumnChunkInfo chunk, string name, PhysicalType physical, long groupRows)
    {
        if (chunk.FilePath is not null) throw new UnsupportedFeatureException($"column chunks stored in another file ('{chunk.FilePath}')");
        if (!chunk.HasMetadata) throw new InvalidDataException($"column '{name}' has no column metadata.");
        if (chunk.Path.Count != 1 || chunk.Path[0] != name)
            throw new InvalidDataException($"a column chunk's path '{string.Join(".", chunk.Path)}' does not match column '{name}'.");
        if (chunk.Type != physical)
            throw new InvalidDataException($"column '{name}' is {ParquetNames.Of(physical)} in the schema but {ParquetNames.Of(chunk.Type)} in a chunk.");
        if (chunk.Codec is not (CompressionCodec.Uncompressed or CompressionCodec.Snappy or CompressionCodec.Gzip or CompressionCodec.Brotli))
            throw new UnsupportedFeatureException($"the {ParquetNames.Of(chunk.Codec)} codec (column '{name}')");
        if (chunk.NumValues != groupRows)
            throw new InvalidDataException($"column '{name}' has {chunk.NumValues} values in a row group of {groupRows} rows.");
    }

    private static void ReadExactly(SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        while (!buffer.IsEmpty)
        {
            var n = RandomAccess.Read(handle, buffer, offset);
            if (n == 0) throw new InvalidDataException("it ends before the data its metadata describes.");
            buffer = buffer[n..];
            offset += n;
        }
    }
}
