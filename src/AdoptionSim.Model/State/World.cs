using System.Runtime.InteropServices;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.State;

/// <summary>The whole state of a run: the tables the phases read and write. Built by <see cref="WorldBuilder"/>.</summary>
public sealed partial class World
{
    public required ScenarioSpec Spec { get; init; }
    public required CityTable Cities { get; init; }
    public required SectorTable Sectors { get; init; }
    public required FirmTable Firms { get; init; }
    public required Network Network { get; init; }
    public required DynamicTies DynamicTies { get; init; }
    public required IdeaTable Ideas { get; init; }
    public required AdoptionState Adoption { get; init; }
    public required BrokerTable Brokers { get; init; }
    public required TickCounters Counters { get; init; }

    /// <summary>The scenario's policy levers, in scenario order.</summary>
    public required List<Lever> Levers { get; init; }

    /// <summary>
    /// Extra pull of each city for relocating firms this tick, the lever paying its grants (-1: none) and the grant
    /// per real firm moving in, £ (set by enterprise zones, read by the relocation phase).
    /// </summary>
    public required double[] RelocationBonus { get; init; }
    public required int[] RelocationLever { get; init; }
    public required double[] RelocationGrant { get; init; }

    /// <summary>The governance layer: journey stage and leadership style of each region (inert unless governance.enabled).</summary>
    public required GovernanceState Governance { get; init; }

    /// <summary>What changes about each city (aggregates of the current tick's economy phase, rents, skilled workers) and its tick-0 values.</summary>
    public required CityState CityState { get; init; }

    /// <summary>
    /// Real businesses one model firm stands for: the population's real firms (firms.real_per_thousand) over the
    /// model firms built at tick 0. Rates per real firm are multiplied by it, so that a smaller or larger model
    /// of the same economy invents as many ideas (1 when the scenario has no population).
    /// </summary>
    public required double RealFirmsPerModelFirm { get; init; }

    /// <summary>
    /// £ per model money unit of one model firm: economy.pounds_per_output_unit (the £ a year of one unit of
    /// output per worker) × <see cref="RealFirmsPerModelFirm"/> (a model firm's accounts are one representative
    /// real firm's; it stands for that many). Rate relief and procurement revenue are priced with it, so their
    /// cost in £ does not depend on firms.scale.
    /// </summary>
    public double PoundsPerModelUnit => Spec.Economy.PoundsPerOutputUnit * RealFirmsPerModelFirm;

    /// <summary>
    /// Real firms one model firm stands for: <see cref="RealFirmsPerModelFirm"/>, except an anchor firm, which stands
    /// for itself (a city's anchors are written one by one, `anchor_firms`, whatever firms.scale). Lever costs and
    /// reach per firm use it.
    /// </summary>
    public double RealFirmsOf(int firm) => Firms.Size[firm] == SizeClass.Anchor ? 1.0 : RealFirmsPerModelFirm;

    /// <summary>£ per model money unit of one firm: economy.pounds_per_output_unit × <see cref="RealFirmsOf"/>.</summary>
    public double PoundsPerUnitOf(int firm) => Spec.Economy.PoundsPerOutputUnit * RealFirmsOf(firm);

    /// <summary>Ticks this run lasts (a lever whose window has no end spreads its budget to here); the scenario's ticks unless the run says otherwise.</summary>
    public int RunTicks { get; set; }

    /// <summary>The functional regions of commuting, from gravity between cities (docs/model.md §7.5); LEP areas are <see cref="CityTable.FunctionalRegions"/>.</summary>
    public required CommutingRegions CommutingRegions { get; init; }

    /// <summary>Alive firms of each city at tick 0 (the reference for density).</summary>
    public required int[] InitialFirms { get; init; }

    /// <summary>Fully mixed population: S is the share of adopters among all other firms (the Bass case).</summary>
    public required bool FullMixing { get; init; }

    /// <summary>Tick length in years.</summary>
    public double Dt => Spec.Tick.Years;

    /// <summary>The tick the state describes (0 before the first step).</summary>
    public int Tick { get; set; }

    /// <summary>
    /// The tick whose economy phase last wrote every alive firm's <see cref="FirmTable.Margin"/> (0: the build wrote
    /// them). Checkpointed with the rest of the state, so a resumed run knows how old the saved margins are.
    /// </summary>
    public int MarginsTick { get; private set; }

    /// <summary>
    /// Whether the economy phase of <paramref name="tick"/> must write every firm's margin although no rule reads it
    /// (exits and entry off): the run's last tick (and any after it), whose firms snapshot reports them. Margins are
    /// otherwise written every tick, with the exit hazards computed from them.
    /// </summary>
    public bool NeedsMargins(int tick) => tick >= RunTicks;

