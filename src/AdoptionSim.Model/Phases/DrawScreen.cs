using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// Which of 64 firms' draws fall below a bound, eight firms at a time where the processor has 512-bit vectors with 64-bit
/// multiplies (AVX-512 DQ), one at a time elsewhere: the same answer either way.
/// <para>
/// The draw of firm key n in the stream with key k is u = m·2^−53, m = <see cref="RandomStreams.At"/>(k, n) ≫ 11, an
/// integer below 2^53. So u &lt; G exactly when m &lt; G·2^53 (scaling by a power of two is exact), that is when
/// m &lt; ⌈G·2^53⌉ (m is an integer): <see cref="Threshold"/>, compared with the integers, no rounding anywhere.
/// </para>
/// </summary>
internal static class DrawScreen
{
    /// <summary>Whether the vector path runs on this processor.</summary>
    public static bool Vectorised => Vector512.IsHardwareAccelerated && Avx512DQ.IsSupported;

    /// <summary>
    /// The integer threshold of <paramref name="bound"/>: m &lt; threshold ⇔ not (m·2^−53 ≥ bound), for every m &lt; 2^53. A
    /// bound rejects a draw at or above it, so a NaN bound (no bound) rejects none.
    /// </summary>
    public static ulong Threshold(double bound)
    {
        if (double.IsNaN(bound)) return ulong.MaxValue;
        if (bound <= 0) return 0; // every draw is at or above it
        var scaled = bound * 9007199254740992.0; // 2^53
        return scaled >= 18446744073709551615.0 ? ulong.MaxValue : (ulong)Math.Ceiling(scaled);
    }

    /// <summary>
    /// The firms among <paramref name="firms"/> (bit j: the firm with key <c>keys[j]</c>) whose draw in the stream
    /// <paramref name="streamKey"/> the bound of <paramref name="threshold"/> does not reject.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Below(ulong firms, ulong streamKey, ReadOnlySpan<ulong> keys, ulong threshold)
    {
        if (keys.Length >= 64 && Vectorised) return BelowVector(firms, streamKey, keys, threshold);
        var below = 0UL;
        while (firms != 0)
        {
            var j = BitOperations.TrailingZeroCount(firms);
            firms &= firms - 1;
            if (RandomStreams.At(streamKey, keys[j]) >> 11 < threshold) below |= 1UL << j;
        }
        return below;
    }

    /// <summary>
    /// The firms among <paramref name="firms"/> whose draw their own bound does not reject, as the eager draw loop decides
    /// it: k = scale[j]·ease[sector[j]]; no draw when k ≤ 0; else the draw u is rejected when u ≥ k·bound[j]. Eight lanes
    /// at once for up to eight sectors (the ease of each looked up in a register).
    /// </summary>
    public static ulong KeptByOwnBounds(ulong firms, ulong streamKey, ReadOnlySpan<ulong> keys, ReadOnlySpan<byte> sectors,
        ReadOnlySpan<double> scale, ReadOnlySpan<double> bound, ReadOnlySpan<double> ease)
    {
        if (keys.Length >= 64 && sectors.Length >= 64 && scale.Length >= 64 && bound.Length >= 64 && ease.Length <= 8 && Vectorised)
            return KeptVector(firms, streamKey, keys, sectors, scale, bound, ease);
        var kept = 0UL;
        while (firms != 0)
        {
            var j = BitOperations.TrailingZeroCount(firms);
            firms &= firms - 1;
            var k = scale[j] * ease[sectors[j]];
            if (k <= 0) continue;
            if (!(RandomStreams.UniformAt(streamKey, keys[j]) >= k * bound[j])) kept |= 1UL << j;
        }
        return kept;
    }

    [MethodImpl(HotPath.Compile)]
    private static ulong KeptVector(ulong firms, ulong streamKey, ReadOnlySpan<ulong> keys, ReadOnlySpan<byte> sectors,
        ReadOnlySpan<double> scale, ReadOnlySpan<double> bound, ReadOnlySpan<double> ease)
    {
        Span<double> table = stackalloc double[8];
        ease.CopyTo(table);
        var easeBySector = Vector512.Create((ReadOnlySpan<double>)table);
        var k = Vector512.Create(streamKey);
        var unit = Vector512.Create(1.0 / (1UL << 53));
        var rejected = 0UL;
        for (var j = 0; j < 64; j += 8)
        {
            if (((firms >> j) & 0xFF) == 0) continue;
            var u = Avx512DQ.ConvertToVector512Double(Vector512.ShiftRightLogical(Hash(k, Vector512.Create(keys.Slice(j, 8))), 11)) * unit;
            var sector = Avx512F.ConvertToVector512Int64(Vector128.CreateScalar(MemoryMarshal.Read<ulong>(sectors[j..])).AsByte());
            var scaleK = Vector512.Create(scale.Slice(j, 8)) * Avx512F.PermuteVar8x64(easeBySector, sector);
            var no = Vector512.LessThanOrEqual(scaleK, Vector512<double>.Zero) | Vector512.GreaterThanOrEqual(u, scaleK * Vector512.Create(bound.Slice(j, 8)));
            rejected |= no.ExtractMostSignificantBits() << j;
        }
        return ~rejected & firms;
    }

    /// <summary><see cref="RandomStreams.At"/> lane by lane: SplitMix64.Mix(key + (n + 1)·γ).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Hash(Vector512<ulong> key, Vector512<ulong> n)
    {
        var z = key + (n + Vector512<ulong>.One) * Vector512.Create(SplitMix64.Gamma);
        z = (z ^ Vector512.ShiftRightLogical(z, 30)) * Vector512.Create(0xBF58476D1CE4E5B9UL);
        z = (z ^ Vector512.ShiftRightLogical(z, 27)) * Vector512.Create(0x94D049BB133111EBUL);
        return z ^ Vector512.ShiftRightLogical(z, 31);
    }

    [MethodImpl(HotPath.Compile)]
    private static ulong BelowVector(ulong firms, ulong streamKey, ReadOnlySpan<ulong> keys, ulong threshold)
    {
        var k = Vector512.Create(streamKey);
        var limit = Vector512.Create(threshold);
        var below = 0UL;
        for (var j = 0; j < 64; j += 8)
        {
            if (((firms >> j) & 0xFF) == 0) continue;
            var m = Vector512.ShiftRightLogical(Hash(k, Vector512.Create(keys.Slice(j, 8))), 11);
            below |= Vector512.LessThan(m, limit).ExtractMostSignificantBits() << j;
        }
        return below & firms;
    }
}
