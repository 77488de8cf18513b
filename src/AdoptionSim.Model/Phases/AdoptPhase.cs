using System.Runtime.CompilerServices;
using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// The adoption rule, synchronously: every firm decides on the state at the start of the phase
/// (decisions in parallel over fixed chunks of firms, each draw keyed by tick, idea and firm), then the
/// decisions are applied in firm order, updating contacts' exposure incrementally.
/// </summary>
public sealed class AdoptPhase : ITickPhase<World>
{
    /// <summary>Sub-stream coordinate of the draw that attributes an adoption to a channel.</summary>
    private const ulong ChannelCoordinate = 0xC4A7_7E1UL;

    private List<AdoptionEvent>[] _chunkEvents = [];
    private readonly Kernel _kernel = new();

    public string Name => "adopt";

    public void Run(World world, in TickContext context)
    {
        var firmCount = world.Firms.Count;
        var ideaCount = world.Ideas.Count;
        if (ideaCount == 0 || firmCount == 0) return;

        var kernel = _kernel;
        kernel.Prepare(world, context);
        var chunks = Chunks.Count(firmCount);
        if (_chunkEvents.Length < chunks)
        {
            var old = _chunkEvents.Length;
            Array.Resize(ref _chunkEvents, chunks);
            for (var c = old; c < chunks; c++) _chunkEvents[c] = [];
        }
        var chunkEvents = _chunkEvents;
        Chunks.For(firmCount, context.Threads, (chunk, start, end) =>
        {
            var events = chunkEvents[chunk];
            events.Clear();
            for (var idea = 0; idea < ideaCount; idea++) kernel.Decide(idea, start, end, events);
            events.Sort(static (x, y) => x.Firm != y.Firm ? x.Firm.CompareTo(y.Firm) : x.Idea.CompareTo(y.Idea));
        });
        for (var c = 0; c < chunks; c++) Apply(world, chunkEvents[c], context.Tick);
    }

    private static void Apply(World world, List<AdoptionEvent> events, int tick)
    {
        var firms = world.Firms;
        var counters = world.Counters;
        foreach (var e in events)
        {
            world.Adopt(e.Idea, e.Firm);
            counters.Adoptions[firms.City[e.Firm] * Channels.Count + (int)e.Channel]++;
            if (e.Lever >= 0) world.Levers[e.Lever].AdoptionsAttributable[firms.City[e.Firm]]++;
            counters.Events.Add(e);
            if (e.Channel == Channel.Brokered) MarkCarryingTies(world, e, tick);
        }
    }

    /// <summary>A brokered adoption keeps alive the brokered ties to contacts that had the idea.</summary>
    private static void MarkCarryingTies(World world, AdoptionEvent e, int tick)
    {
        var ties = world.DynamicTies.Of(e.Firm);
        if (ties is null) return;
        var adopted = world.Adoption.Adopted[e.Idea];
        for (var i = 0; i < ties.Count; i++)
            if (ties[i].Brokered && adopted[ties[i].Partner] != 0) world.DynamicTies.MarkUsed(e.Firm, ties[i].Partner, tick);
    }

    /// <summary>
    /// Everything the decision loop reads, gathered once per tick: per idea r·(1 − c) by sector and the
    /// draw key; per firm a·Δt (0 for exited firms), its external coefficient p + boosts, and the inverse
    /// of its total tie weight, so the inner loop over (idea, firm) is a few loads, multiplies and one
    /// hash: S = exposure × inverse weight, exposure being kept incrementally over every tie. Its buffers
    /// live as long as the phase, so a tick allocates nothing in proportion to the firms.
    /// </summary>
    private sealed class Kernel
    {
        private World _world = null!;
        private double _q;
        private int _sectors;
        /// <summary>r(i, s)·(1 − c_i), [idea * sectors + sector].</summary>
        private double[] _relevanceTimesEase = [];
        private ulong[] _ideaKeys = [];
        private double[] _absorptiveDt = [];
        private double[] _external = [];
        private double[] _inverseContacts = [];
        private int _aliveFirms;

