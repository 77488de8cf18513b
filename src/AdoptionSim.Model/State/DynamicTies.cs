namespace AdoptionSim.Model.State;

/// <summary>
/// Ties made during a run: introductions by brokers (which decay when they carry nothing) and the local
/// ties of firms that enter or move (which stay). Few firms have any, so each keeps a short list and the
/// adoption phase reads them directly instead of through the incremental exposure of standing ties.
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

    private List<Tie>?[] _byFirm = [];

    /// <summary>Number of dynamic ties of a firm (its contacts beyond the standing ties).</summary>
    public int Count(int firm) => _byFirm[firm]?.Count ?? 0;

    public void EnsureCapacity(int firms)
    {
        if (firms <= _byFirm.Length) return;
        Array.Resize(ref _byFirm, firms);
    }

    public bool HasAny(int firm) => _byFirm[firm] is { Count: > 0 };

    public List<Tie>? Of(int firm) => _byFirm[firm];

    public bool Contains(int a, int b)
    {
        var list = _byFirm[a];
        if (list is null) return false;
        foreach (var t in list) if (t.Partner == b) return true;
        return false;
    }

    public void Add(int a, int b, float weight, bool brokered, int tick)
    {
        Append(a, new Tie { Partner = b, Weight = weight, Brokered = brokered, LastUsed = tick });
        Append(b, new Tie { Partner = a, Weight = weight, Brokered = brokered, LastUsed = tick });
    }

    private void Append(int firm, Tie tie)
    {
        (_byFirm[firm] ??= new List<Tie>(4)).Add(tie);
    }

    /// <summary>Marks the tie between a and b (both directions) as having carried an adoption.</summary>
    public void MarkUsed(int a, int b, int tick)
    {
        SetLastUsed(a, b, tick);
        SetLastUsed(b, a, tick);
    }

    private void SetLastUsed(int a, int b, int tick)
    {
        var list = _byFirm[a];
        if (list is null) return;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
        for (var i = 0; i < span.Length; i++)
            if (span[i].Partner == b) span[i].LastUsed = tick;
    }

    /// <summary>
    /// Removes brokered ties unused for more than <paramref name="lifetime"/> ticks, reporting each once
    /// to <paramref name="removed"/>. Visits firms in index order, so the result is deterministic.
    /// </summary>
    public void Decay(int firmCount, int tick, double lifetime, Action<int, int, float> removed)
    {
        for (var f = 0; f < firmCount; f++)
        {
            var list = _byFirm[f];
            if (list is null) continue;
            for (var i = list.Count - 1; i >= 0; i--)
            {
                var t = list[i];
                if (!t.Brokered || tick - t.LastUsed <= lifetime) continue;
                // Both ends share LastUsed, so both go in this pass; report the tie once.
                if (f < t.Partner) removed(f, t.Partner, t.Weight);
                list.RemoveAt(i);
            }
        }
    }

    /// <summary>Removes every tie of a firm (on exit or relocation), from both ends.</summary>
    public void RemoveAll(int firm, Action<int, int, float> removed)
    {
        var list = _byFirm[firm];
        if (list is null) return;
        foreach (var t in list)
        {
            removed(firm, t.Partner, t.Weight);
            var other = _byFirm[t.Partner]!;
            for (var i = other.Count - 1; i >= 0; i--)
            {
                if (other[i].Partner != firm) continue;
                other.RemoveAt(i);
            }
        }
        list.Clear();
    }
}