    /// <summary>Notes that the economy phase of the current tick has just written every alive firm's margin.</summary>
    public void MarginsWritten() => MarginsTick = Tick;

    /// <summary>
    /// A firm's margin per worker per year as the economy phase of the current tick computed it (firms that entered
    /// or moved after it keep what they had). Throws if that phase did not write the margins (a tick
    /// <see cref="NeedsMargins"/> does not name, with exits and entry off): stale margins are never reported.
    /// </summary>
    public float MarginOf(int firm) => MarginsTick == Tick ? Firms.Margin[firm]
        : throw new InvalidOperationException($"the firms' margins are those of tick {MarginsTick}, not of the current tick {Tick}: " +
            $"with exits and entry off the economy phase writes them only on the ticks World.NeedsMargins names (from tick {RunTicks}, the run's last)");

    /// <summary>The sums of <see cref="CityTotals.Of"/> last computed, and what they were computed from.</summary>
    private CityTotals? _totals;
    private long _totalsVersion = -1;
    private double[] _totalsSpillover = [];

    /// <summary>
    /// The city totals of the current state: computed once and reused (by the economy phase and the output row
    /// of the same tick) until a firm is added, exits, moves or adopts (<see cref="FirmTable.Version"/>) or a
    /// city's spillover changes: the only inputs of <see cref="CityTotals.Of"/> that change during a run. The
    /// same sums in the same order from the same inputs, so the same bits.
    /// </summary>
    public CityTotals CurrentTotals()
    {
        var spillover = CityState.Spillover;
        if (_totals is null || _totalsVersion != Firms.Version
            || !MemoryMarshal.AsBytes(spillover.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(_totalsSpillover.AsSpan())))
        {
            _totals = CityTotals.Of(this);
            _totalsVersion = Firms.Version;
            _totalsSpillover = (double[])spillover.Clone();
        }
        return _totals;
    }

    /// <summary>
    /// A firm adopts an idea: it joins the adopters (its contacts' exposure, recounted from the adopters, rises)
    /// and its productivity rises by the idea's value times its relevance to the firm's sector.
    /// </summary>
    public void Adopt(int idea, int firm)
    {
        if (!Adoption.MarkAdopted(idea, firm)) return;
        Firms.Productivity[firm] *= 1.0 + Ideas.Value[idea] * Ideas.Relevance[idea][Firms.Sector[firm]];
        Firms.Touch();
    }

    /// <summary>Makes room for more firms in every per-firm array (firms enter during a run).</summary>
    public void EnsureFirmCapacity(int capacity)
    {
        if (capacity <= Firms.Capacity) return;
        var grown = Math.Max(capacity, Firms.Capacity * 2);
        Firms.Grow(grown);
        Adoption.EnsureFirmCapacity(grown);
        DynamicTies.EnsureCapacity(grown);
    }

    /// <summary>
    /// Cuts every tie of a firm (it exits or moves away): standing ties get weight 0 in both directions and
    /// dynamic ties are removed, so they no longer count in anyone's contacts or exposure. The firm keeps its
    /// adopted ideas.
    /// </summary>
    public void DetachTies(int firm)
    {
        if (firm < Network.FirmCount)
        {
            var degree = Network.Degree(firm);
            for (var k = 0; k < degree; k++) Network.CutTie(firm, Network.Offsets[firm] + k);
        }
        DynamicTies.RemoveAll(firm);
    }

    /// <summary>Makes a dynamic tie (an introduction, or a local tie of a firm that entered or moved).</summary>
    public void AddDynamicTie(int a, int b, float weight, bool brokered) => DynamicTies.Add(a, b, weight, brokered, Tick);

    /// <summary>Removes brokered ties that carried nothing for their lifetime (in ticks).</summary>
    public void DecayBrokeredTies(double lifetime) => DynamicTies.Decay(Tick, lifetime);

    /// <summary>A firm leaves: its ties go and it no longer counts among adopters.</summary>
    public void Exit(int firm)
    {
        DetachTies(firm);
        Firms.MarkExited(firm);
        foreach (var i in Firms.IdeasOf(firm)) Adoption.AdopterCount[i]--;
        Firms.ReleaseIdeaList(firm);
    }

    /// <summary>A firm moves to another city: its ties are cut and it joins the new city.</summary>
    public void Move(int firm, int city)
    {
        DetachTies(firm);
        Firms.City[firm] = city;
        Firms.Touch();
    }

    public int AliveFirms()
    {
        var n = 0;
        for (var f = 0; f < Firms.Count; f++) if (Firms.Alive[f]) n++;
        return n;
    }
}
