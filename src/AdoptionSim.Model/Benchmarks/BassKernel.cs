using AdoptionSim.Model.State;
using System.Diagnostics;
using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;

namespace AdoptionSim.Model.Benchmarks;

/// <summary>The result of a Bass kernel run.</summary>
public sealed record BassKernelResult(int Firms, int Ticks, int Threads, double Seconds, double FinalShare)
{
    /// <summary>Firm-ticks per second: every firm counts in every tick, adopter or not.</summary>
    public double FirmTicksPerSecond => (double)Firms * Ticks / Seconds;
}

/// <summary>
/// The adoption kernel reduced to the Bass case on a network: one idea, a = r = 1, c = 0, unweighted ties,
/// synchronous ticks. Used by <c>adoptionsim bench bass</c> to measure the hot path: per tick, a pass over
/// non-adopters with one counter-based draw each, then adopter counts of the new adopters' contacts are
/// raised (incremental, never recounted). The probability for (adopter contacts, degree) is tabulated,
/// since both are small integers, and compared with the draw's 53 bits as an integer.
/// </summary>
public sealed class BassKernel
{
    private readonly Network _network;
    private readonly byte[] _adopted;
    private readonly int[] _adopterContacts;
    /// <summary>Adoption thresholds, flattened: [rowOf[f] + adopter contacts of f].</summary>
    private readonly ulong[] _thresholds;
    /// <summary>Start of each firm's row in <see cref="_thresholds"/> (degree·(max degree + 1)).</summary>
    private readonly int[] _rowOf;
    private readonly List<int>[] _chunkAdopters;
    private readonly RandomStreams _streams;

    public BassKernel(Network network, double p, double q, double dt, ulong seed)
    {
        _network = network;
        _adopted = new byte[network.FirmCount];
        _adopterContacts = new int[network.FirmCount];
        _streams = new RandomStreams(seed);
        var maxDegree = 0;
        for (var f = 0; f < network.FirmCount; f++) maxDegree = Math.Max(maxDegree, network.Degree(f));
        var row = maxDegree + 1;
        _thresholds = new ulong[row * row];
        for (var d = 0; d <= maxDegree; d++)
        for (var a = 0; a <= d; a++)
        {
            var share = d == 0 ? 0.0 : a / (double)d;
            var probability = Hazard.Probability(Hazard.Rate(1, 1, 0, p, q, share), dt);
            // u = bits·2^-53 < prob  ⇔  bits < ceil(prob·2^53)
            _thresholds[d * row + a] = (ulong)Math.Ceiling(probability * (1UL << 53));
        }
        _rowOf = new int[network.FirmCount];
        for (var f = 0; f < network.FirmCount; f++) _rowOf[f] = network.Degree(f) * row;
        _chunkAdopters = new List<int>[Chunks.Count(network.FirmCount)];
        for (var c = 0; c < _chunkAdopters.Length; c++) _chunkAdopters[c] = [];
    }

    public int Adopters { get; private set; }

    public static BassKernelResult Measure(int firms, int ticks, int threads, ulong seed = 1)
    {
        var network = WattsStrogatz.Create(firms, 10, 0.1, new RandomStreams(seed).Key(StreamPurpose.Benchmark));
        var kernel = new BassKernel(network, 0.03, 0.38, 0.1, seed);
        var clock = Stopwatch.StartNew();
        for (var t = 1; t <= ticks; t++) kernel.Step(t, threads);
        clock.Stop();
        return new BassKernelResult(firms, ticks, threads, clock.Elapsed.TotalSeconds, kernel.Adopters / (double)firms);
    }

    /// <summary>The decision pass over firms [start, end): pointer loop, since this is the measured hot path.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private unsafe void Decide(ulong key, int start, int end, List<int> found)
    {
        found.Clear();
        fixed (byte* adopted = _adopted)
        fixed (int* contacts = _adopterContacts, rowOf = _rowOf)
        fixed (ulong* thresholds = _thresholds)
        {
            for (var f = start; f < end; f++)
            {
                if (adopted[f] != 0) continue;
                var bits = RandomStreams.At(key, (ulong)f) >> 11;
                if (bits < thresholds[rowOf[f] + contacts[f]]) found.Add(f);
            }
        }
    }

    public void Step(int tick, int threads)
    {
        var key = _streams.Key(StreamPurpose.Adoption, tick, 0);
        var chunkAdopters = _chunkAdopters;
        Chunks.For(_network.FirmCount, threads, (chunk, start, end) => Decide(key, start, end, chunkAdopters[chunk]));
        var offsets = _network.Offsets;
        var adopted = _adopted;
        var contacts = _adopterContacts;
        var targets = _network.Targets;
        foreach (var found in chunkAdopters)
        foreach (var f in found)
        {
            adopted[f] = 1;
            Adopters++;
            for (var e = offsets[f]; e < offsets[f + 1]; e++) contacts[targets[e]]++;
        }
    }
}
