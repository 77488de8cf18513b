using AdoptionSim.Core.Parameters;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>How an allocation chooses the sector it funds in each city (file names: place_based, national).</summary>
public enum AllocationMode
{
    /// <summary>Each city's strongest sector by location quotient.</summary>
    PlaceBased,

    /// <summary>One priority sector everywhere.</summary>
    National,
}

/// <summary>
/// One national budget shared between the target cities by the policy's `allocation` rule (per head by default),
/// each city running an innovation fund for one sector: the same priority sector everywhere (national) or its own
/// strongest sector (place-based). With within-sector increasing returns (adoption.localisation) a strong sector
/// adopts faster, so the choice of sector matters (docs/model.md §7.5).
/// </summary>
public sealed class Allocation : LeverDefinition
{
    public static readonly PolicyParameter<AllocationMode> Mode =
        PolicyParameter.Enum("mode", AllocationMode.PlaceBased, "place_based: each city funds its strongest sector by location quotient; national: one priority sector everywhere.");

    public static readonly PolicyParameter<string> PrioritySector =
        PolicyParameter.Text("priority_sector", "", "The one sector a national allocation funds.");

    public static Allocation Instance { get; } = new();

    private Allocation()
    {
    }

    public override string Name => "allocation";

    public override string Does =>
        "one budget shared between target cities by `allocation`; each city runs an innovation fund (introductions across the LEP area and outreach, as innovation_fund) for one sector: the same `priority_sector` everywhere (`mode: national`) or its own strongest sector by location quotient (`mode: place_based`)";

    public override string Costs => "as innovation_fund, from the city's share";

    public override IReadOnlyList<PolicyParameter> Reads => [Mode, PrioritySector, .. LeverParameters.Introductions, .. LeverParameters.Outreach];

    public override LeverCounters Reports => LeverCounters.Introductions | LeverCounters.Outreach;

    public override void Validate(PolicySpec policy, LeverCheck check)
    {
        if (policy.Get(Mode) == AllocationMode.National && !check.Sectors.Contains(policy.Get(PrioritySector)))
        {
            check.Report(PrioritySector, $"a {EnumSchema<AllocationMode>.Instance.NameOf(AllocationMode.National)} allocation needs a {PrioritySector.Key}, one of {string.Join(", ", check.Sectors)}");
        }
    }

    public override LeverSetup Setup(PolicySpec policy, LeverSetupInput input) =>
        new(FundedSectors(policy, input.Cities, input.Sectors, input.TargetCity, input.FirmsPerCity, input.FirmsPerCitySector));

    public override double WantedPerYear(in LeverTick tick, int city) => InnovationFund.FundCost(tick, city);

    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        foreach (var c in tick.FundedCities())
            tick.IntroductionsAndOutreach(c, BrokerReach.AcrossCities, university: false, tick.LepArea(c), outreach: true, ref random);
    }

    /// <summary>
    /// The sector funded in each target city (-1: none): the national priority sector everywhere, or (place-based)
    /// the city's strongest sector by location quotient LQ = (firms of s in c / firms in c) / (firms of s / all
    /// firms), ties to the lower sector index. Validation has checked the priority sector exists.
    /// </summary>
    public static int[] FundedSectors(PolicySpec policy, CityTable cities, SectorTable sectors, bool[] targetCity, int[] firmsPerCity, int[] firmsPerCitySector)
    {
        var funded = Enumerable.Repeat(-1, cities.Count).ToArray();
        if (policy.Get(Mode) == AllocationMode.National)
        {
            var priority = sectors.IndexOf(policy.Get(PrioritySector));
            for (var c = 0; c < cities.Count; c++) if (targetCity[c]) funded[c] = priority;
            return funded;
        }
        var total = firmsPerCity.Sum();
        var S = sectors.Count;
        for (var c = 0; c < cities.Count; c++)
        {
            if (!targetCity[c] || firmsPerCity[c] == 0) continue;
            var best = -1;
            var bestLq = double.NegativeInfinity;
            for (var s = 0; s < S; s++)
            {
                var national = Enumerable.Range(0, cities.Count).Sum(k => firmsPerCitySector[k * S + s]);
                if (national == 0) continue;
                var lq = firmsPerCitySector[c * S + s] / (double)firmsPerCity[c] / (national / (double)total);
                if (lq > bestLq) (best, bestLq) = (s, lq);
            }
            funded[c] = best;
        }
        return funded;
    }
}
