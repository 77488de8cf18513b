using System.Runtime.CompilerServices;

namespace AdoptionSim.Core.Random;

/// <summary>
/// Derives independent random streams from (scenario seed, purpose, tick, entity), so that what a firm
/// draws in a tick does not depend on thread count, partitioning or the order firms are visited in.
/// <para>
/// A stream key is a chain of SplitMix64 mixes of its coordinates. A key is also a SplitMix64 seed:
/// <see cref="At"/> reads the n-th output of that stream directly (counter-based use), and
/// <see cref="Sequential"/> returns a generator to read it in order (for set-up code).
/// </para>
/// </summary>
public readonly struct RandomStreams
{
    private readonly ulong _root;

    public RandomStreams(ulong seed) => _root = SplitMix64.Mix(seed ^ 0x5EED_0F_AD0_9710_0DUL);

    /// <summary>The key of the stream for a purpose (fixed numbers, so renaming never changes results).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Key(StreamPurpose purpose) => Derive(_root, (ulong)purpose);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Key(StreamPurpose purpose, long a) => Derive(Key(purpose), (ulong)a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Key(StreamPurpose purpose, long a, long b) => Derive(Key(purpose, a), (ulong)b);

    /// <summary>A sub-stream of <paramref name="key"/> for coordinate <paramref name="coordinate"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Derive(ulong key, ulong coordinate) =>
        SplitMix64.Mix(key ^ SplitMix64.Mix(coordinate + SplitMix64.Gamma));

    /// <summary>The n-th 64-bit output of the stream with this key (n = 0, 1, …): random access.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong At(ulong key, ulong n) => SplitMix64.Mix(key + (n + 1) * SplitMix64.Gamma);

    /// <summary>The n-th output as a uniform double in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double UniformAt(ulong key, ulong n) => SplitMix64.ToUnitDouble(At(key, n));

    /// <summary>A sequential generator over the stream with this key.</summary>
    public static SplitMix64 Sequential(ulong key) => new(key);

    /// <summary>A <see cref="System.Random"/> over the stream, for MathNet.Numerics distributions.</summary>
    public static System.Random AsSystemRandom(ulong key) => new StreamRandom(key);
}
