using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.State;

/// <summary>
/// A policy lever during a run: its resolved targets, its budget as a schedule (each eligible city's share,
/// balance and what it may spend this tick), and what it did this tick in each city (for policy_ticks.parquet).
/// Money is only ever paid through <see cref="Pay"/>, which <c>Policies.Levers.LeverSpending.Activity</c> calls: the one
/// place lever money turns into activity (docs/model.md §7.5).
/// </summary>
public sealed class Lever
{
    public Lever(int index, PolicySpec spec, bool[] targetCity, bool[] targetSector, int[]? fundedSector)
    {
        Index = index;
        Spec = spec;
        Type = spec.Type;
        TypeName = spec.Type.Name;
        Label = string.IsNullOrEmpty(spec.Label) ? $"{TypeName}#{index}" : spec.Label;
        TargetCity = targetCity;
        TargetSector = targetSector;
        FundedSector = fundedSector;
        Remaining = spec.Budget;
        var cities = targetCity.Length;
        Share = new double[cities];
        Balance = new double[cities];
        Left = new double[cities];
        CitySpent = new double[cities];
        CityReturned = new double[cities];
        Scheduled = new double[cities];
        Spend = new double[cities];
        Absorbed = new double[cities];
        Leaked = new double[cities];
        Returned = new double[cities];
        Introductions = new int[cities];
        Outreach = new int[cities];
        FirmsSupported = new int[cities];
        Relocations = new int[cities];
        RealFirmsReached = new double[cities];
        AdoptionsAttributable = new int[cities];
    }

    public int Index { get; }
    public PolicySpec Spec { get; }
    public LeverType Type { get; }

    /// <summary>The type as written in scenario files (policy_ticks.parquet's <c>type</c>).</summary>
    public string TypeName { get; }

    public string Label { get; }
    public bool[] TargetCity { get; }
    public bool[] TargetSector { get; }

    /// <summary>
    /// For a lever that funds one sector per city (an allocation): that sector in each city (-1: none), which
    /// replaces the target sectors. Null for every other lever.
    /// </summary>
    public int[]? FundedSector { get; }

    /// <summary>Whether the shares have been set (at the first tick of the window, from the allocation rule).</summary>
    public bool Allocated { get; private set; }

    /// <summary>Each city's share of the budget (0 for a city that is not eligible); they sum to 1 once allocated, or are all 0 if no city is eligible.</summary>
    public double[] Share { get; }

    /// <summary>Money neither spent nor returned, £.</summary>
    public double Remaining { get; private set; }

    /// <summary>
    /// Each city's money in hand: what its schedule gave it so far less what it spent and returned. Negative by
    /// less than one purchase when its last purchase overdrew the tick's money (repaid from the next tick's).
    /// </summary>
    public double[] Balance { get; }

    /// <summary>What each city may still spend this tick (its balance, capped at 1.1 × this tick's schedule under carry_over).</summary>
    public double[] Left { get; }

    /// <summary>Spent and returned in each city since the start, £.</summary>
    public double[] CitySpent { get; }
    public double[] CityReturned { get; }

    // Per tick, reset by ResetTick: what policy_ticks.parquet reports.
    public double[] Scheduled { get; }
    public double[] Spend { get; }
    public double[] Absorbed { get; }
    public double[] Leaked { get; }
    public double[] Returned { get; }
    public int[] Introductions { get; }
    public int[] Outreach { get; }
    public int[] FirmsSupported { get; }
    public int[] Relocations { get; }
    public double[] RealFirmsReached { get; }
    public int[] AdoptionsAttributable { get; }

    /// <summary>Whether the lever acts in this tick: inside its window and with a budget.</summary>
    public bool ActiveAt(int tick) => tick >= Spec.Start && (Spec.End == 0 || tick <= Spec.End) && Spec.Budget > 0;

    /// <summary>Sets the cities' shares (once, at the start of the window).</summary>
    public void Allocate(double[] shares)
    {
        Array.Copy(shares, Share, Share.Length);
        Allocated = true;
    }

    /// <summary>The money of a city's share not yet spent or returned, £.</summary>
    public double CityRemaining(int city) => Allocated ? Share[city] * Spec.Budget - CitySpent[city] - CityReturned[city] : 0;

    /// <summary>Credits a city with this tick's scheduled money and sets what it may spend (<see cref="Left"/>).</summary>
    public void Open(int city, double scheduled, double cap)
    {
        Scheduled[city] = scheduled;
        Balance[city] += scheduled;
        Left[city] = Math.Min(Balance[city], cap);
    }

    /// <summary>Returns a city's positive balance (unspent money) to the Treasury.</summary>
    public void Return(int city)
    {
        if (Balance[city] <= 0) return;
        var amount = Math.Min(Balance[city], Remaining);
        Returned[city] += amount;
        CityReturned[city] += amount;
        Remaining -= amount;
        Balance[city] = 0;
        Left[city] = 0;
    }

    /// <summary>
    /// Pays <paramref name="pounds"/> in a city, of which <paramref name="absorbed"/> turned into activity. Only
    /// <c>Policies.Levers.LeverSpending.Activity</c> calls it; the caller has checked that the budget covers it.
    /// </summary>
    public void Pay(int city, double pounds, double absorbed)
    {
        if (pounds < 0 || pounds > Remaining * (1 + 1e-12)) throw new InvalidOperationException($"lever {Label}: payment of £{pounds} with £{Remaining} left");
        Remaining = Math.Max(0, Remaining - pounds);
        Balance[city] -= pounds;
        Left[city] -= pounds;
        CitySpent[city] += pounds;
        Spend[city] += pounds;
        Absorbed[city] += absorbed;
        Leaked[city] += pounds - absorbed;
    }

    public void ResetTick()
    {
        Array.Clear(Scheduled);
        Array.Clear(Spend);
        Array.Clear(Absorbed);
        Array.Clear(Leaked);
        Array.Clear(Returned);
        Array.Clear(Left);
        Array.Clear(Introductions);
        Array.Clear(Outreach);
        Array.Clear(FirmsSupported);
        Array.Clear(Relocations);
        Array.Clear(RealFirmsReached);
        Array.Clear(AdoptionsAttributable);
    }
}
