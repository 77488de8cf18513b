using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AdoptionSim.Parquet.Encoding;

/// <summary>
/// Snappy's raw block format (what Parquet's SNAPPY codec stores), encoded into a caller's buffer with a reused
/// hash table, so a page costs no allocation. It makes the same choices as the reference encoder of the Go
/// implementation, which the IronSnappy package ports: the same bytes as <c>IronSnappy.Snappy.Encode</c>, which
/// the tests check on many inputs. The format: the uncompressed length as a varint, then per 64 KiB block a
/// sequence of literals and back-references (copies) found through a hash table of 4-byte sequences.
/// </summary>
internal static class SnappyBlockEncoder
{
    private const int MaxBlockSize = 1 << 16;
    private const int InputMargin = 16 - 1;
    private const int MinNonLiteralBlockSize = 1 + 1 + InputMargin;
    private const int MaxTableSize = 1 << 14;
    private const int TableMask = MaxTableSize - 1;
    private const byte TagLiteral = 0x00;
    private const byte TagCopy1 = 0x01;
    private const byte TagCopy2 = 0x02;

    [ThreadStatic] private static ushort[]? t_table;

    /// <summary>The most bytes <see cref="Encode"/> may write for <paramref name="sourceLength"/> input bytes.</summary>
    public static int MaxEncodedLength(int sourceLength) => checked(32 + sourceLength + sourceLength / 6);

    /// <summary>Encodes <paramref name="source"/> into <paramref name="destination"/> (at least
    /// <see cref="MaxEncodedLength"/> bytes); returns the bytes written.</summary>
    public static int Encode(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (destination.Length < MaxEncodedLength(source.Length)) throw new ArgumentException("destination too small for Snappy's worst case", nameof(destination));
        var table = t_table ??= new ushort[MaxTableSize]; // exactly MaxTableSize entries: EncodeBlock relies on it
        var d = 0;
        var length = (uint)source.Length; // as a varint: 7 bits a byte, least significant first
        for (; length >= 0x80; length >>= 7) destination[d++] = (byte)(length | 0x80);
        destination[d++] = (byte)length;
        while (!source.IsEmpty)
        {
            var block = source[..Math.Min(source.Length, MaxBlockSize)];
            source = source[block.Length..];
            d += block.Length < MinNonLiteralBlockSize ? EmitLiteral(destination[d..], block) : EncodeBlock(destination[d..], block, table);
        }
        return d;
    }

    /// <summary>One block of at least <see cref="MinNonLiteralBlockSize"/> and at most <see cref="MaxBlockSize"/> bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int EncodeBlock(Span<byte> dst, ReadOnlySpan<byte> src, ushort[] table)
    {
        // The table has 256 to 16384 entries, the fewest powers of two covering the block; entries start at zero.
        var shift = 32 - 8;
        var tableSize = 1 << 8;
        for (; tableSize < MaxTableSize && tableSize < src.Length; tableSize *= 2) shift--;
        Array.Clear(table, 0, tableSize);
        // Entries are read and written through a reference: every index is masked to the table's fixed length.
        ref var t0 = ref MemoryMarshal.GetArrayDataReference(table);

        ref var s0 = ref MemoryMarshal.GetReference(src);
        var d = 0;
        var sLimit = src.Length - InputMargin; // no copy is searched for past here, so loads never run off the end
        var nextEmit = 0;
        var s = 1;
        var nextHash = Hash(Load32(ref s0, s), shift);
        while (true)
        {
            // Look for a 4-byte match, stepping further the longer none is found (32 bytes per extra byte of step).
            var skip = 32;
            var nextS = s;
            int candidate;
            while (true)
            {
                s = nextS;
                var step = skip >> 5;
                nextS = s + step;
                skip += step;
                if (nextS > sLimit) goto EmitRemainder;
                ref var entry = ref Entry(ref t0, nextHash);
                candidate = entry;
                entry = (ushort)s;
                nextHash = Hash(Load32(ref s0, nextS), shift);
                if (Load32(ref s0, s) == Load32(ref s0, candidate)) break;
            }

            d += EmitLiteral(dst[d..], src[nextEmit..s]);

            // Emit copies for as long as the bytes right after the last one match again.
            while (true)
            {
                var start = s;
                s = MatchEnd(ref s0, src.Length, candidate + 4, s + 4);
                d += EmitCopy(dst[d..], start - candidate, s - start);
                nextEmit = s;
                if (s >= sLimit) goto EmitRemainder;

                var x = Load64(ref s0, s - 1);
                Entry(ref t0, Hash((uint)x, shift)) = (ushort)(s - 1);
                ref var entry = ref Entry(ref t0, Hash((uint)(x >> 8), shift));
                candidate = entry;
                entry = (ushort)s;
                if ((uint)(x >> 8) != Load32(ref s0, candidate))
                {
                    nextHash = Hash((uint)(x >> 16), shift);
                    s++;
                    break;
                }
            }
        }

    EmitRemainder:
        if (nextEmit < src.Length) d += EmitLiteral(dst[d..], src[nextEmit..]);
        return d;
    }

