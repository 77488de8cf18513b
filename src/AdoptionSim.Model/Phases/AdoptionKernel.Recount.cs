using System.Numerics;
using System.Runtime.CompilerServices;
using AdoptionSim.Core.Engine;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// Pass 2 of the adoption decisions: the exact decision for the draws the bound let through, firm by firm.
/// <para>
/// A firm with one pending idea recounts its exposure from that idea's adopter bitset (small: it stays in cache).
/// A firm with several walks its ties once for all of them: per contact one row of the firm-major adopter bits,
/// masked by the pending ideas, and the contact's trust is added to each pending idea the contact adopted. Per
/// idea that is the same float sum in the same order (standing ties in order, then dynamic ties in order) as
/// <see cref="AdoptionState.StandingExposure"/> and <see cref="AdoptionState.AddDynamicExposure"/>, so every
/// exposure, and so every decision, is bit for bit the one a recount per idea gives.
/// </para>
/// </summary>
internal sealed partial class AdoptionKernel
{
    /// <summary>
    /// Groups the block's draws (listed idea by idea) by firm: a counting sort over the block's firms, stable, so
    /// each firm's draws keep their idea order; one group per firm with draws, in firm order.
    /// </summary>
    [MethodImpl(HotPath.Compile)]
    private void Group(ChunkBuffers b, int from, int to, int drawn)
    {
        if (_ideaCount == 1)
        {
            GroupOnePerFirm(b, drawn);
            return;
        }
        var count = b.Count;
        var mask = b.Drawn;
        var firstFirm = from << 6;
        Array.Clear(mask);
        for (var d = 0; d < drawn; d++)
        {
            var local = b.DrawnFirm[d] - firstFirm;
            var bit = 1UL << local;
            if ((mask[local >> 6] & bit) == 0)
            {
                mask[local >> 6] |= bit;
                count[local] = 0;
            }
            count[local]++;
        }
        var position = 0;
        var groups = 0;
        for (var w = 0; w < to - from; w++)
        {
            var firmsWithDraws = mask[w];
            while (firmsWithDraws != 0)
            {
                var local = (w << 6) + BitOperations.TrailingZeroCount(firmsWithDraws);
                firmsWithDraws &= firmsWithDraws - 1;
                var n = count[local];
                count[local] = position;
                position += n;
                b.GroupFirm[groups] = firstFirm + local;
                b.GroupEnd[groups] = position;
                b.GroupInverseContacts[groups] = InverseOf(b.Contacts[firstFirm + local]);
                groups++;
            }
        }
        for (var d = 0; d < drawn; d++)
        {
            var at = count[b.DrawnFirm[d] - firstFirm]++;
            b.PendingIdea[at] = b.DrawnIdea[d];
            b.PendingDraw[at] = b.DrawnU[d];
            b.PendingScale[at] = b.DrawnScale[d];
        }
        b.Groups = groups;
    }

    /// <summary>
    /// With one idea each firm has one draw at most, listed in firm order: each draw is its firm's group, and the drawn lists
    /// become the pending lists as they are (the two sets of buffers swap; both are scratch of the same length).
    /// </summary>
    [MethodImpl(HotPath.Compile)]
    private static void GroupOnePerFirm(ChunkBuffers b, int drawn)
    {
        for (var d = 0; d < drawn; d++)
        {
            var local = b.DrawnFirm[d];
            b.GroupFirm[d] = local;
            b.GroupEnd[d] = d + 1;
            b.GroupInverseContacts[d] = InverseOf(b.Contacts[local]);
        }
        (b.PendingIdea, b.DrawnIdea) = (b.DrawnIdea, b.PendingIdea);
        (b.PendingDraw, b.DrawnU) = (b.DrawnU, b.PendingDraw);
        (b.PendingScale, b.DrawnScale) = (b.DrawnScale, b.PendingScale);
        b.Groups = drawn;
    }

    /// <summary>1 / contacts, or 0 for a firm without any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double InverseOf(int contacts) => contacts > 0 ? 1.0 / contacts : 0.0;

