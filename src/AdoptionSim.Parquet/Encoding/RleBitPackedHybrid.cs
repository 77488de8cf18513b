using System.Numerics;
using AdoptionSim.Parquet.Bytes;

namespace AdoptionSim.Parquet.Encoding;

/// <summary>
/// Parquet's RLE / bit-packed hybrid (Encodings.md), used for definition levels and dictionary
/// indices. A run is either RLE — ULEB128(count &lt;&lt; 1) then the value in ceil(width/8) bytes —
/// or bit-packed — ULEB128((groups &lt;&lt; 1) | 1) then groups of 8 values, LSB first.
/// </summary>
internal static class RleBitPackedHybrid
{
    /// <summary>Runs of at least this many equal values are written as RLE: shorter ones cost more as a header than bit-packed.</summary>
    private const int MinRleRun = 8;

    /// <summary>parquet-mr caps bit-packed runs at 63 groups so the header is one byte; we do the same for compatibility.</summary>
    private const int MaxGroupsPerRun = 63;

    /// <summary>Appends the runs for <paramref name="values"/> (no length prefix).</summary>
    public static void Encode<T>(ReadOnlySpan<T> values, int bitWidth, ByteBuffer output) where T : unmanaged, IBinaryInteger<T>
    {
        if (bitWidth is < 0 or > 32) throw new ArgumentOutOfRangeException(nameof(bitWidth));
        var n = values.Length;
        var i = 0;
        while (i < n)
        {
            var run = RunLength(values, i);
            if (run >= MinRleRun)
            {
                WriteRleRun(uint.CreateTruncating(values[i]), run, bitWidth, output);
                i += run;
                continue;
            }
            // Bit-pack whole groups of 8 until a long run starts at a group boundary.
            var start = i;
            var groups = 0;
            do
            {
                i += 8;
                groups++;
            }
            while (i < n && groups < MaxGroupsPerRun && RunLength(values, i) < MinRleRun);
            WriteBitPackedRun(values, start, Math.Min(i, n), groups, bitWidth, output);
        }
    }

    /// <summary>Bits needed for values up to <paramref name="maxValue"/>.</summary>
    public static int BitWidth(uint maxValue) => maxValue == 0 ? 0 : 32 - BitOperations.LeadingZeroCount(maxValue);

    private static int RunLength<T>(ReadOnlySpan<T> values, int start) where T : unmanaged, IBinaryInteger<T>
    {
        var first = values[start];
        var end = start + 1;
        while (end < values.Length && values[end] == first) end++;
        return end - start;
    }

    private static void WriteRleRun(uint value, int count, int bitWidth, ByteBuffer output)
    {
        output.WriteUleb128((ulong)count << 1);
        var bytes = (bitWidth + 7) / 8;
        for (var b = 0; b < bytes; b++) output.WriteByte((byte)(value >> (8 * b)));
    }

    /// <summary>Writes values[start..end) padded with zeros to <paramref name="groups"/> × 8;
    /// padding only ever happens at the end, where readers stop at the value count they know.</summary>
    private static void WriteBitPackedRun<T>(ReadOnlySpan<T> values, int start, int end, int groups, int bitWidth, ByteBuffer output)
        where T : unmanaged, IBinaryInteger<T>
    {
        output.WriteUleb128(((ulong)groups << 1) | 1);
        var dest = output.Append(groups * bitWidth);
        var d = 0;
        ulong buffer = 0;
        var bits = 0;
        var total = groups * 8;
        for (var k = 0; k < total; k++)
        {
            var idx = start + k;
            ulong v = idx < end ? uint.CreateTruncating(values[idx]) : 0u;
            buffer |= v << bits;
            bits += bitWidth;
            while (bits >= 8)
            {
                dest[d++] = (byte)buffer;
                buffer >>= 8;
                bits -= 8;
            }
        }
    }

    /// <summary>
    /// Decodes exactly <c>output.Length</c> values from <paramref name="data"/>; returns the bytes consumed.
    /// Throws <see cref="InvalidDataException"/> when the runs end early.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> data, int bitWidth, Span<int> output)
    {
        if (bitWidth is < 0 or > 32) throw new InvalidDataException($"RLE/bit-packed bit width {bitWidth} is out of range.");
        var pos = 0;
        var produced = 0;
        var valueBytes = (bitWidth + 7) / 8;
        var mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        while (produced < output.Length)
        {
            var header = ReadUleb128(data, ref pos);
            if ((header & 1) == 0)
            {
                var count = header >> 1;
                if (count == 0) throw new InvalidDataException("RLE run of length 0.");
                if (pos + valueBytes > data.Length) throw new InvalidDataException("RLE run ends early.");
                uint value = 0;
                for (var b = 0; b < valueBytes; b++) value |= (uint)data[pos + b] << (8 * b);
                pos += valueBytes;
                var take = (int)Math.Min(count, (ulong)(output.Length - produced));
                output.Slice(produced, take).Fill((int)value);
                produced += take;
            }
            else
            {
                var groups = header >> 1;
                if (groups == 0) throw new InvalidDataException("Bit-packed run of 0 groups.");
                var bytes = groups * (ulong)bitWidth;
                if (bytes > (ulong)(data.Length - pos)) throw new InvalidDataException("Bit-packed run ends early.");
                var count = (long)groups * 8;
                ulong buffer = 0;
                var bits = 0;
                var p = pos;
                for (long k = 0; k < count && produced < output.Length; k++)
                {
                    while (bits < bitWidth)
                    {
                        buffer |= (ulong)data[p++] << bits;
                        bits += 8;
                    }
                    output[produced++] = (int)((uint)buffer & mask);
                    buffer >>= bitWidth;
                    bits -= bitWidth;
                }
                pos += (int)bytes;
            }
        }
        return pos;
    }

    private static ulong ReadUleb128(ReadOnlySpan<byte> data, ref int pos)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (pos >= data.Length) throw new InvalidDataException("RLE/bit-packed data ends early.");
            var b = data[pos++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new InvalidDataException("RLE/bit-packed run header is too long.");
    }
}
