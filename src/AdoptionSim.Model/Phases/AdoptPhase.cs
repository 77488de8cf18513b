using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AdoptionSim.Core.Engine;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// The adoption rule, synchronously: every firm decides on the state at the start of the phase
/// (decisions in parallel over fixed chunks of firms, each draw keyed by tick, idea and firm:
/// <see cref="AdoptionKernel"/>), then the decisions are applied in firm order.
/// </summary>
public sealed class AdoptPhase : ITickPhase<World>
{
    private List<AdoptionEvent>[] _chunkEvents = [];
    private readonly AdoptionKernel _kernel;
    private Action<int, int, int>? _decide;

    public AdoptPhase() : this(boundedRejection: true)
    {
    }

    /// <param name="boundedRejection">false: recount the exposure for every draw (tests check that the bound changes no decision).</param>
    /// <param name="groupedRecount">
    /// false: recount each draw from its idea's adopter bitset, one idea at a time, instead of once per firm for all
    /// its pending ideas (tests check that grouping changes no decision).
    /// </param>
    internal AdoptPhase(bool boundedRejection, bool groupedRecount = true) => _kernel = new AdoptionKernel(boundedRejection, groupedRecount);

    public string Name => "adopt";

    [MethodImpl(HotPath.Compile)]
    public void Run(World world, in TickContext context)
    {
        var firmCount = world.Firms.Count;
        if (world.Ideas.Count == 0 || firmCount == 0) return;

        _kernel.Prepare(world, context);
        var chunks = Chunks.Count(firmCount);
        if (_chunkEvents.Length < chunks)
        {
            var old = _chunkEvents.Length;
            Array.Resize(ref _chunkEvents, chunks);
            for (var c = old; c < chunks; c++) _chunkEvents[c] = [];
        }
        // One delegate for the phase's life: a tick allocates nothing in proportion to the firms.
        _decide ??= (chunk, start, end) =>
        {
            var events = _chunkEvents[chunk];
            events.Clear();
            _kernel.Decide(start, end, events);
        };
        Chunks.For(firmCount, context.Threads, _decide);
        for (var c = 0; c < chunks; c++) Apply(world, _chunkEvents[c], context.Tick);
    }

    /// <summary>Events between requesting an adopter's per-firm data and applying its adoption.</summary>
    private const int ApplyLookahead = 8;

    [MethodImpl(HotPath.Compile)]
    private static void Apply(World world, List<AdoptionEvent> events, int tick)
    {
        var firms = world.Firms;
        var counters = world.Counters;
        var list = CollectionsMarshal.AsSpan(events);
        for (var n = 0; n < list.Length; n++)
        {
            // Adopters are far apart in the firm arrays (a few in a thousand firms a tick): each would wait for the lines
            // an adoption writes in turn, so those of an adoption a few events on are requested now.
            if (n + ApplyLookahead < list.Length) RequestFirm(world, list[n + ApplyLookahead].Firm);
            var e = list[n];
            world.Adopt(e.Idea, e.Firm);
            counters.Adoptions[firms.City[e.Firm] * Channels.Count + (int)e.Channel]++;
            if (e.Lever >= 0) world.Levers[e.Lever].AdoptionsAttributable[firms.City[e.Firm]]++;
            counters.Events.Add(e);
            if (e.Channel == Channel.Brokered) MarkCarryingTies(world, e, tick);
        }
    }

    /// <summary>Requests the cache lines an adoption by <paramref name="firm"/> reads and writes (hints only).</summary>
    private static void RequestFirm(World world, int firm)
    {
        var firms = world.Firms;
        AdoptionKernel.Prefetch<int>(firms.City, firm);
        AdoptionKernel.Prefetch<int>(firms.AdoptedCount, firm);
        AdoptionKernel.Prefetch<double>(firms.Productivity, firm);
        AdoptionKernel.Prefetch<byte>(firms.Sector, firm);
        AdoptionKernel.Prefetch<int[]?>(firms.AdoptedIdeas, firm);
        AdoptionKernel.Prefetch<ulong>(world.Adoption.Rows, firm * world.Adoption.RowWords);
    }

    /// <summary>A brokered adoption keeps alive the brokered ties to contacts that had the idea.</summary>
    private static void MarkCarryingTies(World world, AdoptionEvent e, int tick)
    {
        var ties = world.DynamicTies.Of(e.Firm);
        for (var i = 0; i < ties.Length; i++)
            if (ties[i].Brokered && world.Adoption.Has(e.Idea, ties[i].Partner)) world.DynamicTies.MarkUsed(e.Firm, ties[i].Partner, tick);
    }
}
