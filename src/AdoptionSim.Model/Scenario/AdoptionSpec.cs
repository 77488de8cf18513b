namespace AdoptionSim.Model.Scenario;

/// <summary>
/// The adoption hazard λ = a·r·(1−c)·(p + q·S) per year; the probability of adopting in a tick is 1 − exp(−λ·Δt).
/// </summary>
public sealed class AdoptionSpec
{
    /// <summary>External (innovation) coefficient p per year.</summary>
    public double P { get; set; } = 0.01;

    /// <summary>Imitation coefficient q per year.</summary>
    public double Q { get; set; } = 5.0;

    /// <summary>Extra p per year for firms a broker reaches with outreach in a tick.</summary>
    public double BrokerOutreachP { get; set; } = 0.02;
}
