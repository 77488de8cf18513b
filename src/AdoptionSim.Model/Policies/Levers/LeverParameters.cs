using AdoptionSim.Core.Parameters;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// Policy parameters that several levers read, each with the mechanism of <see cref="LeverTick"/> that uses
/// it. A parameter only one lever reads is declared in that lever's file instead.
/// </summary>
public static class LeverParameters
{
    public static readonly PolicyParameter<double> IntroductionsPerTick =
        PolicyParameter.Number("introductions_per_tick", 5, NumberRange.NonNegative, "Extra brokered introductions per tick per target city.");

    public static readonly PolicyParameter<double> OutreachPerTick =
        PolicyParameter.Number("outreach_per_tick", 20, NumberRange.NonNegative, "Firms reached with outreach per tick per target city.");

    public static readonly PolicyParameter<double> PBoost =
        PolicyParameter.Number("p_boost", 0.05, NumberRange.NonNegative, "Extra p per year for firms reached (outreach) or in the lead market (public_procurement).");

    public static readonly PolicyParameter<double> RateCut =
        PolicyParameter.Number("rate_cut", 0.5, NumberRange.Unit, "Share of business rates taken off.");

    public static readonly PolicyParameter<double> CostPerIntroduction =
        PolicyParameter.Number("cost_per_introduction", 5_000, NumberRange.NonNegative, "£ per brokered introduction.");

    public static readonly PolicyParameter<double> CostPerOutreach =
        PolicyParameter.Number("cost_per_outreach", 1_000, NumberRange.NonNegative, "£ per firm reached with outreach.");

    public static readonly PolicyParameter<double> CostPerFirmYear =
        PolicyParameter.Number("cost_per_firm_year", 2_000, NumberRange.NonNegative, "£ per firm per year supported (lead market, skills).");

    /// <summary>What <see cref="LeverTick.Introductions"/> reads.</summary>
    public static readonly PolicyParameter[] Introductions = [IntroductionsPerTick, CostPerIntroduction];

    /// <summary>What <see cref="LeverTick.Outreach"/> reads.</summary>
    public static readonly PolicyParameter[] Outreach = [OutreachPerTick, PBoost, CostPerOutreach];

    /// <summary>What <see cref="LeverTick.RateRelief"/> reads.</summary>
    public static readonly PolicyParameter[] RateRelief = [RateCut];
}
