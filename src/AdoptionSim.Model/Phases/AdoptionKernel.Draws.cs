using System.Numerics;
using System.Runtime.CompilerServices;
using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// Pass 1 of the adoption decisions: one idea's draws over a block of the chunk, the bounds rejecting most of them and
/// the rest listed for the recount (<see cref="AdoptionKernel.Recount"/>). Two ways, the same decisions:
/// <list type="bullet">
/// <item><b>Lazily</b>, with few ideas (<see cref="LazyIdeas"/>): a firm draws once or twice a tick, so reading its own
/// values (five arrays) for every firm cost more than the draws. The shared bound rejects most draws with one hash of the
/// firm's key, and the firm's values are read only for the draws it lets through.</item>
/// <item><b>Eagerly</b>, with more: every firm draws for many ideas, so its values are read once per tick for all of its
/// draws (<see cref="FillAll"/>) and each draw is tested against the firm's own bound at once; the shared bound, loose
/// across sectors and capacities, would reject few of them.</item>
/// </list>
/// </summary>
internal sealed partial class AdoptionKernel
{
    /// <summary>
    /// Up to this many ideas the per-firm values are read lazily. With a hundred ideas (the UK baseline) the lazy way cost
    /// a third more CPU in this pass; with one (the benchmark) the eager way read 30 MB a tick for 1M firms to use 4%.
    /// </summary>
    private const int LazyIdeas = 2;

    /// <summary>This tick's way (<see cref="LazyIdeas"/>).</summary>
    private bool _lazy;

    /// <summary>The per-firm values of every alive firm of the chunk that has an idea left to adopt (the eager way).</summary>
    [MethodImpl(HotPath.Compile)]
    private void FillAll(ChunkBuffers b, int start, int end)
    {
        var alive = _world.Firms.AliveBits;
        var adoption = _world.Adoption;
        var firstWord = start >> 6;
        var words = (end - start + 63) >> 6;
        for (var w = 0; w < words; w++)
        {
            var open = 0UL;
            for (var idea = 0; idea < _ideaCount && open != ulong.MaxValue; idea++) open |= ~adoption.Adopters(idea)[firstWord + w];
            open = InChunk(open & alive[firstWord + w], start, end, w);
            while (open != 0)
            {
                var i = (w << 6) + BitOperations.TrailingZeroCount(open);
                open &= open - 1;
                FillFirm(b, i, start + i);
            }
        }
    }

    /// <summary>The alive firms of word <paramref name="w"/> of the chunk that have not adopted the idea.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong NonAdopters(ReadOnlySpan<ulong> adopters, int start, int end, int w)
    {
        var word = (start >> 6) + w;
        return InChunk(_world.Firms.AliveBits[word] & ~adopters[word], start, end, w);
    }

    /// <summary>The bits of word <paramref name="w"/> of the chunk [start, end) that are firms of the chunk (the last word may end early).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong InChunk(ulong bits, int start, int end, int w)
    {
        var inChunk = end - start - (w << 6);
        return inChunk < 64 ? bits & ((1UL << inChunk) - 1) : bits;
    }

    /// <summary>
    /// The eager way: per draw the firm's k = a·Δt·r·(1 − c) first (no draw when 0), then its own bound, 64 firms at a
    /// time (<see cref="DrawScreen.KeptByOwnBounds"/>); the draws it keeps are listed. Under full mixing each draw is decided.
    /// </summary>
    [MethodImpl(HotPath.Compile)]
    private int DrawEagerly(int idea, int start, int end, int from, int to, ChunkBuffers b, int drawn, List<AdoptionEvent> events)
    {
        var sector = _world.Firms.Sector;
        var firmKey = _world.Firms.Key;
        var adopters = _world.Adoption.Adopters(idea);
        var ease = _easeByIdea.AsSpan(idea * _sectors, _sectors);
        var key = _ideaKeys[idea];
        var scale = b.Scale;
        var fullMixing = _fullMixing;
        for (var w = from; w < to; w++)
        {
            var todo = NonAdopters(adopters, start, end, w);
            if (todo == 0) continue;
            var firstFirm = start + (w << 6);
            var inArrays = Math.Min(64, firmKey.Length - firstFirm);
            if (!fullMixing)
                todo = DrawScreen.KeptByOwnBounds(todo, key, firmKey.AsSpan(firstFirm, inArrays), sector.AsSpan(firstFirm, Math.Min(64, sector.Length - firstFirm)),
                    scale.AsSpan(w << 6, 64), b.Bound.AsSpan(w << 6, 64), ease);
            while (todo != 0)
            {
                var i = (w << 6) + BitOperations.TrailingZeroCount(todo);
                todo &= todo - 1;
                var f = start + i;
                var k = scale[i] * ease[sector[f]]; // scale is 0 for a firm that can adopt nothing
                if (k <= 0) continue;
                var u = RandomStreams.UniformAt(key, firmKey[f]);
                if (fullMixing) DecideFullyMixed(idea, f, i, u, k, b, events);
                else drawn = Keep(idea, f, i, u, k, b, drawn); // kept by the screen: its own bound did not reject it
            }
        }
        return drawn;
    }

