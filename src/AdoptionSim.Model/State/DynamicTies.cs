using System.Numerics;

namespace AdoptionSim.Model.State;

/// <summary>
/// Ties made during a run: introductions by brokers (which decay when they carry nothing) and the local
/// ties of firms that enter or move (which stay). Few firms have any, so each keeps a short list, read
/// directly by the adoption phase: an array of its ties (null before the first) whose first <see cref="Count"/>
/// entries are in use, growing by doubling from 4 as a <c>List</c> would and removing by shifting the rest down,
/// so the ties keep their order; one reference from the firm to its ties, not two (list, then its array). A
/// bitset marks the firms that may hold brokered ties, so the decay pass visits those firms only, in index order.
/// </summary>
public sealed class DynamicTies
{
    public struct Tie
    {
        public int Partner;
        public float Weight;
        public bool Brokered;
        /// <summary>Last tick the tie carried an adoption (or was made).</summary>
        public int LastUsed;
    }

    private Tie[]?[] _byFirm = [];

    /// <summary>Bit f: firm f may hold a brokered tie (set when one is made, cleared by the decay pass).</summary>
    private ulong[] _brokered = [];

    /// <summary>Dynamic ties per firm: the used length of its array (the adoption phase counts contacts without visiting them).</summary>
    private int[] _count = [];

    /// <summary>
    /// For a firm whose bit is set in <see cref="_brokered"/>: at most the smallest <see cref="Tie.LastUsed"/> of its
    /// brokered ties (exact when the decay pass last visited its list; ties only get used later or removed since, which
    /// can only raise the true minimum). While tick − this ≤ lifetime none of its brokered ties can have expired, so
    /// the decay pass need not open its list.
    /// </summary>
    private int[] _oldestBrokered = [];

    /// <summary>
    /// Bit f: firm f holds a dynamic tie (<see cref="_count"/> is nonzero). Few firms have any, and a bit per firm stays
    /// in cache where a count per firm does not: the adoption phase asks for the contacts of firms far apart.
    /// </summary>
    private ulong[] _tied = [];

    /// <summary>Number of dynamic ties of a firm (its contacts beyond the standing ties).</summary>
    public int Count(int firm) => (_tied[firm >> 6] & (1UL << firm)) != 0 ? _count[firm] : 0;

    /// <summary>At least the largest <see cref="Count"/> of any firm (the largest it has been: ties removed do not lower it).</summary>
    public int MaxCount { get; private set; }

    /// <summary>Largest and smallest weight of any dynamic tie made so far (0 before the first).</summary>
    public float MaxWeight { get; private set; }
    public float MinWeight { get; private set; }

    public void EnsureCapacity(int firms)
    {
        if (firms <= _byFirm.Length) return;
        Array.Resize(ref _byFirm, firms);
        Array.Resize(ref _count, firms);
        Array.Resize(ref _oldestBrokered, firms);
        Array.Resize(ref _brokered, (firms + 63) >> 6);
        Array.Resize(ref _tied, (firms + 63) >> 6);
    }

    public bool HasAny(int firm) => (_tied[firm >> 6] & (1UL << firm)) != 0;

    /// <summary>The dynamic ties of a firm (empty if none); valid until ties of that firm are made or removed.</summary>
    public ReadOnlySpan<Tie> Of(int firm) => _byFirm[firm] is { } ties ? ties.AsSpan(0, _count[firm]) : [];

    public bool Contains(int a, int b)
    {
        foreach (var t in Of(a)) if (t.Partner == b) return true;
        return false;
    }

    public void Add(int a, int b, float weight, bool brokered, int tick)
    {
        MaxWeight = Math.Max(MaxWeight, weight);
        MinWeight = Math.Min(MinWeight, weight);
        Append(a, new Tie { Partner = b, Weight = weight, Brokered = brokered, LastUsed = tick });
        Append(b, new Tie { Partner = a, Weight = weight, Brokered = brokered, LastUsed = tick });
        if (!brokered) return;
        MarkBrokered(a, tick);
        MarkBrokered(b, tick);
    }

