using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// Business-rate cuts for a sector, to keep a cluster that rising rents squeeze out: relieved firms' margins
/// survive the rent rises, so fewer of them exit and the cluster keeps its firms and their ties (docs/model.md §7.5).
/// </summary>
public sealed class BusinessRateCut : LeverDefinition
{
    public static BusinessRateCut Instance { get; } = new();

    private BusinessRateCut()
    {
    }

    public override string Name => "business_rate_cut";

    public override string Does => "target firms get `rate_cut` off their rates, in a priority drawn once per lever and firm, while the city's money lasts (the last firm the money reaches gets part of the cut)";

    public override string Costs => "the rates forgone: rates × `rate_cut` × Δt × `economy.pounds_per_output_unit` × R per model firm";

    public override IReadOnlyList<PolicyParameter> Reads => LeverParameters.RateRelief;

    public override LeverCounters Reports => LeverCounters.FirmsSupported;

    public override double WantedPerYear(in LeverTick tick, int city) => ReliefCost(tick, city);

    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        foreach (var c in tick.FundedCities()) tick.RateRelief(c);
    }

    /// <summary>£ a year of relief for every eligible firm of a city.</summary>
    public static double ReliefCost(in LeverTick tick, int city)
    {
        var total = 0.0;
        foreach (var f in tick.EligibleFirms(city)) total += tick.ReliefPerYear(f);
        return total;
    }
}