        public void Prepare(World world, in TickContext context)
        {
            _world = world;
            _q = world.Spec.Adoption.Q;
            _sectors = world.Sectors.Count;
            var ideas = world.Ideas;
            Fit(ref _relevanceTimesEase, ideas.Count * _sectors);
            Fit(ref _ideaKeys, ideas.Count);
            var tickKey = context.Streams.Key(StreamPurpose.Adoption, context.Tick);
            for (var i = 0; i < ideas.Count; i++)
            {
                _ideaKeys[i] = RandomStreams.Derive(tickKey, ideas.Key[i]);
                for (var s = 0; s < _sectors; s++) _relevanceTimesEase[i * _sectors + s] = ideas.Relevance[i][s] * (1.0 - ideas.Complexity[i]);
            }
            var firms = world.Firms;
            var n = firms.Count;
            Fit(ref _absorptiveDt, n);
            Fit(ref _external, n);
            Fit(ref _inverseContacts, n);
            var p = world.Spec.Adoption.P;
            var standingFirms = world.Network.FirmCount;
            // Skilled arrivals (or departures) since tick 0 shift the absorptive capacity of a city's firms.
            var skillsEffect = world.Spec.Firms.SkillsEffect;
            var cityState = world.CityState;
            // Within-sector increasing returns: λ × LQ^η of the firm's sector in its city (none when η = 0).
            var localisation = world.Spec.Adoption.Localisation;
            var lq = localisation != 0 ? Localisation.Factors(world, localisation) : null;
            for (var f = 0; f < n; f++)
            {
                if (!firms.Alive[f])
                {
                    _absorptiveDt[f] = 0; // the decision loop skips k = 0: exited firms never adopt
                    continue;
                }
                var shift = skillsEffect * cityState.SkillsGain(firms.City[f]);
                _absorptiveDt[f] = (shift == 0 ? firms.Absorptive[f] : Math.Clamp(firms.Absorptive[f] + shift, 0.0, 1.0)) * context.Dt;
                if (lq is not null) _absorptiveDt[f] *= lq[firms.City[f] * _sectors + firms.Sector[f]];
                _external[f] = p + firms.OutreachBoost[f] + firms.ProcurementBoost[f];
                // S is the trust-weighted share of the firm's contacts: each contact counts once below the line,
                // its adoption counts its trust above it (competitors count less unless a broker mediated).
                var contacts = (f < standingFirms ? world.Network.LiveTies[f] : 0) + world.DynamicTies.Count(f);
                _inverseContacts[f] = contacts > 0 ? 1.0 / contacts : 0.0;
            }
            _aliveFirms = world.FullMixing ? world.AliveFirms() : 0;
        }

        /// <summary>Grows a buffer (by at least half) when it is too small; contents are overwritten by the caller.</summary>
        private static void Fit<T>(ref T[] buffer, int length)
        {
            if (buffer.Length < length) buffer = new T[Math.Max(length, buffer.Length + buffer.Length / 2)];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Decide(int idea, int start, int end, List<AdoptionEvent> events)
        {
            var sector = _world.Firms.Sector.AsSpan();
            var firmKey = _world.Firms.Key.AsSpan();
            var adopted = _world.Adoption.Adopted[idea].AsSpan();
            var exposure = _world.Adoption.Exposure[idea].AsSpan();
            var absorptiveDt = _absorptiveDt.AsSpan();
            var external = _external.AsSpan();
            var inverseContacts = _inverseContacts.AsSpan();
            var ease = _relevanceTimesEase.AsSpan(idea * _sectors, _sectors);
            var key = _ideaKeys[idea];
            var q = _q;
            var fullMixing = _world.FullMixing;
            var fullMixingShare = fullMixing && _aliveFirms > 1 ? _world.Adoption.AdopterCount[idea] / (double)(_aliveFirms - 1) : 0.0;

            for (var f = start; f < end; f++)
            {
                if (adopted[f] != 0) continue;
                var k = absorptiveDt[f] * ease[sector[f]];
                if (k <= 0) continue; // exited firms have a·Δt = 0
                var share = fullMixing ? fullMixingShare : exposure[f] * inverseContacts[f];
                var u = RandomStreams.UniformAt(key, firmKey[f]);
                if (!Hazard.Adopts(u, k * (external[f] + q * share))) continue;
                events.Add(Attribute(idea, f, key, share));
            }
        }

        /// <summary>
        /// An adoption with its channel, from the parts of its hazard (computed only for the rare adopters), and the
        /// lever it is attributed to when the part drawn is a lever's paid outreach or lead market.
        /// </summary>
        private AdoptionEvent Attribute(int idea, int f, ulong key, double share)
        {
            var firms = _world.Firms;
            double brokeredShare = 0;
            if (!_world.FullMixing && _world.DynamicTies.HasAny(f))
                brokeredShare = BrokeredExposure(f, _world.Adoption.Adopted[idea]) * _inverseContacts[f];
            var (channel, outreach) = ChooseChannel(key, firms.Key[f], _world.Spec.Adoption.P, firms.OutreachBoost[f], firms.ProcurementBoost[f],
                _q * (share - brokeredShare), _q * brokeredShare);
            var lever = channel == Channel.Procurement ? firms.ProcurementLever[f] : outreach ? firms.OutreachLever[f] : -1;
            return new AdoptionEvent(f, idea, channel, lever);
        }

        /// <summary>Trust-weighted adopters among a firm's brokered ties (the brokered part of its exposure).</summary>
        private double BrokeredExposure(int firm, ReadOnlySpan<byte> adopted)
        {
            var brokered = 0.0;
            foreach (var t in _world.DynamicTies.Of(firm)!)
                if (t.Brokered && adopted[t.Partner] != 0) brokered += t.Weight;
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
}
