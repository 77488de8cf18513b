namespace AdoptionSim.Model.Scenario;

/// <summary>
/// Skilled workers moving between cities (MODEL.md: "Skilled workers move too, toward wages and innovation,
/// and raise absorptive capacity where they arrive"). People are not agents: each city has a stock of skilled
/// workers, and flows between cities respond to changes since tick 0 in wages, innovation and rents. Tick 0 is
/// taken as a spatial equilibrium (Rosen 1979; Roback 1982: observed differences are compensated by
/// amenities), so without ideas nothing moves systematically.
/// </summary>
public sealed class MigrationSpec
{
    /// <summary>Share of a city's skilled workers per year that moves to a destination per unit of utility gain (log points), before distance decay.</summary>
    public double Rate { get; set; } = 0.7;

    /// <summary>Distance (km) over which the pull of a destination falls by a factor e.</summary>
    public double DistanceKm { get; set; } = 100;

    /// <summary>Utility gain (log points) below which nobody moves (moving costs).</summary>
    public double Threshold { get; set; } = 0.05;

    /// <summary>Weight of log wage growth since tick 0 in a city's utility.</summary>
    public double WageWeight { get; set; } = 1.0;

    /// <summary>Weight of adoption-share growth since tick 0 (innovative places attract the skilled).</summary>
    public double InnovationWeight { get; set; } = 2.0;

    /// <summary>Weight of log rent growth since tick 0, with a minus sign (housing costs: congestion).</summary>
    public double RentWeight { get; set; } = 1.0;
}