    /// <summary>Prefetches the pending firms' tie ranges, then recounts and decides each group in firm order (adoptions in firm, then idea order).</summary>
    [MethodImpl(HotPath.Compile)]
    private void Recount(int start, ChunkBuffers b, List<AdoptionEvent> events)
    {
        var network = _world.Network;
        var dynamic = _world.DynamicTies;
        var adoption = _world.Adoption;
        var standing = network.FirmCount;
        var offsets = network.Offsets;
        var groups = b.Groups;
        // A recount reads a firm's ties, far apart in memory when few firms are pending: waiting for each in turn cost
        // more than the decisions themselves, so their cache lines are requested first (with one idea, DrawIdea already has).
        if (_ideaCount > 1)
        {
            for (var g = 0; g < groups; g++)
            {
                var f = start + b.GroupFirm[g];
                if (f < standing) Prefetch(offsets, f);
            }
            for (var g = 0; g < groups; g++)
            {
                var f = start + b.GroupFirm[g];
                if (f >= standing) continue;
                Prefetch(network.Targets, offsets[f]);
                Prefetch(network.Weights, offsets[f]);
            }
        }
        // Dynamic ties are a list per firm (two hops from the firm's slot): a loop that does nothing but follow them
        // lets the processor follow many at once, where the recount would wait for each in turn.
        for (var g = 0; g < groups; g++)
        {
            var f = start + b.GroupFirm[g];
            if (dynamic.Count(f) > 0) Prefetch(dynamic.Of(f), 0);
        }
        var rows = adoption.Rows;
        var rowWords = adoption.RowWords;
        var from = 0;
        for (var g = 0; g < groups; g++)
        {
            // The contacts' adopter rows of a firm a few groups on (far apart in memory): requested now, read then.
            var ahead = g + ContactLookahead;
            if (ahead < groups && b.GroupEnd[ahead] - b.GroupEnd[ahead - 1] > 1) PrefetchContactRows(start + b.GroupFirm[ahead], network, dynamic, rows, rowWords);
            var i = b.GroupFirm[g];
            var to = b.GroupEnd[g];
            var f = start + i;
            var hasDynamic = dynamic.Count(f) > 0;
            if (to - from == 1 || !groupedRecount)
            {
                for (var p = from; p < to; p++)
                {
                    var adopters = adoption.Adopters(b.PendingIdea[p]);
                    var exposure = AdoptionState.StandingExposure(adopters, f, network);
                    if (hasDynamic) exposure = AdoptionState.AddDynamicExposure(exposure, adopters, f, dynamic);
                    DecidePending(p, g, f, exposure, b, events);
                }
            }
            else
            {
                GroupExposure(f, from, to, hasDynamic, b);
                for (var p = from; p < to; p++) DecidePending(p, g, f, b.Exposure[b.PendingIdea[p]], b, events);
            }
            from = to;
        }
    }

    /// <summary>Groups between requesting a firm's contacts' adopter rows and reading them.</summary>
    private const int ContactLookahead = 4;

    /// <summary>Requests the adopter rows of a firm's contacts (its standing tie range was requested before).</summary>
    private static void PrefetchContactRows(int f, Network network, DynamicTies dynamic, ReadOnlySpan<ulong> rows, int rowWords)
    {
        if (f < network.FirmCount)
        {
            var targets = network.Targets;
            var end = network.Offsets[f + 1];
            for (var e = network.Offsets[f]; e < end; e++) Prefetch(rows, targets[e] * rowWords);
        }
        foreach (var tie in dynamic.Of(f)) Prefetch(rows, tie.Partner * rowWords);
    }

    /// <summary>The exact decision of pending draw <paramref name="p"/> of firm <paramref name="f"/> (group <paramref name="g"/>) given its exposure.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void DecidePending(int p, int g, int f, float exposure, ChunkBuffers b, List<AdoptionEvent> events)
    {
        var inverseContacts = b.GroupInverseContacts[g];
        var share = exposure * inverseContacts;
        if (!Hazard.Adopts(b.PendingDraw[p], b.PendingScale[p] * (b.External[b.GroupFirm[g]] + _q * share))) return;
        var idea = b.PendingIdea[p];
        events.Add(Attribute(_world.Adoption.Adopters(idea), f, idea, _ideaKeys[idea], share, inverseContacts));
    }

    /// <summary>
    /// The exposure of firm <paramref name="f"/> to each of its pending ideas (draws [from, to)), into
    /// <c>b.Exposure[idea]</c>, from one walk over its ties: standing, then dynamic, each idea's weights added in tie order.
    /// </summary>
    [MethodImpl(HotPath.Compile)]
    private void GroupExposure(int f, int from, int to, bool hasDynamic, ChunkBuffers b)
    {
        var adoption = _world.Adoption;
        var rows = adoption.Rows;
        var rowWords = adoption.RowWords;
        Fit(ref b.Exposure, _ideaCount);
        Fit(ref b.Mask, rowWords);
        var exposure = b.Exposure;
        var mask = b.Mask.AsSpan(0, rowWords);
        mask.Clear();
        for (var p = from; p < to; p++)
        {
            var idea = b.PendingIdea[p];
            mask[idea >> 6] |= 1UL << idea;
            exposure[idea] = 0f;
        }
        var network = _world.Network;
        if (f < network.FirmCount)
        {
            var targets = network.Targets;
            var weights = network.Weights;
            var end = network.Offsets[f + 1];
            for (var e = network.Offsets[f]; e < end; e++)
                AddContact(rows, targets[e] * rowWords, mask, weights[e], exposure); // a cut tie has weight 0
        }
        if (!hasDynamic) return;
        foreach (var tie in _world.DynamicTies.Of(f))
            AddContact(rows, tie.Partner * rowWords, mask, tie.Weight, exposure);
    }

    /// <summary>Adds a contact's trust to the exposure of each pending idea (in <paramref name="mask"/>) the contact has adopted (its row at <paramref name="row"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddContact(ReadOnlySpan<ulong> rows, int row, ReadOnlySpan<ulong> mask, float weight, float[] exposure)
    {
        for (var word = 0; word < mask.Length; word++)
        {
            var adopted = rows[row + word] & mask[word];
            while (adopted != 0)
            {
                exposure[(word << 6) + BitOperations.TrailingZeroCount(adopted)] += weight;
                adopted &= adopted - 1;
            }
        }
    }
}
