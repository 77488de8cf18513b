namespace AdoptionSim.Model.State;

/// <summary>
/// Firms as a struct of arrays: the per-tick loops stream over these, so no object per firm.
/// Arrays grow by doubling when firms enter; <see cref="Count"/> is the number of firm slots in use
/// (exited firms keep their slot with <see cref="Alive"/> false, so indices are stable).
/// </summary>
public sealed class FirmTable
{
    public int Count { get; private set; }
    public int Capacity => City.Length;

    public int[] City = [];

    /// <summary>
    /// Changes whenever a firm is added, exits, moves or adopts (what <see cref="CityTotals"/> sums), so sums of the
    /// firms can be reused while it stays the same. Writers of <see cref="Alive"/>, <see cref="City"/>,
    /// <see cref="Productivity"/> or <see cref="AdoptedCount"/> call <see cref="Touch"/> (<see cref="Add"/> and
    /// <see cref="RecordAdoption"/> do).
    /// </summary>
    public long Version { get; private set; }

    /// <summary>Marks the firms as changed (see <see cref="Version"/>).</summary>
    public void Touch() => Version++;

    /// <summary>
    /// A firm's identity for random draws: derived from where and when it was born (city and ordinal at
    /// set-up; tick, city and ordinal for an entrant), never from its slot, so a change in one city (a lever,
    /// an extra entrant) leaves the draws of firms elsewhere untouched (common random numbers).
    /// </summary>
    public ulong[] Key = [];
    public byte[] Sector = [];
    public SizeClass[] Size = [];
    public float[] Absorptive = [];

    /// <summary>The smallest and largest <see cref="Absorptive"/> ever set (±∞ before the first), so the adoption phase knows a bound without reading every firm.</summary>
    private float _absorptiveFloor = float.PositiveInfinity, _absorptiveCeiling = float.NegativeInfinity;

    /// <summary>At least the largest <see cref="Absorptive"/> of any firm slot (and at least 0).</summary>
    public float AbsorptiveCeiling => Math.Max(_absorptiveCeiling, 0f);

    /// <summary>The absorptive capacity of every firm slot when all have the same (every value ever set was that one), else null.</summary>
    public float? UniformAbsorptive => _absorptiveFloor == _absorptiveCeiling ? _absorptiveCeiling : null;

    /// <summary>Sets a firm's absorptive capacity: the one writer (<see cref="Add"/> and levers call it), so the floor and ceiling stay bounds.</summary>
    public void SetAbsorptive(int firm, float value)
    {
        Absorptive[firm] = value;
        _absorptiveFloor = Math.Min(_absorptiveFloor, value);
        _absorptiveCeiling = Math.Max(_absorptiveCeiling, value);
    }

    public bool[] Alive = [];

    /// <summary>
    /// <see cref="Alive"/> as a bitset (bit f of word f / 64), kept in step by <see cref="Add"/> and <see cref="MarkExited"/>:
    /// the adoption phase takes the alive non-adopters of an idea 64 at a time, without reading a byte per firm.
    /// </summary>
    public ulong[] AliveBits = [];

    /// <summary>A firm leaves: no longer alive (its slot stays, so indices are stable).</summary>
    public void MarkExited(int firm)
    {
        Alive[firm] = false;
        AliveBits[firm >> 6] &= ~(1UL << firm);
        Version++;
    }

    /// <summary>Number of ideas the firm has adopted (kept incrementally, for adoption shares).</summary>
    public int[] AdoptedCount = [];

    /// <summary>
    /// The ideas each firm has adopted, first <see cref="AdoptedCount"/> entries (null before its first).
    /// Not read per tick: it makes cutting and making ties cost the ideas the two firms have, instead of
    /// a pass over every idea's array.
    /// </summary>
    public int[]?[] AdoptedIdeas = [];

    /// <remarks>In the order the firm adopted them (spinoffs inherit in that order); empty for a firm that exited.</remarks>
    public ReadOnlySpan<int> IdeasOf(int firm) => AdoptedIdeas[firm] is { } ideas ? ideas.AsSpan(0, AdoptedCount[firm]) : [];

    /// <summary>Records an adoption in the firm's count and list.</summary>
    public void RecordAdoption(int firm, int idea)
    {
        ref var ideas = ref AdoptedIdeas[firm];
        ideas ??= new int[4];
        if (AdoptedCount[firm] == ideas.Length) Array.Resize(ref ideas, ideas.Length * 2);
        ideas[AdoptedCount[firm]++] = idea;
        Version++;
    }

    /// <summary>Frees the idea list of a firm that left (its count stays, for snapshots); nothing reads the list of an exited firm.</summary>
    public void ReleaseIdeaList(int firm) => AdoptedIdeas[firm] = null;

    /// <summary>Has a tie made by a university broker (invents more).</summary>
    public bool[] UniversityLinked = [];

    /// <summary>Extra external coefficient p this tick from broker outreach (reset every tick).</summary>
    public float[] OutreachBoost = [];

