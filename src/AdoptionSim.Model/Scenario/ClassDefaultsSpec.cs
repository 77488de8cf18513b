using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// Default attributes for the cities of one typology class (keys in <see cref="Schema"/>). The defaults of <see cref="StreetsAhead"/> encode the report's
/// typology qualitatively: high performers are skilled and knowledge-intensive with universities,
/// technology innovators have a high-tech manufacturing base anchored by large firms, service innovators
/// lean to knowledge-intensive and business services, low-innovation cities have low skills and
/// "other" sectors. They are stylised, not calibrated: docs/model.md says so.
/// </summary>
public sealed class ClassDefaultsSpec
{
    public double Skills { get; set; } = 0.5;
    public Dictionary<string, double> SectorMix { get; set; } = new() { ["kis"] = 0.2, ["htm"] = 0.1, ["bs"] = 0.2, ["other"] = 0.5 };
    public double Rent { get; set; } = 1.0;
    public double RateMultiplier { get; set; } = 0.5;
    public int Universities { get; set; } = 1;
    public int AnchorFirms { get; set; } = 0;
    public double InventionMultiplier { get; set; } = 1.0;

    public static ObjectSchema<ClassDefaultsSpec> Schema { get; } =
        new ObjectSchema<ClassDefaultsSpec>("class defaults", () => new ClassDefaultsSpec(), "Default attributes of the cities of one typology class.")
            .Number(c => c.Skills, NumberRange.Unit, "Skills index (0..1); shifts mean absorptive capacity.")
            .Map(c => c.SectorMix, new NumberSchema(NumberRange.NonNegative), MapMerge.Replace, "Weights of firms by sector (normalised); keys are sector names.")
            .Number(c => c.Rent, NumberRange.Positive, "Rent level relative to the national average.")
            .Number(c => c.RateMultiplier, NumberRange.NonNegative, "Business-rate multiplier (£ per £ of rateable value).")
            .Integer(c => c.Universities, 0, "University brokers per city.")
            .Integer(c => c.AnchorFirms, 0, "Anchor firms per city.")
            .Number(c => c.InventionMultiplier, NumberRange.NonNegative, "Multiplies the invention rate of the class's firms (1 by default: size, sector and university links already differ by class; a city can override it).");

    public static Dictionary<string, ClassDefaultsSpec> StreetsAhead() => new()
    {
        ["high_performing"] = new()
        {
            Skills = 0.8,
            Rent = 1.4,
            Universities = 2,
            AnchorFirms = 1,
            SectorMix = new() { ["kis"] = 0.35, ["htm"] = 0.1, ["bs"] = 0.25, ["other"] = 0.3 },
        },
        ["service_innovator"] = new()
        {
            Skills = 0.65,
            Rent = 1.15,
            Universities = 1,
            AnchorFirms = 0,
            SectorMix = new() { ["kis"] = 0.3, ["htm"] = 0.05, ["bs"] = 0.3, ["other"] = 0.35 },
        },
        ["technology_innovator"] = new()
        {
            Skills = 0.55,
            Rent = 1.0,
            Universities = 1,
            AnchorFirms = 2,
            SectorMix = new() { ["kis"] = 0.15, ["htm"] = 0.25, ["bs"] = 0.2, ["other"] = 0.4 },
        },
        ["innovation_potential"] = new()
        {
            Skills = 0.5,
            Rent = 0.9,
            Universities = 1,
            AnchorFirms = 0,
            SectorMix = new() { ["kis"] = 0.18, ["htm"] = 0.08, ["bs"] = 0.2, ["other"] = 0.54 },
        },
        ["low_innovation"] = new()
        {
            Skills = 0.35,
            Rent = 0.8,
            Universities = 0,
            AnchorFirms = 0,
            SectorMix = new() { ["kis"] = 0.1, ["htm"] = 0.06, ["bs"] = 0.16, ["other"] = 0.68 },
        },
    };
}
