using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// One kind of policy lever, in one file: its name in scenario files, what it does and costs (for the
/// generated docs), the parameters it reads (its own declared in its file, shared ones in
/// <see cref="LeverParameters"/>), checks of its fields (<see cref="LeverType.Validate"/>), what it does each
/// tick it is active, and which policy_ticks.parquet counters it fills. <see cref="LeverCatalog"/> lists
/// every lever; docs/contributing.md shows how to add one.
/// </summary>
public abstract class LeverDefinition : LeverType
{
    /// <summary>What it does each tick in each target city (docs/scenarios.md, Levers).</summary>
    public abstract string Does { get; }

    /// <summary>Its cost model in £ (docs/scenarios.md, Levers).</summary>
    public abstract string Costs { get; }

    /// <summary>Every parameter it reads beyond targets, window and budget (a test checks it ignores the others).</summary>
    public abstract IReadOnlyList<PolicyParameter> Reads { get; }

    /// <summary>The activity counters of policy_ticks.parquet it fills (a test checks it leaves the others at 0).</summary>
    public abstract LeverCounters Reports { get; }

    /// <summary>
    /// Per-city set-up when the world is built, for levers that need one (an allocation picks the sector it funds
    /// in each city); none by default.
    /// </summary>
    public virtual LeverSetup Setup(PolicySpec policy, LeverSetupInput input) => default;

    /// <summary>
    /// Whether a city can receive a share of the budget: a target city with eligible firms (of a target sector,
    /// or of the sector funded there). A lever that needs more (a functional region of several cities) says so.
    /// </summary>
    public virtual bool Eligible(in LeverTick tick, int city) => tick.WorksIn(city) && tick.EligibleFirms(city).Count > 0;

    /// <summary>
    /// £ a year of activity the lever's rates would buy in a city now, before leaks: the bid of the city under
    /// <c>allocation: competitive_bid</c>.
    /// </summary>
    public abstract double WantedPerYear(in LeverTick tick, int city);

    /// <summary>
    /// What the lever does in one tick inside its window, in each city with a share, from its own random stream;
    /// it pays only through <c>LeverSpending</c>, within what each city may spend this tick (<see cref="Lever.Left"/>).
    /// </summary>
    public abstract void Act(in LeverTick tick, ref SplitMix64 random);

    /// <summary>The definition behind a policy's type (every lever type is one: <see cref="LeverCatalog"/> holds only definitions).</summary>
    public static LeverDefinition Of(LeverType type) =>
        type as LeverDefinition ?? throw new InvalidOperationException($"lever type '{type.Name}' is not a {nameof(LeverDefinition)}");
}

/// <summary>The activity counters of policy_ticks.parquet (spend and budget are always written).</summary>
[Flags]
public enum LeverCounters
{
    None = 0,
    Introductions = 1,
    Outreach = 2,
    FirmsSupported = 4,
    Relocations = 8,
}

/// <summary>What a lever's set-up hands to its runtime state: a sector per city (-1: none), or null.</summary>
public readonly record struct LeverSetup(int[]? FundedSector);

/// <summary>What a lever's set-up may read: the cities and sectors, the cities it targets, and firm counts at tick 0.</summary>
public sealed record LeverSetupInput(CityTable Cities, SectorTable Sectors, bool[] TargetCity, int[] FirmsPerCity, int[] FirmsPerCitySector);