    /// <summary>Time (years since tick 0) until which <see cref="OutreachBoost"/> lasts.</summary>
    public double[] OutreachUntil = [];

    /// <summary>The lever whose outreach gives <see cref="OutreachBoost"/> (-1: a broker's, or none), to attribute adoptions to it.</summary>
    public int[] OutreachLever = [];

    /// <summary>
    /// Outreach reaches a firm: its external coefficient p rises by <paramref name="boost"/> (the larger of the
    /// offers reaching it) until <paramref name="until"/> years. A fixed duration in years, so the boost a year of
    /// outreach gives does not depend on the tick length. <paramref name="lever"/> is the lever paying for it (-1: a
    /// broker); the larger offer is the one its adoptions are attributed to (the earlier one on a tie).
    /// </summary>
    public void Reach(int firm, float boost, double until, int lever = -1)
    {
        var before = OutreachBoost[firm];
        if (boost > before) OutreachLever[firm] = lever;
        OutreachBoost[firm] = Math.Max(before, boost);
        OutreachUntil[firm] = Math.Max(OutreachUntil[firm], until);
        if (before == 0 && OutreachBoost[firm] != 0) _reached.Add(firm);
    }

    /// <summary>
    /// The firms with a nonzero <see cref="OutreachBoost"/> (each once, in the order they were reached), so ending
    /// outreach visits them only, not every firm: each firm's boost ends on its own, so the order does not matter.
    /// </summary>
    private List<int> _reached = [];

    /// <summary>Firms with a nonzero <see cref="OutreachBoost"/>.</summary>
    public int OutreachReached => _reached.Count;

    /// <summary>The firms with a nonzero <see cref="OutreachBoost"/> (read-only use).</summary>
    public ReadOnlySpan<int> Reached => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_reached);

    /// <summary>Ends the outreach of firms whose boost has run out by <paramref name="now"/> (years since tick 0).</summary>
    public void EndOutreach(double now)
    {
        var kept = 0;
        for (var i = 0; i < _reached.Count; i++)
        {
            var f = _reached[i];
            if (OutreachUntil[f] > now + 1e-9)
            {
                _reached[kept++] = f;
                continue;
            }
            OutreachBoost[f] = 0;
            OutreachLever[f] = -1;
        }
        _reached.RemoveRange(kept, _reached.Count - kept);
    }

    /// <summary>Extra p this tick from a public-procurement lead market (reset every tick).</summary>
    public float[] ProcurementBoost = [];

    /// <summary>The lever of the lead market this tick (-1: none; the first if several), to attribute adoptions to it (reset every tick).</summary>
    public int[] ProcurementLever = [];

    /// <summary>Share of business rates cut this tick by a lever (reset every tick).</summary>
    public float[] RateCut = [];

    /// <summary>Extra revenue per worker per year this tick from public procurement (reset every tick).</summary>
    public float[] RevenueBonus = [];

    /// <summary>Revenue per worker; multiplied by (1 + value × relevance) with each adoption.</summary>
    public double[] Productivity = [];

    /// <summary>Margin per worker at the last economy phase (for snapshots).</summary>
    public float[] Margin = [];

    /// <summary>Appends a firm and returns its index.</summary>
    public int Add(ulong key, int city, int sector, SizeClass size, float absorptive, double productivity = 1.0)
    {
        if (Count == Capacity) Grow(Math.Max(16, Capacity * 2));
        var f = Count++;
        Version++;
        Key[f] = key;
        City[f] = city;
        Sector[f] = (byte)sector;
        Size[f] = size;
        SetAbsorptive(f, absorptive);
        Alive[f] = true;
        AliveBits[f >> 6] |= 1UL << f;
        Productivity[f] = productivity;
        OutreachLever[f] = -1;
        ProcurementLever[f] = -1;
        return f;
    }

    public void Grow(int capacity)
    {
        if (capacity <= Capacity) return;
        Array.Resize(ref Key, capacity);
        Array.Resize(ref City, capacity);
        Array.Resize(ref Sector, capacity);
        Array.Resize(ref Size, capacity);
        Array.Resize(ref Absorptive, capacity);
        Array.Resize(ref Alive, capacity);
        Array.Resize(ref AliveBits, (capacity + 63) >> 6);
        Array.Resize(ref AdoptedCount, capacity);
        Array.Resize(ref AdoptedIdeas, capacity);
        Array.Resize(ref UniversityLinked, capacity);
        Array.Resize(ref OutreachBoost, capacity);
        Array.Resize(ref OutreachUntil, capacity);
        Array.Resize(ref OutreachLever, capacity);
        Array.Resize(ref ProcurementLever, capacity);
        Array.Resize(ref Productivity, capacity);
        Array.Resize(ref ProcurementBoost, capacity);
        Array.Resize(ref RevenueBonus, capacity);
        Array.Resize(ref RateCut, capacity);
        Array.Resize(ref Margin, capacity);
    }
}
