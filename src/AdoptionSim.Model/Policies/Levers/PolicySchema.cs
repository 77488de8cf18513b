using AdoptionSim.Core.Parameters;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// The keys of <c>policies[]</c>: what every lever has (type, label, targets, window, budget), then every
/// parameter some lever of <see cref="LeverCatalog"/> reads, each documented with the levers that read it.
/// </summary>
public static class PolicySchema
{
    /// <summary>
    /// The order of the parameters of the first eight levers. It is fixed because the canonical JSON of a
    /// scenario lists keys in schema order and its hash is part of every run id; parameters of levers added
    /// later follow, in catalogue order.
    /// </summary>
    private static readonly PolicyParameter[] FixedOrder =
    [
        LeverParameters.IntroductionsPerYear, LeverParameters.OutreachPerYear, LeverParameters.PBoost, LeverParameters.RateCut,
        PublicProcurement.RevenueBonus, EnterpriseZone.RelocationBonus, Skills.AbsorptiveGain, Broker.Kind, Broker.Reach,
        Allocation.Mode, Allocation.PrioritySector,
        LeverParameters.CostPerIntroduction, LeverParameters.CostPerOutreach, LeverParameters.CostPerFirmYear, EnterpriseZone.RelocationGrant,
    ];

    /// <summary>Every lever parameter, each once: the fixed ones, then the others in catalogue order.</summary>
    public static IReadOnlyList<PolicyParameter> Parameters { get; } =
        FixedOrder.Concat(LeverCatalog.All.SelectMany(l => l.Reads)).Distinct().ToList();

    public static ObjectSchema<PolicySpec> Policy { get; } = Build();

    private static ObjectSchema<PolicySpec> Build()
    {
        var schema = new ObjectSchema<PolicySpec>("policy", () => new PolicySpec { Type = LeverCatalog.Default },
                "A policy lever: type, targets, window, budget (£) and the parameters its type reads (docs/model.md, Policy levers).")
            .Field(p => p.Type, LeverCatalog.TypeSchema, "Which lever (see Levers below).")
            .Text(p => p.Label, "Name in policy_ticks.parquet; \"\" = type#index.")
            .List(p => p.Cities, new StringSchema(), "Target cities by name (a city is targeted if cities, classes or regions names it; all three empty = every city).")
            .List(p => p.Classes, new StringSchema(), "Target cities by typology class.")
            .List(p => p.Regions, new StringSchema(), "Target cities by region.")
            .List(p => p.Sectors, new StringSchema(), "Target sectors; empty = every sector.")
            .Integer(p => p.Start, 1, "First tick the lever acts in.")
            .Integer(p => p.End, 0, "Last tick it acts in; 0 = to the end of the run.")
            .Number(p => p.Budget, NumberRange.NonNegative, "Money over the whole window, £; nothing is spent beyond it (0: the lever does nothing).")
            .Enum(p => p.Profile, "How the budget is spread over the window's ticks: even, front_loaded (falling linearly) or back_loaded (rising); docs/model.md §7.5.")
            .Enum(p => p.Unspent, "Money a city does not spend in a tick: carry_over (kept, spent at most 10% above schedule in a later tick, returned when the window closes) or return (returned at once).")
            .Enum(p => p.Allocation, "How the budget is shared between eligible target cities: per_head, per_firm (eligible firms), by_need (per head × national/city productivity), by_strength (per head × location quotient of the funded sectors) or competitive_bid (best-scoring bids until the pot is spent); docs/model.md §7.5.");
        foreach (var parameter in Parameters)
        {
            schema.Add(parameter.Field($"{parameter.Doc} Read by {string.Join(", ", LeverCatalog.Readers(parameter).Select(l => l.Name))}."));
        }

        return schema;
    }
}
