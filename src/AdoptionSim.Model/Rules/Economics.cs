using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Rules;

/// <summary>
/// The firm's accounts, its exit hazard and a city's pull, as plain formulas (per year, model money units):
/// revenue = workers × productivity; wages = workers × the city's wage (wage share × its productivity per
/// worker); rent = workers × floorspace × the city's rent index; rates = rateable value × multiplier ×
/// (1 − relief), rateable value = rent × rateable share; margin = revenue − wages − rent − rates.
/// </summary>
public static class Economics
{
    /// <summary>Small business rate relief: 1 up to the lower threshold, 0 from the upper, linear between.</summary>
    public static double SmallBusinessRelief(double rateableValue, double fullBelow, double noneAbove)
    {
        if (rateableValue <= fullBelow) return 1.0;
        if (rateableValue >= noneAbove || noneAbove <= fullBelow) return 0.0;
        return (noneAbove - rateableValue) / (noneAbove - fullBelow);
    }

    /// <summary>Business rates of a firm: rateable value × multiplier × (1 − relief) × (1 − any rate cut).</summary>
    public static double Rates(EconomySpec spec, double rent, double multiplier, double rateCut = 0.0)
    {
        var rateable = rent * spec.RateableShare;
        return rateable * multiplier * (1 - SmallBusinessRelief(rateable, spec.ReliefFullBelow, spec.ReliefNoneAbove)) * (1 - rateCut);
    }

    /// <summary>A firm's margin per year.</summary>
    public static double Margin(EconomySpec spec, double workers, double productivity, double wage,
        double rentIndex, double rateMultiplier, double rateCut = 0.0, double revenueBonus = 0.0)
    {
        var revenue = workers * (productivity + revenueBonus);
        var rent = workers * spec.Floorspace * rentIndex;
        return revenue - workers * wage - rent - Rates(spec, rent, rateMultiplier, rateCut);
    }

    /// <summary>
    /// Exit hazard per year from the margin as a share of revenue m: base + distress × logistic(−m / scale).
    /// A smooth step, so a firm's chance of leaving rises continuously as its margin turns negative, and the
    /// hazard is a rate per year whatever the tick length (unlike "exit after n loss-making ticks").
    /// </summary>
    public static double ExitHazard(EconomySpec spec, double marginShare)
    {
        var x = -marginShare / spec.DistressMarginScale;
        var distress = x > 40 ? 1.0 : 1.0 / (1.0 + Math.Exp(-x));
        return spec.BaseExitRate + spec.DistressExitRate * distress;
    }

    /// <summary>Exit hazard per year of a firm from its accounts (margin as a share of its revenue).</summary>
    public static double FirmExitHazard(EconomySpec spec, double workers, double productivity, double wage,
        double rentIndex, double rateMultiplier, double rateCut = 0.0, double revenueBonus = 0.0)
    {
        var revenue = workers * (productivity + revenueBonus);
        if (revenue <= 0) return spec.BaseExitRate + spec.DistressExitRate;
        return ExitHazardOfAccounts(spec, Margin(spec, workers, productivity, wage, rentIndex, rateMultiplier, rateCut, revenueBonus), revenue);
    }

    /// <summary>Exit hazard per year from a firm's margin and revenue per year (the hazard at its highest without revenue).</summary>
    public static double ExitHazardOfAccounts(EconomySpec spec, double margin, double revenue) =>
        revenue <= 0 ? spec.BaseExitRate + spec.DistressExitRate : ExitHazard(spec, margin / revenue);

    /// <summary>
    /// Log attractiveness of a city for firms: weighted log productivity per worker relative to the national
    /// figure, adoption share relative to the national mean, skills relative to the mean, and (with a minus
    /// sign) log rent relative to the city's own at tick 0: congestion, the counter-force.
    /// </summary>
    public static double LogAttractiveness(EconomySpec spec, double productivity, double nationalProductivity,
        double adoptionShare, double nationalAdoptionShare, double skills, double meanSkills, double rent, double initialRent)
    {
        var relative = productivity > 0 && nationalProductivity > 0 ? Math.Log(productivity / nationalProductivity) : 0.0;
        var congestion = rent > 0 && initialRent > 0 ? Math.Log(rent / initialRent) : 0.0;
        return spec.AttractProductivity * relative
            + spec.AttractAdoption * (adoptionShare - nationalAdoptionShare)
            + spec.AttractSkills * (skills - meanSkills)
            - spec.AttractRent * congestion;
    }

    /// <summary>Rent the city moves towards: its initial rent scaled by firm density and population (congestion).</summary>
    public static double TargetRent(EconomySpec spec, double initialRent, double firms, double initialFirms, double population, double initialPopulation) =>
        initialRent
        * Math.Pow(initialFirms > 0 ? Math.Max(firms, 1) / initialFirms : 1.0, spec.RentDensity)
        * Math.Pow(initialPopulation > 0 && population > 0 ? population / initialPopulation : 1.0, spec.RentPopulation);

    /// <summary>Share of the gap to a target closed in a tick, from a per-year share: 1 − (1 − s)^Δt.</summary>
    public static double AdjustmentPerTick(double perYear, double dt) => 1 - Math.Pow(1 - Math.Clamp(perYear, 0, 1), dt);
}
