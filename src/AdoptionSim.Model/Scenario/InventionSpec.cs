using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>The <c>invention</c> section (keys in <see cref="Schema"/>): new ideas born in firms during a run.</summary>
public sealed class InventionSpec
{
    public bool Enabled { get; set; } = true;
    public double BaseRate { get; set; } = 2.5e-6;
    public SizeValues SizeMultiplier { get; set; } = new() { Micro = 0.5, Small = 1, Medium = 2, Large = 4, Anchor = 10 };
    public double UniversityMultiplier { get; set; } = 2.0;
    public int InitialIdeas { get; set; } = 6;
    public double ComplexityMean { get; set; } = 0.4;
    public double ComplexityConcentration { get; set; } = 6.0;
    public double ValueMean { get; set; } = 0.05;
    public double ValueShape { get; set; } = 2.0;
    public int MaxIdeas { get; set; } = 128;

    public static ObjectSchema<InventionSpec> Schema { get; } =
        new ObjectSchema<InventionSpec>("invention", () => new InventionSpec(), "New ideas born in firms during a run.")
            .Boolean(i => i.Enabled, "Whether firms invent (false: only the ideas listed in `ideas`).")
            .Number(i => i.BaseRate, NumberRange.Unit, "Probability per real firm per year of inventing a new idea, before multipliers (a model firm invents at this times the real firms it stands for).")
            .Object(i => i.SizeMultiplier, SizeValues.Schema("Invention rate multiplier", NumberRange.NonNegative), "Multipliers of the invention rate by size class.")
            .Number(i => i.UniversityMultiplier, NumberRange.NonNegative, "Multiplier for firms with a tie to a university broker.")
            .Integer(i => i.InitialIdeas, 0, "Ideas that exist at tick 0, each born in a firm drawn with the invention weights.")
            .Number(i => i.ComplexityMean, NumberRange.OpenUnit, "Mean complexity c of a new idea (Beta distributed).")
            .Number(i => i.ComplexityConcentration, NumberRange.Positive, "Concentration α+β of the Beta distribution of complexity (larger: less spread).")
            .Number(i => i.ValueMean, NumberRange.NonNegative, "Mean value (proportional productivity uplift) of a new idea.")
            .Number(i => i.ValueShape, NumberRange.Positive, "Shape of the Gamma distribution of idea values (1: exponential; larger: less spread, coefficient of variation 1/√shape).")
            .Integer(i => i.MaxIdeas, 1, "Most ideas in a run; invention stops there (bounds memory: firms × ideas).");
}

/// <summary>An idea that exists from a given tick, written in the scenario, e.g. the Bass case's one idea (keys in <see cref="Schema"/>).</summary>
public sealed class IdeaSpec
{
    public string City { get; set; } = "";
    public string Sector { get; set; } = "";
    public int Tick { get; set; }
    public double Complexity { get; set; }
    public double Value { get; set; } = 0.05;
    public Dictionary<string, double>? Relevance { get; set; }
    public bool OriginAdopts { get; set; } = true;

    public static ObjectSchema<IdeaSpec> Schema { get; } =
        new ObjectSchema<IdeaSpec>("idea", () => new IdeaSpec(), "An idea written in the scenario, existing from a given tick.")
            .Text(i => i.City, "City of the originating firm (a firm of that city is drawn); \"\" = the first city.")
            .Text(i => i.Sector, "Sector of the originating firm; \"\" = the first sector.")
            .Integer(i => i.Tick, 0, "Tick from which the idea exists.")
            .Number(i => i.Complexity, NumberRange.Unit, "Complexity c (0..1): adoption hazard is scaled by 1 − c.")
            .Number(i => i.Value, NumberRange.NonNegative, "Productivity uplift on adoption (proportional).")
            .OptionalMap(i => i.Relevance, new NumberSchema(NumberRange.Unit), MapMerge.Replace, "Relevance (0..1) by sector name; sectors not named get their cross_relevance (own sector 1).")
            .Boolean(i => i.OriginAdopts, "Whether the originating firm starts as an adopter (the Bass case starts with none).");
}
