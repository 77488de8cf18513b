namespace AdoptionSim.Model.State;

/// <summary>
/// The index of each city's alive firms. Every change of which firms are alive in which city is followed by one of
/// the updates below before anything reads the index, so it is always exact: the alive firms of the city in
/// increasing index order, as <see cref="CityIndexFromScratch"/> builds it. The updates touch only what changed.
/// </summary>
public sealed partial class World
{
    /// <summary>Alive firms of each city, in index order; kept exact when firms enter, exit or move.</summary>
    public int[][] FirmsByCity { get; private set; } = [];

    /// <summary>Builds <see cref="FirmsByCity"/> from the firm arrays (at set-up).</summary>
    public void RebuildCityIndex() => FirmsByCity = CityIndexFromScratch();

    /// <summary>
    /// The alive firms of each city in index order, from the firm arrays: a count per city, then each firm placed
    /// into an array of exactly that size. Firms of a city mostly sit in runs (set-up places them city by city),
    /// so the count and the write position stay in locals for the length of a run.
    /// </summary>
    public int[][] CityIndexFromScratch()
    {
        var alive = Firms.Alive;
        var city = Firms.City;
        var n = Firms.Count;
        var counts = new int[Cities.Count];
        int current = -1, run = 0;
        for (var f = 0; f < n; f++)
        {
            if (!alive[f]) continue;
            var c = city[f];
            if (c != current)
            {
                if (current >= 0) counts[current] += run;
                (current, run) = (c, 0);
            }
            run++;
        }
        if (current >= 0) counts[current] += run;
        var index = new int[Cities.Count][];
        for (var c = 0; c < index.Length; c++)
        {
            index[c] = counts[c] == 0 ? [] : new int[counts[c]];
            counts[c] = 0;
        }
        current = -1;
        int[] target = [];
        var at = 0;
        for (var f = 0; f < n; f++)
        {
            if (!alive[f]) continue;
            var c = city[f];
            if (c != current)
            {
                if (current >= 0) counts[current] = at;
                (current, target, at) = (c, index[c], counts[c]);
            }
            target[at++] = f;
        }
        return index;
    }

    /// <summary>
    /// Adds firms just appended to the firm table (entrants: indices above every indexed firm, in increasing order).
    /// Each city's array becomes its old one followed by its new firms, without a pass over every firm.
    /// </summary>
    public void AppendToCityIndex(List<int> added)
    {
        if (added.Count == 0) return;
        var extra = new int[Cities.Count];
        var previous = -1;
        foreach (var f in added)
        {
            if (f <= previous) throw new ArgumentException("new firms must be in increasing index order", nameof(added));
            previous = f;
            extra[Firms.City[f]]++;
        }
        var index = (int[][])FirmsByCity.Clone();
        var at = new int[Cities.Count];
        for (var c = 0; c < index.Length; c++)
        {
            if (extra[c] == 0) continue;
            var old = index[c];
            if (old.Length > 0 && old[^1] >= added[0]) throw new ArgumentException("new firms must come after every indexed firm", nameof(added));
            var grown = new int[old.Length + extra[c]];
            old.CopyTo(grown, 0);
            at[c] = old.Length;
            index[c] = grown;
        }
        foreach (var f in added) index[Firms.City[f]][at[Firms.City[f]]++] = f;
        FirmsByCity = index;
    }

    /// <summary>
    /// Updates the index after firms left cities (exited, or moved away: <paramref name="left"/> flags those cities)
    /// and firms moved in (<paramref name="arrived"/>, in increasing index order). A city that changed keeps the firms
    /// of its old array that are still alive and still there, merged in index order with those that arrived; the
    /// other cities keep their arrays.
    /// </summary>
    public void UpdateCityIndex(bool[] left, List<int> arrived)
    {
        var city = Firms.City;
        var alive = Firms.Alive;
        var arrivals = new List<int>?[Cities.Count];
        var previous = -1;
        foreach (var f in arrived)
        {
            if (f <= previous) throw new ArgumentException("arrivals must be in increasing index order", nameof(arrived));
            previous = f;
            (arrivals[city[f]] ??= []).Add(f);
        }
        var index = (int[][])FirmsByCity.Clone();
        for (var c = 0; c < index.Length; c++)
        {
            var incoming = arrivals[c];
            if (!left[c] && incoming is null) continue;
            var old = index[c];
            var stay = 0;
            foreach (var f in old) if (alive[f] && city[f] == c) stay++;
            var merged = new int[stay + (incoming?.Count ?? 0)];
            int at = 0, next = 0;
            foreach (var f in old)
            {
                if (!alive[f] || city[f] != c) continue;
                while (incoming is not null && next < incoming.Count && incoming[next] < f) merged[at++] = incoming[next++];
                if (incoming is not null && next < incoming.Count && incoming[next] == f) next++; // moved within its city: once
                merged[at++] = f;
            }
            while (incoming is not null && next < incoming.Count) merged[at++] = incoming[next++];
            index[c] = at == merged.Length ? merged : merged[..at];
        }
        FirmsByCity = index;
    }
}
