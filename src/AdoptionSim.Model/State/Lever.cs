using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.State;

/// <summary>
/// A policy lever during a run: its resolved targets, the money left, and what it did this tick in each
/// city (for policy_ticks.parquet). Money is only ever spent through <see cref="TrySpend"/>, which refuses
/// what the budget cannot cover, so spend never exceeds budget.
/// </summary>
public sealed class Lever
{
    public Lever(int index, PolicySpec spec, bool[] targetCity, bool[] targetSector, int[]? fundedSector, double[]? cityBudgets)
    {
        Index = index;
        Spec = spec;
        Type = spec.Type;
        TypeName = spec.Type.Name;
        Label = string.IsNullOrEmpty(spec.Label) ? $"{TypeName}#{index}" : spec.Label;
        TargetCity = targetCity;
        TargetSector = targetSector;
        FundedSector = fundedSector;
        _cityBudgets = cityBudgets;
        Remaining = spec.Budget;
        var cities = targetCity.Length;
        Spend = new double[cities];
        Introductions = new int[cities];
        Outreach = new int[cities];
        FirmsSupported = new int[cities];
        Relocations = new int[cities];
    }

    private readonly double[]? _cityBudgets;

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

    /// <summary>Budget left (for an allocation, the sum over its cities' shares).</summary>
    public double Remaining { get; private set; }

    public double[] Spend { get; }
    public int[] Introductions { get; }
    public int[] Outreach { get; }
    public int[] FirmsSupported { get; }
    public int[] Relocations { get; }

    /// <summary>Whether the lever acts in this tick: inside its window and with money.</summary>
    public bool ActiveAt(int tick) => tick >= Spec.Start && (Spec.End == 0 || tick <= Spec.End) && Spec.Budget > 0;

    /// <summary>Budget a city can still draw on (its own share for an allocation, else the common pot).</summary>
    public double Available(int city) => _cityBudgets is null ? Remaining : _cityBudgets[city];

    public bool CanSpend(int city, double amount) => amount <= Available(city);

    /// <summary>Spends <paramref name="amount"/> £ in a city if the budget covers it.</summary>
    public bool TrySpend(int city, double amount)
    {
        if (amount < 0 || !CanSpend(city, amount)) return false;
        if (_cityBudgets is not null) _cityBudgets[city] -= amount;
        Remaining -= amount;
        Spend[city] += amount;
        return true;
    }

    public void ResetTick()
    {
        Array.Clear(Spend);
        Array.Clear(Introductions);
        Array.Clear(Outreach);
        Array.Clear(FirmsSupported);
        Array.Clear(Relocations);
    }
}
