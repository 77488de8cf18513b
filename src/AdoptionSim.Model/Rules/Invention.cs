using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Rules;

/// <summary>Invention is rare: a per-year rate set by sector, size, city class and university links.</summary>
public static class Invention
{
    /// <summary>Relative invention weight of a firm (the rate per year divided by the base rate).</summary>
    public static double Weight(World world, int firm)
    {
        var spec = world.Spec.Invention;
        var firms = world.Firms;
        var weight = spec.SizeMultiplier.Of(firms.Size[firm])
            * world.Sectors.InventionMultiplier[firms.Sector[firm]]
            * world.Cities.InventionMultiplier[firms.City[firm]];
        return firms.UniversityLinked[firm] ? weight * spec.UniversityMultiplier : weight;
    }

    /// <summary>Probability that a firm invents in a tick.</summary>
    public static double Probability(World world, int firm) =>
        -double.ExpM1(-world.Spec.Invention.BaseRate * world.RealFirmsPerModelFirm * Weight(world, firm) * world.Dt);
}
