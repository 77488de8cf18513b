using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Rules;

/// <summary>
/// The firm's accounts and a city's pull, as plain formulas (per year, model money units):
/// revenue = workers × productivity; wages = workers × wage share × the city's mean productivity;
/// rent = workers × floorspace × the city's rent index; rates = rateable value × multiplier × (1 − relief),
/// rateable value = rent × rateable share; margin = revenue − wages − rent − rates.
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
    public static double Margin(EconomySpec spec, double workers, double productivity, double cityMeanProductivity,
        double rentIndex, double rateMultiplier, double rateCut = 0.0, double revenueBonus = 0.0)
    {
        var revenue = workers * (productivity + revenueBonus);
        var wages = workers * spec.WageShare * cityMeanProductivity;
        var rent = workers * spec.Floorspace * rentIndex;
        return revenue - wages - rent - Rates(spec, rent, rateMultiplier, rateCut);
    }

    /// <summary>
    /// Log attractiveness of a city: weighted log productivity relative to the national mean, adoption
    /// share relative to the national mean, and skills relative to the mean.
    /// </summary>
    public static double LogAttractiveness(EconomySpec spec, double meanProductivity, double nationalProductivity,
        double adoptionShare, double nationalAdoptionShare, double skills, double meanSkills)
    {
        var productivity = meanProductivity > 0 && nationalProductivity > 0 ? Math.Log(meanProductivity / nationalProductivity) : 0.0;
        return spec.AttractProductivity * productivity
            + spec.AttractAdoption * (adoptionShare - nationalAdoptionShare)
            + spec.AttractSkills * (skills - meanSkills);
    }

    /// <summary>Rent the city moves towards: the initial rent scaled by attractiveness and density.</summary>
    public static double TargetRent(EconomySpec spec, double initialRent, double attractiveness, double firms, double initialFirms) =>
        initialRent * Math.Pow(attractiveness, spec.RentAttractiveness) * Math.Pow(initialFirms > 0 ? Math.Max(firms, 1) / initialFirms : 1.0, spec.RentDensity);

    /// <summary>Share of the gap to a target closed in a tick, from a per-year share: 1 − (1 − s)^Δt.</summary>
    public static double AdjustmentPerTick(double perYear, double dt) => 1 - Math.Pow(1 - Math.Clamp(perYear, 0, 1), dt);
}
