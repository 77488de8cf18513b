using AdoptionSim.Core.Parameters;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// Enterprise zones: rate relief, and a pull on relocating firms. The relocation phase pays the grant for each
/// firm that moves into a zone (and counts it), from the lever that offers the pull this tick.
/// </summary>
public sealed class EnterpriseZone : LeverDefinition
{
    public static readonly PolicyParameter<double> RelocationBonus =
        PolicyParameter.Number("relocation_bonus", 0.5, NumberRange.NonNegative, "Extra pull of a zone for relocating firms, share of attractiveness.");

    public static readonly PolicyParameter<double> RelocationGrant =
        PolicyParameter.Number("relocation_grant", 50_000, NumberRange.NonNegative, "£ paid per firm moving into an enterprise zone.");

    public static EnterpriseZone Instance { get; } = new();

    private EnterpriseZone()
    {
    }

    public override string Name => "enterprise_zone";

    public override string Does =>
        "rate relief for target firms (as business_rate_cut, every sector unless restricted) and an extra pull `relocation_bonus` × attractiveness for relocating firms";

    public override string Costs => "rates forgone, plus `relocation_grant` per firm moving in";

    public override IReadOnlyList<PolicyParameter> Reads => [.. LeverParameters.RateRelief, RelocationBonus, RelocationGrant];

    public override LeverCounters Reports => LeverCounters.FirmsSupported | LeverCounters.Relocations;

    public override void Act(in LeverTick tick, ref SplitMix64 random)
    {
        tick.RateRelief();
        var world = tick.World;
        var lever = tick.Lever;
        var grant = tick.Get(RelocationGrant);
        var bonus = tick.Get(RelocationBonus);
        for (var c = 0; c < lever.TargetCity.Length; c++)
        {
            if (!lever.TargetCity[c] || !lever.CanSpend(c, grant)) continue;
            world.RelocationBonus[c] = Math.Max(world.RelocationBonus[c], bonus);
            world.RelocationLever[c] = lever.Index;
            world.RelocationGrant[c] = grant;
        }
    }
}
