using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// The decisions of the adoption phase for one chunk of firm slots, on the state at the start of the phase.
/// <para>
/// Per tick, <see cref="Prepare"/> gathers what does not depend on the firm: per idea r·(1 − c) by sector and
/// the draw key, per city the shift of absorptive capacity by skills gained, and the bound shared by every firm
/// (<see cref="SharedBounds"/>). Per chunk, <see cref="Decide"/> goes block by block and idea by idea over the alive
/// firms that have not adopted the idea (64 at a time through the bitsets) and draws, lazily or eagerly
/// (<c>AdoptionKernel.Draws.cs</c>); a firm's own values (a·Δt, p + boosts, contacts, the upper bound of its hazard) are
/// computed into buffers of the chunk's size that stay in cache (<see cref="FillFirm"/>).
/// </para>
/// <para>
/// Each draw is one hash and a compare: a draw u at or above the hazard's upper bound (S at its largest, every
/// contact an adopter at the largest trust weight) is a rejection whatever the firm's exposure, since
/// 1 − e^(−x) ≤ x ≤ bound. Only the other draws — a few in a hundred in the benchmark, a fifth to a third in the
/// UK runs — are kept, grouped by firm, and each such firm then recounts its exposure to all its kept ideas in one
/// walk over its ties and decides exactly as the rule says (<see cref="Recount"/>). The result is the rule's
/// decision for every draw; the bounds only save work.
/// </para>
/// Within-sector increasing returns (<c>adoption.localisation</c>: λ × LQ^η of the firm's sector in its city) enter
/// where a·Δt is computed per firm (<see cref="FillFirm"/>).
/// </summary>
internal sealed partial class AdoptionKernel(bool boundedRejection, bool groupedRecount)
{
    /// <summary>Sub-stream coordinate of the draw that attributes an adoption to a channel.</summary>
    private const ulong ChannelCoordinate = 0xC4A7_7E1UL;

    /// <summary>
    /// Relative slack of the bound on S per contact: a float sum of n weights can exceed n × the largest weight
    /// by n rounding errors of 2^−24 each; 2^−22 per contact covers that with room to spare.
    /// </summary>
    private const double SlackPerContact = 1.0 / (1 << 22);

    private World _world = null!;
    private double _p, _q, _dt;
    private int _sectors;
    private bool _fullMixing;
    private double _fullMixingDenominator;

    /// <summary>Largest trust weight of any tie (standing or dynamic), or +∞ when no bound applies.</summary>
    private double _maxWeight;

    private int _ideaCount;

    /// <summary>r(i, s)·(1 − c_i), [idea * sectors + sector].</summary>
    private double[] _easeByIdea = [];

    /// <summary>Under full mixing, each idea's share of alive firms (other than the one deciding) that adopted it.</summary>
    private double[] _fullMixingShare = [];

    private ulong[] _ideaKeys = [];
    private double[] _cityShift = [];

    /// <summary>Localisation factor per [city * sectors + sector], or null when η = 0.</summary>
    private double[]? _localisation;

