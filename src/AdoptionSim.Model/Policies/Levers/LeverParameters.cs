using AdoptionSim.Core.Parameters;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// Policy parameters that several levers read, each with the mechanism of <see cref="LeverTick"/> that uses
/// it. A parameter only one lever reads is declared in that lever's file instead. Rates are per year and per
/// 1,000 real firms (of the lever's sectors, in each city); costs are £ per real firm or real introduction.
/// </summary>
public static class LeverParameters
{
    public static readonly PolicyParameter<double> IntroductionsPerYear =
        PolicyParameter.Number("introductions_per_year", 10, NumberRange.NonNegative,
            "Brokered introductions per year per 1,000 real firms of the lever's sectors in each city (the most the lever does; money may buy fewer).");

    public static readonly PolicyParameter<double> OutreachPerYear =
        PolicyParameter.Number("outreach_per_year", 50, NumberRange.NonNegative,
            "Firms reached with outreach per year per 1,000 real firms of the lever's sectors in each city (the most the lever does; money may buy fewer).");

    public static readonly PolicyParameter<double> PBoost =
        PolicyParameter.Number("p_boost", 0.05, NumberRange.NonNegative, "Extra p per year for firms reached (outreach) or in the lead market (public_procurement).");

    public static readonly PolicyParameter<double> RateCut =
        PolicyParameter.Number("rate_cut", 0.5, NumberRange.Unit, "Share of business rates taken off.");

    public static readonly PolicyParameter<double> CostPerIntroduction =
        PolicyParameter.Number("cost_per_introduction", 5_000, NumberRange.NonNegative, "£ per real brokered introduction (an introduction of two model firms stands for R real ones).");

    public static readonly PolicyParameter<double> CostPerOutreach =
        PolicyParameter.Number("cost_per_outreach", 1_000, NumberRange.NonNegative, "£ per real firm reached with outreach.");

    public static readonly PolicyParameter<double> CostPerFirmYear =
        PolicyParameter.Number("cost_per_firm_year", 2_000, NumberRange.NonNegative, "£ per real firm per year supported (lead market, skills).");

    /// <summary>What <see cref="LeverTick.IntroductionsAndOutreach"/> reads for introductions.</summary>
    public static readonly PolicyParameter[] Introductions = [IntroductionsPerYear, CostPerIntroduction];

    /// <summary>What it reads for outreach.</summary>
    public static readonly PolicyParameter[] Outreach = [OutreachPerYear, PBoost, CostPerOutreach];

    /// <summary>What <see cref="LeverTick.RateRelief"/> reads.</summary>
    public static readonly PolicyParameter[] RateRelief = [RateCut];
}