    /// <summary>
    /// Where the match ends: the first <c>s</c> from <paramref name="s"/> on where the byte differs from the one at the same
    /// distance from <paramref name="i"/> (always before <paramref name="s"/>), or the block's end. Eight bytes at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MatchEnd(ref byte source, int length, int i, int s)
    {
        while (s <= length - 8)
        {
            var difference = Load64(ref source, i) ^ Load64(ref source, s);
            if (difference != 0) return s + (BitOperations.TrailingZeroCount(difference) >> 3);
            i += 8;
            s += 8;
        }
        while (s < length && Unsafe.Add(ref source, i) == Unsafe.Add(ref source, s))
        {
            i++;
            s++;
        }
        return s;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EmitLiteral(Span<byte> dst, ReadOnlySpan<byte> literal)
    {
        var n = (uint)(literal.Length - 1);
        int i;
        if (n < 60)
        {
            dst[0] = (byte)((n << 2) | TagLiteral);
            i = 1;
        }
        else if (n < 1 << 8)
        {
            dst[0] = (60 << 2) | TagLiteral;
            dst[1] = (byte)n;
            i = 2;
        }
        else
        {
            // Blocks are at most 64 KiB, so two length bytes always do.
            dst[0] = (61 << 2) | TagLiteral;
            dst[1] = (byte)n;
            dst[2] = (byte)(n >> 8);
            i = 3;
        }
        literal.CopyTo(dst[i..]);
        return i + literal.Length;
    }

    /// <summary>A copy of <paramref name="length"/> bytes from <paramref name="offset"/> back (offset below 65536).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EmitCopy(Span<byte> dst, int offset, int length)
    {
        var i = 0;
        // Copies of 64 bytes at most per op; above 64, a 60-byte op first, so the rest is never shorter than the
        // 4 bytes a 2-byte op needs.
        while (length >= 68)
        {
            i += Copy2(dst[i..], offset, 64);
            length -= 64;
        }
        if (length > 64)
        {
            i += Copy2(dst[i..], offset, 60);
            length -= 60;
        }
        if (length >= 12 || offset >= 2048) return i + Copy2(dst[i..], offset, length);
        dst[i] = (byte)(((offset >> 8) << 5) | ((length - 4) << 2) | TagCopy1);
        dst[i + 1] = (byte)offset;
        return i + 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Copy2(Span<byte> dst, int offset, int length)
    {
        dst[0] = (byte)(((length - 1) << 2) | TagCopy2);
        dst[1] = (byte)offset;
        dst[2] = (byte)(offset >> 8);
        return 3;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref ushort Entry(ref ushort table, uint hash) => ref Unsafe.Add(ref table, (int)(hash & TableMask));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(uint u, int shift) => (u * 0x1e35a7bd) >> shift;

    // Little-endian loads (the file writer refuses big-endian machines); callers keep i + 8 within the block.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Load32(ref byte source, int i) => Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref source, i));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Load64(ref byte source, int i) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, i));
}