    public void Prepare(World world, in TickContext context)
    {
        _world = world;
        _p = world.Spec.Adoption.P;
        _q = world.Spec.Adoption.Q;
        _dt = context.Dt;
        _sectors = world.Sectors.Count;
        var ideas = world.Ideas;
        _ideaCount = ideas.Count;
        Fit(ref _easeByIdea, ideas.Count * _sectors);
        Fit(ref _ideaKeys, ideas.Count);
        var tickKey = context.Streams.Key(StreamPurpose.Adoption, context.Tick);
        for (var i = 0; i < ideas.Count; i++)
        {
            _ideaKeys[i] = RandomStreams.Derive(tickKey, ideas.Key[i]);
            for (var s = 0; s < _sectors; s++) _easeByIdea[i * _sectors + s] = ideas.Relevance[i][s] * (1.0 - ideas.Complexity[i]);
        }
        // Skilled arrivals (or departures) since tick 0 shift the absorptive capacity of a city's firms.
        var skillsEffect = world.Spec.Firms.SkillsEffect;
        Fit(ref _cityShift, world.Cities.Count);
        for (var c = 0; c < world.Cities.Count; c++) _cityShift[c] = skillsEffect * world.CityState.SkillsGain(c);
        var localisation = world.Spec.Adoption.Localisation;
        _localisation = localisation != 0 ? Localisation.Factors(world, localisation) : null;
        _fullMixing = world.FullMixing;
        _fullMixingDenominator = _fullMixing ? world.AliveFirms() - 1 : 0;
        Fit(ref _fullMixingShare, ideas.Count);
        for (var i = 0; i < ideas.Count; i++)
            _fullMixingShare[i] = _fullMixing && _fullMixingDenominator > 0 ? world.Adoption.AdopterCount[i] / _fullMixingDenominator : 0.0;
        var maxWeight = Math.Max(world.Network.MaxWeight, world.DynamicTies.MaxWeight);
        var bounded = _q >= 0 && world.Network.MinWeight >= 0 && world.DynamicTies.MinWeight >= 0;
        _maxWeight = bounded && boundedRejection ? maxWeight : double.PositiveInfinity;
        _lazy = _ideaCount <= LazyIdeas;
        Fit(ref _sharedBound, ideas.Count);
        SharedBounds(world);
    }

