using AdoptionSim.Core.Random;

namespace AdoptionSim.Analysis.Statistics;

/// <summary>
/// What an analysis random stream is for. The numbers are part of every result's identity: never
/// renumber, only append.
/// </summary>
internal enum AnalysisStream : ulong
{
    SobolShift = 1,
    MorrisTrajectory = 2,
    Bootstrap = 3,
    Replicate = 4,
    AbcPrior = 5,
    AbcProposal = 6,
    AbcSimulation = 7,
}

/// <summary>
/// Keys of the analysis streams, derived from the analysis seed with the project's counter-based
/// SplitMix64 streams (<see cref="RandomStreams"/>), so that a draw depends on its coordinates
/// (purpose, generation, proposal, …) and never on the order in which work is done.
/// </summary>
internal static class AnalysisStreams
{
    // Separates analysis keys from a model run's keys made from the same number.
    private const ulong Salt = 0xA7A1_7515_0F5E_ED00UL;

    public static ulong Key(ulong seed, AnalysisStream purpose) =>
        RandomStreams.Derive(SplitMix64.Mix(seed ^ Salt), (ulong)purpose);

    public static ulong Key(ulong seed, AnalysisStream purpose, long a) =>
        RandomStreams.Derive(Key(seed, purpose), (ulong)a);

    public static ulong Key(ulong seed, AnalysisStream purpose, long a, long b) =>
        RandomStreams.Derive(Key(seed, purpose, a), (ulong)b);

    /// <summary>
    /// A model run's seed from a stream key: its top 53 bits, as the sweep's replicate seeds, so that it
    /// is non-negative and exact in JSON and spreadsheets.
    /// </summary>
    public static long SimulationSeed(ulong key) => (long)(key >> 11);
}
