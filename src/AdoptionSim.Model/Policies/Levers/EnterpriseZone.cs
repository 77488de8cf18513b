using AdoptionSim.Core.Parameters;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// Enterprise zones: rate relief, and a pull on relocating firms. Relief may use 1 − grant_share of a city's money
/// each tick; the relocation phase pays the grant for each firm that moves into a zone (and counts it), from the
/// lever that offers the pull this tick, out of what the city has left after relief.
/// </summary>
public sealed class EnterpriseZone : LeverDefinition
{
    public static readonly PolicyParameter<double> RelocationBonus =
        PolicyParameter.Number("relocation_bonus", 0.5, NumberRange.NonNegative, "Extra pull of a zone for relocating firms, share of attractiveness.");

    public static readonly PolicyParameter<double> RelocationGrant =
        PolicyParameter.Number("relocation_grant", 50_000, NumberRange.NonNegative, "£ paid per real firm moving into an enterprise zone.");

    public static readonly PolicyParameter<double> GrantShare =
        PolicyParameter.Number("grant_share", 0.2, NumberRange.Unit, "Share of a zone's money each tick kept for relocation grants; relief may use the rest (unused grant money stays in the city's balance).");

    public static EnterpriseZone Instance { get; } = new();

    private EnterpriseZone()
    {
    }

    public override string Name => "enterprise_zone";

    public override string Does =>
        "rate relief for target firms (as business_rate_cut, every sector unless restricted) from 1 − `grant_share` of the city's money; while money is left, an extra pull `relocation_bonus` × attractiveness for relocating firms, each paid `relocation_grant`";

    public override string Costs => "rates forgone, plus `relocation_grant` per real firm moving in";

    public override IReadOnlyList<PolicyParameter> Reads => [.. LeverParameters.RateRelief, RelocationBonus, RelocationGrant, GrantShare];

    public override LeverCounters Reports => LeverCounters.FirmsSupported | LeverCounters.Relocations;

    /// <summary>The bid counts relief only: grants depend on moves no city can promise.</summary>
    public override double WantedPerYear(in LeverTick tick, int city) => BusinessRateCut.ReliefCost(tick, city);

    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        var world = tick.World;
        var lever = tick.Lever;
        var grant = tick.Get(RelocationGrant);
        var bonus = tick.Get(RelocationBonus);
        foreach (var c in tick.FundedCities())
        {
            tick.RateRelief(c, 1 - tick.Get(GrantShare));
            if (lever.Left[c] <= 0 || LeverSpending.Absorption(world, c) <= 0) continue;
            world.RelocationBonus[c] = Math.Max(world.RelocationBonus[c], bonus);
            world.RelocationLever[c] = lever.Index;
            world.RelocationGrant[c] = grant;
        }
    }
}
