using System.Runtime.CompilerServices;

namespace AdoptionSim.Core.Random;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014),
/// owned by the project so that results do not change with the .NET runtime.
/// The n-th output of a stream seeded with <c>s</c> is <c>Mix(s + (n + 1)·γ)</c>, so any position of a
/// stream can be read directly: that is what makes the counter-based streams in <see cref="RandomStreams"/> possible.
/// </summary>
public struct SplitMix64
{
    /// <summary>The golden-ratio increment γ of SplitMix64.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The SplitMix64 finaliser (variant 13 of Stafford's mixers): a bijection with good avalanche.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextULong()
    {
        _state += Gamma;
        return Mix(_state);
    }

    /// <summary>Uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => ToUnitDouble(NextULong());

    /// <summary>Uniform integer in [0, bound) by Lemire's multiply-shift with rejection (unbiased).</summary>
    public int NextInt(int bound)
    {
        if (bound <= 0) throw new ArgumentOutOfRangeException(nameof(bound), bound, "bound must be positive");
        var b = (ulong)bound;
        while (true)
        {
            var x = NextULong() >> 32;
            var m = x * b;
            var low = m & 0xFFFFFFFFUL;
            if (low >= b || low >= (0x1_0000_0000UL - b) % b) return (int)(m >> 32);
        }
    }

    /// <summary>Maps 64 random bits to a double in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToUnitDouble(ulong bits) => (bits >> 11) * (1.0 / (1UL << 53));
}
