using System.Numerics;
using System.Runtime.CompilerServices;

namespace AdoptionSim.Model.State;

/// <summary>
/// Who has adopted which idea: one bit per firm slot per idea, idea-major (a bitset over firm slots for
/// each idea), so the adoption loop skips 64 adopters at a time and a recount of a firm's contacts for one idea
/// reads one idea's bitset (about 1 MB at 8M slots: it stays in cache); and the same bits firm-major
/// (<see cref="Rows"/>: a row of <see cref="RowWords"/> words per firm slot), so a recount of a firm's contacts for
/// all its pending ideas at once reads one row per contact instead of one bitset word per contact and idea (the
/// bitsets of a hundred ideas over millions of firms do not fit in cache).
/// <para>
/// Exposure — the trust-weighted number of a firm's contacts that have adopted an idea — is not stored: it is
/// <see cref="Exposure">recounted</see> from the contacts' bits when a decision needs it. The adoption phase
/// needs it only for the draws that an upper bound on the hazard cannot reject (a few in a hundred in the
/// benchmark, a fifth to a third in the UK baseline), so per firm and idea the state is two bits, and making or
/// cutting a tie costs nothing here. The recount adds the weights in the order of the firm's ties (standing,
/// then dynamic) in single precision, as the incremental float sum it replaces did; the two are equal whenever
/// the sums are exact (trust weights that are multiples of a power of two, such as the defaults 1 and 0.5).
/// </para>
/// </summary>
public sealed class AdoptionState(FirmTable firms)
{
    private int _firmCapacity;
    private readonly List<ulong[]> _adopters = [];

    /// <summary>The adopter bits firm-major: bit (idea % 64) of word firm × <see cref="RowWords"/> + idea / 64 (kept in step with <see cref="_adopters"/>).</summary>
    private ulong[] _rows = [];

    /// <summary>Words per firm row: ideas / 64, rounded up (at least 1 once there is an idea).</summary>
    private int _rowWords;

    /// <summary>Alive adopters of each idea (for full mixing and for outputs).</summary>
    public readonly List<int> AdopterCount = [];

    public int IdeaCount => _adopters.Count;

    /// <summary>
    /// Bytes of adoption state per firm slot and idea, for the memory estimate and the docs: one bit idea-major and one
    /// firm-major (whose rows are whole words: up to 63 ideas' bits more per firm slot, <see cref="BytesPerFirmRowSlack"/>).
    /// </summary>
    public const double BytesPerFirmIdea = 2.0 / 8;

    /// <summary>Bytes per firm slot of the firm-major rows beyond one bit per idea at most (a row is rounded up to whole 64-bit words).</summary>
    public const double BytesPerFirmRowSlack = 63.0 / 8;

    /// <summary>Words per firm in <see cref="Rows"/>.</summary>
    public int RowWords => _rowWords;

    /// <summary>The adopter bits firm-major: firm f's ideas are bits of words [f × <see cref="RowWords"/>, (f + 1) × <see cref="RowWords"/>) (read-only use).</summary>
    public ReadOnlySpan<ulong> Rows => _rows;

    public void EnsureFirmCapacity(int capacity)
    {
        if (capacity <= _firmCapacity) return;
        var words = Words(capacity);
        for (var i = 0; i < _adopters.Count; i++)
        {
            var bits = _adopters[i];
            Array.Resize(ref bits, words);
            _adopters[i] = bits;
        }
        Array.Resize(ref _rows, capacity * _rowWords);
        _firmCapacity = capacity;
    }

    private static int Words(int firms) => (firms + 63) >> 6;

    public void AddIdea()
    {
        _adopters.Add(new ulong[Words(_firmCapacity)]);
        AdopterCount.Add(0);
        if (_adopters.Count > _rowWords * 64) WidenRows(_rowWords + 1);
    }

    /// <summary>Copies every firm's row into rows of <paramref name="words"/> words (the new words empty).</summary>
    private void WidenRows(int words)
    {
        var rows = new ulong[_firmCapacity * words];
        for (var f = 0; f < _firmCapacity; f++)
            Array.Copy(_rows, f * _rowWords, rows, f * words, _rowWords);
        _rows = rows;
        _rowWords = words;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int idea, int firm) => (_adopters[idea][firm >> 6] & (1UL << firm)) != 0;

    /// <summary>The adopters of an idea as a bitset over firm slots: bit f of word f / 64 (read-only use).</summary>
    public ReadOnlySpan<ulong> Adopters(int idea) => _adopters[idea];

    /// <summary>Records that <paramref name="firm"/> adopted <paramref name="idea"/>; returns false if it already had.</summary>
    public bool MarkAdopted(int idea, int firm)
    {
        ref var word = ref _adopters[idea][firm >> 6];
        var bit = 1UL << firm;
        if ((word & bit) != 0) return false;
        word |= bit;
        _rows[firm * _rowWords + (idea >> 6)] |= 1UL << idea;
        AdopterCount[idea]++;
        firms.RecordAdoption(firm, idea);
        return true;
    }

    /// <summary>
    /// The trust-weighted number of <paramref name="firm"/>'s contacts (live standing ties, then dynamic ties)
    /// that have adopted the idea, given its adopter bitset.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Exposure(ReadOnlySpan<ulong> adopters, int firm, Network network, DynamicTies dynamicTies) =>
        AddDynamicExposure(StandingExposure(adopters, firm, network), adopters, firm, dynamicTies);

    /// <summary>The part of <see cref="Exposure(ReadOnlySpan{ulong}, int, Network, DynamicTies)"/> over standing ties (0 for a firm that entered after set-up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float StandingExposure(ReadOnlySpan<ulong> adopters, int firm, Network network)
    {
        var exposure = 0f;
        if (firm >= network.FirmCount) return exposure;
        var start = network.Offsets[firm];
        var end = network.Offsets[firm + 1];
        var targets = network.Targets;
        var weights = network.Weights;
        for (var e = start; e < end; e++)
        {
            var t = targets[e];
            if ((adopters[t >> 6] & (1UL << t)) != 0) exposure += weights[e]; // a cut tie has weight 0
        }
        return exposure;
    }

    /// <summary>Adds the dynamic ties' part to a standing exposure, tie by tie in the same float sum (so the total is the same as one pass).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float AddDynamicExposure(float exposure, ReadOnlySpan<ulong> adopters, int firm, DynamicTies dynamicTies)
    {
        foreach (var tie in dynamicTies.Of(firm))
            if ((adopters[tie.Partner >> 6] & (1UL << tie.Partner)) != 0) exposure += tie.Weight;
        return exposure;
    }

    /// <summary>Exposure of one firm to one idea (see <see cref="Exposure(ReadOnlySpan{ulong}, int, Network, DynamicTies)"/>).</summary>
    public float Exposure(int idea, int firm, Network network, DynamicTies dynamicTies) =>
        Exposure(_adopters[idea], firm, network, dynamicTies);

    /// <summary>Adopters of an idea among the firm slots [0, count), alive or not (for checks).</summary>
    public int CountBits(int idea, int count)
    {
        var bits = _adopters[idea];
        var n = 0;
        for (var w = 0; w < Words(count); w++)
        {
            var word = bits[w];
            if ((w + 1) << 6 > count) word &= (1UL << (count & 63)) - 1;
            n += BitOperations.PopCount(word);
        }
        return n;
    }
}
