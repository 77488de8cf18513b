using System.IO.Compression;
using AdoptionSim.Parquet.Bytes;
using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Encoding;

/// <summary>Compresses and decompresses page bodies. Each page is compressed on its own, as Parquet requires.</summary>
internal static class PageCompression
{
    // Brotli quality 5 with a 4 MiB window: close to the best ratio for pages of ~1 MiB at a
    // fraction of quality 11's time (arrow's default Brotli level is also in this range).
    private const int BrotliQuality = 5;
    private const int BrotliWindow = 22;

    /// <summary>Appends the compressed form of <paramref name="source"/> to <paramref name="destination"/>.</summary>
    public static void Compress(CompressionCodec codec, ReadOnlySpan<byte> source, ByteBuffer destination)
    {
        switch (codec)
        {
            case CompressionCodec.Uncompressed:
                destination.Write(source);
                break;
            case CompressionCodec.Snappy:
                {
                    // Parquet's SNAPPY is the raw block format (no framing).
                    var start = destination.Length;
                    var room = destination.Append(SnappyBlockEncoder.MaxEncodedLength(source.Length));
                    destination.Truncate(start + SnappyBlockEncoder.Encode(source, room));
                    break;
                }
            case CompressionCodec.Gzip:
                {
                    // GZipStream writes no file name and a zero modification time, so output is deterministic.
                    using var gzip = new GZipStream(new ByteBufferStream(destination), CompressionLevel.Optimal, leaveOpen: false);
                    gzip.Write(source);
                    break;
                }
            case CompressionCodec.Brotli:
                {
                    var start = destination.Length;
                    var room = destination.Append(BrotliEncoder.GetMaxCompressedLength(source.Length));
                    if (!BrotliEncoder.TryCompress(source, room, out var written, BrotliQuality, BrotliWindow))
                        throw new InvalidOperationException("Brotli compression failed on a page.");
                    destination.Truncate(start + written);
                    break;
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(codec));
        }
    }

    /// <summary>Fills <paramref name="destination"/> (sized to the page's uncompressed size) from
    /// <paramref name="source"/>. Damaged data raises <see cref="InvalidDataException"/>.</summary>
    public static void Decompress(CompressionCodec codec, ReadOnlySpan<byte> source, Span<byte> destination)
    {
        switch (codec)
        {
            case CompressionCodec.Uncompressed:
                if (source.Length != destination.Length) throw new InvalidDataException("Uncompressed page size does not match its header.");
                source.CopyTo(destination);
                break;
            case CompressionCodec.Snappy:
                {
                    byte[] decoded;
                    try { decoded = IronSnappy.Snappy.Decode(source); }
                    catch (Exception e) when (e is not InvalidDataException) { throw new InvalidDataException("Snappy data is corrupt: " + e.Message, e); }
                    CopyExact(decoded, destination);
                    break;
                }
            case CompressionCodec.Gzip:
                unsafe
                {
                    fixed (byte* p = source)
                    {
                        using var input = new UnmanagedMemoryStream(p, source.Length);
                        using var gzip = new GZipStream(input, CompressionMode.Decompress);
                        ReadExact(gzip, destination);
                    }
                }
                break;
            case CompressionCodec.Brotli:
                if (!BrotliDecoder.TryDecompress(source, destination, out var written) || written != destination.Length)
                    throw new InvalidDataException("Brotli page is corrupt or its size does not match its header.");
                break;
            default:
                throw new InvalidDataException($"codec {ParquetNames.Of(codec)} is not supported");
        }
    }

    private static void CopyExact(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (data.Length != destination.Length) throw new InvalidDataException("Decompressed page size does not match its header.");
        data.CopyTo(destination);
    }

    private static void ReadExact(Stream stream, Span<byte> destination)
    {
        var filled = 0;
        while (filled < destination.Length)
        {
            var n = stream.Read(destination[filled..]);
            if (n == 0) throw new InvalidDataException("Compressed page ends before its declared size.");
            filled += n;
        }
    }
}
