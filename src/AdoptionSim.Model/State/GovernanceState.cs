using System.Text;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.State;

/// <summary>
/// The governance layer's state, one entry per region: journey stage, leadership style and what went into it,
/// the reference values of its last critical moment, and what happened this tick. Regions are whatever
/// <see cref="RegionOf"/> says (the cities' functional regions by default, see <see cref="ForFunctionalRegions"/>):
/// nothing here depends on how they were drawn.
/// </summary>
public sealed class GovernanceState
{
    public GovernanceState(int[] regionOf, string[] names)
    {
        RegionOf = regionOf;
        Names = names;
        var n = names.Length;
        Keys = names.Select(StableKey).ToArray();
        Stage = new JourneyStage[n];
        Style = new LeadershipStyle[n];
        Diversity = new double[n];
        Dispersal = new double[n];
        SectorEntropy = new double[n];
        Actors = new int[n];
        LastMoment = new int[n];
        ShareAtLastMoment = new double[n];
        NationalAtLastMoment = new double[n];
        Outcome = new MomentOutcome[n];
        Success = new double[n];
        Suitability = new double[n];
        Changed = new bool[n];
        Cities = new int[n];
        foreach (var r in regionOf) Cities[r]++;
    }

    /// <summary>Whether the layer runs (scenario key governance.enabled); when false nothing here changes.</summary>
    public bool Enabled { get; init; }

    /// <summary>Region index of each city.</summary>
    public int[] RegionOf { get; }

    public string[] Names { get; }

    /// <summary>Random-stream key of each region: a hash of its name, so that adding a region leaves the draws of the others alone.</summary>
    public ulong[] Keys { get; }

    /// <summary>Cities in each region.</summary>
    public int[] Cities { get; }

    public JourneyStage[] Stage { get; }

    /// <summary>Leadership style, assessed at tick 0 and at each critical moment.</summary>
    public LeadershipStyle[] Style { get; }

    /// <summary>Innovation diversity in [0, 1]: sector entropy × (1 − exp(−actors / diversity_scale)), at the last assessment.</summary>
    public double[] Diversity { get; }

    /// <summary>Dispersal of decision-making in [0, 1] (from the scenario).</summary>
    public double[] Dispersal { get; }

    /// <summary>Entropy of the region's alive firms over sectors, normalised to [0, 1], at the last assessment.</summary>
    public double[] SectorEntropy { get; }

    /// <summary>Brokers and anchor firms of the region (the actors engaged).</summary>
    public int[] Actors { get; }

    /// <summary>Tick of the region's last critical moment (0 before the first).</summary>
    public int[] LastMoment { get; }

    /// <summary>The region's and the nation's adoption share at its last critical moment (early successes are gains since then).</summary>
    public double[] ShareAtLastMoment { get; }

    public double[] NationalAtLastMoment { get; }

    /// <summary>This tick: the outcome of the region's critical moment (None if it faced none).</summary>
    public MomentOutcome[] Outcome { get; }

    /// <summary>This tick: the early-success signal z at the moment (NaN without one).</summary>
    public double[] Success { get; }

    /// <summary>This tick: the suitability of the style to the stage the moment led into (NaN without one).</summary>
    public double[] Suitability { get; }

    /// <summary>This tick: whether the stage changed.</summary>
    public bool[] Changed { get; }

    public int Count => Names.Length;

    /// <summary>Clears what happened last tick.</summary>
    public void ResetTick()
    {
        Array.Fill(Outcome, MomentOutcome.None);
        Array.Fill(Success, double.NaN);
        Array.Fill(Suitability, double.NaN);
        Array.Clear(Changed);
    }

    /// <summary>Firm-weighted adoption share of a region's cities (of every city when <paramref name="region"/> is -1), from the last economy phase.</summary>
    public double AdoptionShare(CityState cities, int region)
    {
        double firms = 0, adopted = 0;
        for (var c = 0; c < cities.Count; c++)
        {
            if (region >= 0 && RegionOf[c] != region) continue;
            firms += cities.Firms[c];
            adopted += cities.Firms[c] * cities.AdoptionShare[c];
        }
        return firms > 0 ? adopted / firms : 0;
    }

    /// <summary>Regions from the cities' functional regions, numbered in ordinal order of their names.</summary>
    public static GovernanceState ForFunctionalRegions(CityTable cities, bool enabled)
    {
        var names = cities.FunctionalRegions.Distinct().Order(StringComparer.Ordinal).ToArray();
        var regionOf = cities.FunctionalRegions.Select(r => Array.BinarySearch(names, r, StringComparer.Ordinal)).ToArray();
        return new GovernanceState(regionOf, names) { Enabled = enabled };
    }

    /// <summary>FNV-1a over the name's UTF-8 bytes: the same on every platform and run.</summary>
    public static ulong StableKey(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