    /// <summary>
    /// The lazy way. Pass 1, the tight loop: every alive non-adopter draws, and the shared bound rejects most draws with
    /// nothing read but the firm's key, eight firms at a time where the processor allows (<see cref="DrawScreen"/>); the
    /// others are listed. Pass 2, in firm order: the firm's own values, filled the first time a draw of it gets there this tick.
    /// </summary>
    [MethodImpl(HotPath.Compile)]
    private int DrawLazily(int idea, int start, int end, int from, int to, ChunkBuffers b, int drawn, List<AdoptionEvent> events)
    {
        var firmKey = _world.Firms.Key;
        var adopters = _world.Adoption.Adopters(idea);
        var key = _ideaKeys[idea];
        var threshold = DrawScreen.Threshold(_sharedBound[idea]);
        var offsets = _world.Network.Offsets;
        var slots = b.Survivor;
        var draws = b.SurvivorU;
        var survivors = 0;
        for (var w = from; w < to; w++)
        {
            var todo = NonAdopters(adopters, start, end, w);
            if (todo == 0) continue;
            var firstFirm = start + (w << 6);
            var below = DrawScreen.Below(todo, key, firmKey.AsSpan(firstFirm, Math.Min(64, firmKey.Length - firstFirm)), threshold);
            while (below != 0)
            {
                var i = (w << 6) + BitOperations.TrailingZeroCount(below);
                below &= below - 1;
                slots[survivors] = i;
                draws[survivors++] = RandomStreams.UniformAt(key, firmKey[start + i]);
                Prefetch(offsets, start + i); // where its ties start, read in pass 2 (far apart: a miss each otherwise)
            }
        }
        var sector = _world.Firms.Sector;
        var ease = _easeByIdea.AsSpan(idea * _sectors, _sectors);
        var filled = b.Filled;
        var fullMixing = _fullMixing;
        for (var d = 0; d < survivors; d++)
        {
            var i = slots[d];
            var f = start + i;
            if ((filled[i >> 6] & (1UL << i)) == 0)
            {
                FillFirm(b, i, f);
                filled[i >> 6] |= 1UL << i;
            }
            var k = b.Scale[i] * ease[sector[f]];
            if (k <= 0) continue;
            var u = draws[d];
            if (fullMixing) DecideFullyMixed(idea, f, i, u, k, b, events);
            else if (!(u >= k * b.Bound[i])) drawn = Keep(idea, f, i, u, k, b, drawn); // else rejected whatever the exposure (a NaN bound: none)
        }
        return drawn;
    }

    /// <summary>Under full mixing the exposure is the same for every firm: the draw is decided here.</summary>
    private void DecideFullyMixed(int idea, int f, int i, double u, double k, ChunkBuffers b, List<AdoptionEvent> events)
    {
        var share = _fullMixingShare[idea];
        if (Hazard.Adopts(u, k * (b.External[i] + _q * share)))
            events.Add(Attribute(_world.Adoption.Adopters(idea), f, idea, _ideaKeys[idea], share, InverseOf(b.Contacts[i])));
    }

    /// <summary>Lists a draw the bounds could not reject for the recount (returns the new count).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Keep(int idea, int f, int i, double u, double k, ChunkBuffers b, int drawn)
    {
        b.DrawnFirm[drawn] = i;
        b.DrawnIdea[drawn] = idea;
        b.DrawnU[drawn] = u;
        b.DrawnScale[drawn] = k;
        // The recount comes after the block's draws: with one idea (a firm has one draw at most), its ties (far apart in
        // memory) are requested now, so they have arrived by then; with several, the recount requests them for all its
        // pending firms at once (a check per draw here cost more than it saved with a hundred ideas).
        var network = _world.Network;
        if (_ideaCount == 1 && f < network.FirmCount)
        {
            var first = b.TieStart[i];
            var last = first + Math.Max(b.Contacts[i] - 1, 0); // a hint: cut ties are still in the range
            Prefetch(network.Targets, first);
            Prefetch(network.Weights, first);
            Prefetch(network.Targets, last);
            Prefetch(network.Weights, last);
        }
        return drawn + 1;
    }
}