    /// <summary>Grows a buffer (by at least half) when it is too small; contents are overwritten by the caller.</summary>
    private static void Fit<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new T[Math.Max(length, buffer.Length + buffer.Length / 2)];
    }

    /// <summary>Firms (in 64-bit words of the adopter bitsets) drawn idea by idea before their draws are grouped by firm and recounted: the lists stay in cache.</summary>
    private const int BlockWords = 32;

    /// <summary>Scratch of one chunk, reused by the chunks a thread runs (no allocation per tick).</summary>
    private sealed class ChunkBuffers
    {
        /// <summary>Per firm of the chunk (set by <see cref="FillFirm"/>): a·Δt, p + boosts, the hazard's bound per unit of a·r·(1 − c)·Δt, contacts.</summary>
        public readonly double[] Scale = new double[Chunks.DefaultSize];
        public readonly double[] External = new double[Chunks.DefaultSize];
        public readonly double[] Bound = new double[Chunks.DefaultSize];
        public readonly int[] Contacts = new int[Chunks.DefaultSize];

        /// <summary>Per firm of the chunk: where its standing ties start (read in firm order here, so a draw can request its ties without a miss).</summary>
        public readonly int[] TieStart = new int[Chunks.DefaultSize];

        /// <summary>Bit per firm of the chunk: its values above are this tick's (<see cref="FillFirm"/> ran for it).</summary>
        public readonly ulong[] Filled = new ulong[Chunks.DefaultSize / 64];

        /// <summary>One idea's draws of a block that the shared bound could not reject: firm within the chunk and draw.</summary>
        public readonly int[] Survivor = new int[BlockWords * 64];
        public readonly double[] SurvivorU = new double[BlockWords * 64];

        /// <summary>Draws of a block the bound could not reject, idea by idea: firm within the chunk, idea, draw, a·r·(1 − c)·Δt.</summary>
        public int[] DrawnFirm = new int[Chunks.DefaultSize];
        public int[] DrawnIdea = new int[Chunks.DefaultSize];
        public double[] DrawnU = new double[Chunks.DefaultSize];
        public double[] DrawnScale = new double[Chunks.DefaultSize];

        /// <summary>The same draws grouped by firm (firm order, then idea order within a firm): idea, draw, a·r·(1 − c)·Δt.</summary>
        public int[] PendingIdea = new int[Chunks.DefaultSize];
        public double[] PendingDraw = new double[Chunks.DefaultSize];
        public double[] PendingScale = new double[Chunks.DefaultSize];

        /// <summary>
        /// The groups, one per firm with draws, in firm order: its slot within the chunk, the end of its draws in the
        /// pending lists (each group starts where the one before ends) and 1 / contacts.
        /// </summary>
        public readonly int[] GroupFirm = new int[BlockWords * 64];
        public readonly int[] GroupEnd = new int[BlockWords * 64];
        public readonly double[] GroupInverseContacts = new double[BlockWords * 64];
        public int Groups;

        /// <summary>Draws per firm of the block while they are grouped, and the firms with any.</summary>
        public readonly int[] Count = new int[BlockWords * 64];
        public readonly ulong[] Drawn = new ulong[BlockWords];

        /// <summary>A firm's exposure to each idea while its group is recounted (only its pending ideas' entries are set), and the mask of those ideas.</summary>
        public float[] Exposure = [];
        public ulong[] Mask = [];

        /// <summary>Makes room for <paramref name="length"/> draws, keeping those listed.</summary>
        public void GrowDrawn(int length)
        {
            var grown = Math.Max(length, DrawnFirm.Length * 2);
            Array.Resize(ref DrawnFirm, grown);
            Array.Resize(ref DrawnIdea, grown);
            Array.Resize(ref DrawnU, grown);
            Array.Resize(ref DrawnScale, grown);
            PendingIdea = new int[grown];
            PendingDraw = new double[grown];
            PendingScale = new double[grown];
        }
    }

    [ThreadStatic] private static ChunkBuffers? t_buffers;

    /// <summary>
    /// Decides every (firm, idea) of the slots [start, end) (a chunk of at most <see cref="Chunks.DefaultSize"/>),
    /// adding adoptions in firm, then idea order: per-firm values for the chunk, then block by block (2,048 firms), the
    /// draws idea by idea, grouped by firm, and the recount of each firm with draws left, once for all its ideas.
    /// </summary>
    [MethodImpl(HotPath.Compile)]
    public void Decide(int start, int end, List<AdoptionEvent> events)
    {
        if (end - start > Chunks.DefaultSize || (start & 63) != 0) throw new ArgumentException("a chunk must start at a multiple of 64 and hold at most Chunks.DefaultSize firms");
        var b = t_buffers ??= new ChunkBuffers();
        var words = (end - start + 63) >> 6;
        if (_lazy) Array.Clear(b.Filled, 0, words);
        else FillAll(b, start, end);
        for (var from = 0; from < words; from += BlockWords)
        {
            var to = Math.Min(words, from + BlockWords);
            var before = events.Count;
            var drawn = 0;
            for (var idea = 0; idea < _ideaCount; idea++)
            {
                if (drawn + (to - from) * 64 > b.DrawnFirm.Length) b.GrowDrawn(drawn + (to - from) * 64);
                drawn = _lazy ? DrawLazily(idea, start, end, from, to, b, drawn, events) : DrawEagerly(idea, start, end, from, to, b, drawn, events);
            }
            if (_fullMixing) CollectionsMarshal.AsSpan(events)[before..].Sort(new FirmThenIdea()); // decided idea by idea
            if (drawn == 0) continue;
            Group(b, from, to, drawn);
            Recount(start, b, events);
        }
    }

    private readonly struct FirmThenIdea : IComparer<AdoptionEvent>
    {
        public int Compare(AdoptionEvent x, AdoptionEvent y) => x.Firm != y.Firm ? x.Firm.CompareTo(y.Firm) : x.Idea.CompareTo(y.Idea);
    }

    /// <summary>
    /// The per-firm values of firm <paramref name="f"/> (slot <paramref name="i"/> of the chunk), computed the first time a
    /// draw of the firm passes the shared bound in a tick: a·Δt (0 if the firm can adopt nothing: it then never adopts),
    /// p + boosts, contacts (S is the trust-weighted share of the contacts: each counts once below the line, its adoption
    /// counts its trust above it), where its standing ties start, and p + boosts + q·(largest S), the hazard's bound per
    /// unit of a·r·(1 − c)·Δt. <see cref="SharedBounds"/> bounds these same expressions over every firm.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | HotPath.Compile)]
    private void FillFirm(ChunkBuffers b, int i, int f)
    {
        var firms = _world.Firms;
        var scale = _uniformScale;
        if (double.IsNaN(scale))
        {
            var c = firms.City[f];
            var shift = _cityShift[c];
            var absorptive = firms.Absorptive[f];
            scale = (shift == 0 ? absorptive : Math.Clamp(absorptive + shift, 0.0, 1.0)) * _dt;
            if (_localisation is not null) scale *= _localisation[c * _sectors + firms.Sector[f]];
        }
        b.Scale[i] = Math.Max(scale, 0.0);
        if (scale <= 0) return;
        var network = _world.Network;
        var standing = f < network.FirmCount;
        var external = _noBoosts ? _p + 0f + 0f : _p + firms.OutreachBoost[f] + firms.ProcurementBoost[f];
        b.External[i] = external;
        var standingTies = !standing ? 0 : network.AllLive ? network.Degree(f) : network.LiveTies[f];
        var contacts = standingTies + _world.DynamicTies.Count(f);
        b.Contacts[i] = contacts;
        if (standing) b.TieStart[i] = network.Offsets[f];
        b.Bound[i] = contacts > 0 ? external + _q * (_maxWeight * (1 + contacts * SlackPerContact)) : external;
    }

    /// <summary>
    /// Asks for the cache line of an array element (a hint: nothing is read, nothing can fault, a moved array only wastes
    /// it; for an array of references, the line of the reference, not of the object).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static unsafe void Prefetch<T>(ReadOnlySpan<T> array, int index)
    {
        if (Sse.IsSupported && (uint)index < (uint)array.Length)
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetReference(array), index)));
    }

    /// <summary>
    /// An adoption with its channel, from the parts of its hazard (computed only for the rare adopters), and the
    /// lever it is attributed to when the part drawn is a lever's paid outreach or lead market.
    /// </summary>
    private AdoptionEvent Attribute(ReadOnlySpan<ulong> adopters, int f, int idea, ulong key, double share, double inverseContacts)
    {
        var firms = _world.Firms;
        double brokeredShare = 0;
        if (!_fullMixing && _world.DynamicTies.HasAny(f))
            brokeredShare = BrokeredExposure(f, adopters) * inverseContacts;
        // Without boosts this tick (_noBoosts) both are 0 for every firm: not read (two cache misses per adoption).
        var outreachBoost = _noBoosts ? 0f : firms.OutreachBoost[f];
        var procurementBoost = _noBoosts ? 0f : firms.ProcurementBoost[f];
        var (channel, outreach) = ChooseChannel(key, firms.Key[f], _p, outreachBoost, procurementBoost, _q * (share - brokeredShare), _q * brokeredShare);
        var lever = channel == Channel.Procurement ? firms.ProcurementLever[f] : outreach ? firms.OutreachLever[f] : -1;
        return new AdoptionEvent(f, idea, channel, lever);
    }

    /// <summary>Trust-weighted adopters among a firm's brokered ties (the brokered part of its exposure).</summary>
    private double BrokeredExposure(int firm, ReadOnlySpan<ulong> adopters)
    {
        var brokered = 0.0;
        foreach (var t in _world.DynamicTies.Of(firm))
            if (t.Brokered && (adopters[t.Partner >> 6] & (1UL << t.Partner)) != 0) brokered += t.Weight;
        return brokered;
    }

    /// <summary>
    /// Attributes an adoption to a channel in proportion to the parts of the hazard; outreach counts as brokered
    /// (the second value says whether the draw fell on the outreach part).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Channel Channel, bool Outreach) ChooseChannel(ulong key, ulong firmKey, double external, double outreach, double procurement, double peer, double brokered)
    {
        var total = external + outreach + procurement + peer + brokered;
        var v = RandomStreams.UniformAt(RandomStreams.Derive(key, ChannelCoordinate), firmKey) * total;
        if (v < external) return (Channel.External, false);
        if (v < external + peer) return (Channel.Peer, false);
        if (v < external + peer + procurement) return (Channel.Procurement, false);
        return (Channel.Brokered, v < external + peer + procurement + outreach);
    }
}
