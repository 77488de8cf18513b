using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// The <c>migration</c> section (keys in <see cref="Schema"/>): skilled workers moving between cities (MODEL.md:
/// "Skilled workers move too, toward wages and innovation, and raise absorptive capacity where they arrive").
/// People are not agents: each city has a stock of skilled workers, and flows between cities respond to changes
/// since tick 0 in wages, innovation and rents. Tick 0 is taken as a spatial equilibrium (Rosen 1979; Roback
/// 1982: observed differences are compensated by amenities), so without ideas nothing moves systematically.
/// </summary>
public sealed class MigrationSpec
{
    public double Rate { get; set; } = 0.5;
    public double DistanceKm { get; set; } = 100;
    public double Threshold { get; set; } = 0.05;
    public double WageWeight { get; set; } = 1.0;
    public double InnovationWeight { get; set; } = 4.0;
    public double RentWeight { get; set; } = 1.0;

    public static ObjectSchema<MigrationSpec> Schema { get; } =
        new ObjectSchema<MigrationSpec>("migration", () => new MigrationSpec(), "Skilled workers moving between cities, in response to changes since tick 0 (a spatial equilibrium).")
            .Number(m => m.Rate, NumberRange.NonNegative, "Share of a city's skilled workers per year moving to a destination per unit of utility gain (log points), before distance decay.")
            .Number(m => m.DistanceKm, NumberRange.Positive, "Distance over which a destination's pull falls by a factor e.")
            .Number(m => m.Threshold, NumberRange.NonNegative, "Utility gain (log points) below which nobody moves (moving costs).")
            .Number(m => m.WageWeight, NumberRange.NonNegative, "Weight of log wage growth since tick 0 in a city's utility.")
            .Number(m => m.InnovationWeight, NumberRange.NonNegative, "Weight of adoption-share growth since tick 0 in a city's utility.")
            .Number(m => m.RentWeight, NumberRange.NonNegative, "Weight of log rent growth since tick 0, with a minus sign (housing costs).");
}