    private void MarkBrokered(int firm, int tick)
    {
        ref var word = ref _brokered[firm >> 6];
        var bit = 1UL << firm;
        _oldestBrokered[firm] = (word & bit) == 0 ? tick : Math.Min(_oldestBrokered[firm], tick);
        word |= bit;
    }

    private void Append(int firm, Tie tie)
    {
        ref var ties = ref _byFirm[firm];
        ref var count = ref _count[firm];
        ties ??= new Tie[4];
        if (count == ties.Length) Array.Resize(ref ties, ties.Length * 2);
        ties[count++] = tie;
        _tied[firm >> 6] |= 1UL << firm;
        MaxCount = Math.Max(MaxCount, count);
    }

    /// <summary>Removes entry <paramref name="i"/> of a firm's ties, shifting the later ones down (their order is kept).</summary>
    private void RemoveAt(int firm, Tie[] ties, int i)
    {
        var count = --_count[firm];
        if (i < count) Array.Copy(ties, i + 1, ties, i, count - i);
        ties[count] = default;
        if (count == 0) _tied[firm >> 6] &= ~(1UL << firm);
    }

    /// <summary>Marks the tie between a and b (both directions) as having carried an adoption.</summary>
    public void MarkUsed(int a, int b, int tick)
    {
        SetLastUsed(a, b, tick);
        SetLastUsed(b, a, tick);
    }

    private void SetLastUsed(int a, int b, int tick)
    {
        var ties = _byFirm[a];
        if (ties is null) return;
        var span = ties.AsSpan(0, _count[a]);
        for (var i = 0; i < span.Length; i++)
            if (span[i].Partner == b) span[i].LastUsed = tick;
    }

    /// <summary>
    /// Removes brokered ties unused for more than <paramref name="lifetime"/> ticks. Visits the firms that may
    /// hold brokered ties in index order, so the result is deterministic; a firm none of whose brokered ties can
    /// have expired yet (<see cref="_oldestBrokered"/>) is passed over without opening its list.
    /// </summary>
    public void Decay(int tick, double lifetime)
    {
        var oldest = _oldestBrokered;
        for (var w = 0; w < _brokered.Length; w++)
        {
            var word = _brokered[w];
            while (word != 0)
            {
                var f = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                if (tick - oldest[f] <= lifetime) continue;
                if (!DecayFirm(f, tick, lifetime)) _brokered[w] &= ~(1UL << f);
            }
        }
    }

    /// <summary>Removes a firm's expired brokered ties; returns whether it still holds a brokered tie (and then records the oldest).</summary>
    private bool DecayFirm(int f, int tick, double lifetime)
    {
        var ties = _byFirm[f];
        if (ties is null) return false;
        var kept = false;
        var oldest = int.MaxValue;
        for (var i = _count[f] - 1; i >= 0; i--)
        {
            var t = ties[i];
            if (!t.Brokered) continue;
            // Both ends share LastUsed, so both go in this pass.
            if (tick - t.LastUsed <= lifetime)
            {
                kept = true;
                oldest = Math.Min(oldest, t.LastUsed);
            }
            else RemoveAt(f, ties, i);
        }
        if (kept) _oldestBrokered[f] = oldest;
        return kept;
    }

    /// <summary>Removes every tie of a firm (on exit or relocation), from both ends.</summary>
    public void RemoveAll(int firm)
    {
        var ties = _byFirm[firm];
        if (ties is null) return;
        foreach (var t in ties.AsSpan(0, _count[firm]))
        {
            var other = _byFirm[t.Partner]!;
            for (var i = _count[t.Partner] - 1; i >= 0; i--)
                if (other[i].Partner == firm) RemoveAt(t.Partner, other, i);
        }
        _byFirm[firm] = null; // the firm has no ties left: free the array rather than keep it empty
        _count[firm] = 0;
        _tied[firm >> 6] &= ~(1UL << firm);
    }
}
