using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>The <c>adoption</c> section of a scenario; each key's range and meaning is in <see cref="Schema"/>.</summary>
public sealed class AdoptionSpec
{
    public double P { get; set; } = 0.01;
    public double Q { get; set; } = 5.0;
    public double BrokerOutreachP { get; set; } = 0.02;
    public double OutreachYears { get; set; } = 0.25;
    public double Localisation { get; set; } = 0.0;

    public static ObjectSchema<AdoptionSpec> Schema { get; } =
        new ObjectSchema<AdoptionSpec>("adoption", () => new AdoptionSpec(), "The hazard λ = a·r·(1−c)·(p + q·S) per year; P(adopt in a tick) = 1 − exp(−λ·Δt).")
            .Number(a => a.P, NumberRange.NonNegative, "External (innovation) coefficient p per year.")
            .Number(a => a.Q, NumberRange.NonNegative, "Imitation coefficient q per year.")
            .Number(a => a.BrokerOutreachP, NumberRange.NonNegative, "Extra p per year for a firm a broker reaches with outreach.")
            .Number(a => a.OutreachYears, NumberRange.Positive, "How long (years) a firm reached by outreach keeps the extra p.")
            .Number(a => a.Localisation, NumberRange.NonNegative, "Within-sector increasing returns η: λ is multiplied by LQ^η, LQ the location quotient of the firm's sector in its city (docs/model.md §7.5); 0 = none.");
}
