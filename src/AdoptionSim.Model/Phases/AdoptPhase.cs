using System.Runtime.CompilerServices;
using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.World;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// The adoption rule, synchronously: every firm decides on the state at the start of the phase
/// (decisions in parallel over fixed chunks of firms, each draw keyed by tick, idea and firm), then the
/// decisions are applied in firm order, updating contacts' exposure incrementally.
/// </summary>
public sealed class AdoptPhase : ITickPhase<World.World>
{
    /// <summary>Sub-stream coordinate of the draw that attributes an adoption to a channel.</summary>
    private const ulong ChannelCoordinate = 0xC4A7_7E1UL;

    private List<AdoptionEvent>[] _chunkEvents = [];

    public string Name => "adopt";

    public void Run(World.World world, in TickContext context)
    {
        var firmCount = world.Firms.Count;
        var ideaCount = world.Ideas.Count;
        if (ideaCount == 0 || firmCount == 0) return;

        var kernel = new Kernel(world, context);
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

    private static void Apply(World.World world, List<AdoptionEvent> events, int tick)
    {
        var firms = world.Firms;
        var counters = world.Counters;
        foreach (var e in events)
        {
            world.Adopt(e.Idea, e.Firm);
            counters.Adoptions[firms.City[e.Firm] * Channels.Count + (int)e.Channel]++;
            counters.Events.Add(e);
            if (e.Channel == Channel.Brokered) MarkCarryingTies(world, e, tick);
        }
    }

    /// <summary>A brokered adoption keeps alive the brokered ties to contacts that had the idea.</summary>
    private static void MarkCarryingTies(World.World world, AdoptionEvent e, int tick)
    {
        var ties = world.DynamicTies.Of(e.Firm);
        if (ties is null) return;
        var adopted = world.Adoption.Adopted[e.Idea];
        for (var i = 0; i < ties.Count; i++)
            if (ties[i].Brokered && adopted[ties[i].Partner] != 0) world.DynamicTies.MarkUsed(e.Firm, ties[i].Partner, tick);
    }

    /// <summary>Everything the decision loop reads, gathered once per tick.</summary>
    private readonly struct Kernel
    {
        private readonly World.World _world;
        private readonly double _p, _q, _dt;
        private readonly int _sectors;
        /// <summary>r(i, s)·(1 − c_i), [idea * sectors + sector].</summary>
        private readonly double[] _relevanceTimesEase;
        private readonly ulong[] _ideaKeys;
        private readonly int _aliveFirms;

        public Kernel(World.World world, in TickContext context)
        {
            _world = world;
            _p = world.Spec.Adoption.P;
            _q = world.Spec.Adoption.Q;
            _dt = context.Dt;
            _sectors = world.Sectors.Count;
            var ideas = world.Ideas;
            _relevanceTimesEase = new double[ideas.Count * _sectors];
            _ideaKeys = new ulong[ideas.Count];
            var tickKey = context.Streams.Key(StreamPurpose.Adoption, context.Tick);
            for (var i = 0; i < ideas.Count; i++)
            {
                _ideaKeys[i] = RandomStreams.Derive(tickKey, (ulong)i);
                for (var s = 0; s < _sectors; s++) _relevanceTimesEase[i * _sectors + s] = ideas.Relevance[i][s] * (1.0 - ideas.Complexity[i]);
            }
            _aliveFirms = world.FullMixing ? world.AliveFirms() : 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Decide(int idea, int start, int end, List<AdoptionEvent> events)
        {
            var firms = _world.Firms;
            var adopted = _world.Adoption.Adopted[idea].AsSpan();
            var exposure = _world.Adoption.Exposure[idea].AsSpan();
            var standingWeight = _world.Network.WeightSum.AsSpan();
            var standingFirms = _world.Network.FirmCount;
            var dynamicWeight = _world.DynamicTies.WeightSum.AsSpan();
            var ease = _relevanceTimesEase.AsSpan(idea * _sectors, _sectors);
            var key = _ideaKeys[idea];
            var fullMixingShare = _world.FullMixing && _aliveFirms > 1
                ? _world.Adoption.AdopterCount[idea] / (double)(_aliveFirms - 1)
                : 0.0;

            for (var f = start; f < end; f++)
            {
                if (adopted[f] != 0 || !firms.Alive[f]) continue;
                var k = firms.Absorptive[f] * ease[firms.Sector[f]];
                if (k <= 0) continue;
                double peerShare, brokeredShare = 0;
                if (_world.FullMixing)
                {
                    peerShare = fullMixingShare;
                }
                else
                {
                    var standing = f < standingFirms ? standingWeight[f] : 0f;
                    var totalWeight = standing + dynamicWeight[f];
                    if (totalWeight <= 0) peerShare = 0;
                    else
                    {
                        var standingExposure = f < standingFirms ? exposure[f] : 0f;
                        double dynamicPeer = 0;
                        if (dynamicWeight[f] > 0) DynamicExposure(f, adopted, out dynamicPeer, out brokeredShare);
                        peerShare = (standingExposure + dynamicPeer) / totalWeight;
                        brokeredShare /= totalWeight;
                    }
                }
                var outreach = firms.OutreachBoost[f];
                var procurement = firms.ProcurementBoost[f];
                var x = k * (_p + outreach + procurement + _q * (peerShare + brokeredShare)) * _dt;
                var u = RandomStreams.UniformAt(key, (ulong)f);
                if (!Hazard.Adopts(u, x)) continue;
                events.Add(new AdoptionEvent(f, idea, ChooseChannel(key, f, _p, outreach, procurement, _q * peerShare, _q * brokeredShare)));
            }
        }

        /// <summary>Trust-weighted adopters among a firm's dynamic ties, split into ordinary and brokered ties.</summary>
        private void DynamicExposure(int firm, ReadOnlySpan<byte> adopted, out double peer, out double brokered)
        {
            peer = 0;
            brokered = 0;
            var ties = _world.DynamicTies.Of(firm);
            if (ties is null) return;
            foreach (var t in ties)
            {
                if (adopted[t.Partner] == 0) continue;
                if (t.Brokered) brokered += t.Weight;
                else peer += t.Weight;
            }
        }

        /// <summary>Attributes an adoption to a channel in proportion to the parts of the hazard; outreach counts as brokered.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Channel ChooseChannel(ulong key, int firm, double external, double outreach, double procurement, double peer, double brokered)
        {
            var total = external + outreach + procurement + peer + brokered;
            var v = RandomStreams.UniformAt(RandomStreams.Derive(key, ChannelCoordinate), (ulong)firm) * total;
            if (v < external) return Channel.External;
            if (v < external + peer) return Channel.Peer;
            if (v < external + peer + procurement) return Channel.Procurement;
            return Channel.Brokered;
        }
    }
}
