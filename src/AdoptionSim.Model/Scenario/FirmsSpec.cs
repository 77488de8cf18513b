using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>The <c>firms</c> section (keys in <see cref="Schema"/>): how many firms each city gets and what they are like.</summary>
public sealed class FirmsSpec
{
    public double PerThousand { get; set; } = 2.0;
    public double RealPerThousand { get; set; } = 83.0;
    public double Scale { get; set; } = 1.0;
    public int Count { get; set; }
    public int MinPerCity { get; set; } = 20;
    public SizeShares SizeShares { get; set; } = new();
    public SizeValues AbsorptiveMean { get; set; } = new() { Micro = 0.35, Small = 0.45, Medium = 0.55, Large = 0.65, Anchor = 0.8 };
    public double AbsorptiveConcentration { get; set; } = 8.0;
    public double SkillsEffect { get; set; } = 0.6;
    public double? AbsorptiveFixed { get; set; }

    public static ObjectSchema<FirmsSpec> Schema { get; } =
        new ObjectSchema<FirmsSpec>("firms", () => new FirmsSpec(), "How many firms each city gets and what they are like.")
            .Number(f => f.PerThousand, NumberRange.Positive, "Modelled firms per 1,000 inhabitants before scaling (the UK has about 80 businesses per 1,000: a model firm stands for many).")
            .Number(f => f.RealPerThousand, NumberRange.Positive, "Real businesses per 1,000 inhabitants the model's firms stand for (UK: about 83 VAT- or PAYE-registered businesses per 1,000; ONS, UK business: activity, size and location). A model firm stands for real_per_thousand / (per_thousand × scale) of them; rates per real firm (invention) are scaled by it, so results do not depend on the model's size.")
            .Number(f => f.Scale, NumberRange.Positive, "Global factor on firm counts: 0.1 for a quick classroom run, 10 for research.")
            .Integer(f => f.Count, 0, "Exact firm count of a single-city scenario, overriding the population rule (0 = use the rule).")
            .Integer(f => f.MinPerCity, 1, "Fewest firms a city gets, so that small cities still have a network.")
            .Object(f => f.SizeShares, SizeShares.Schema, "Shares of micro, small, medium and large firms (sum 1).")
            .Object(f => f.AbsorptiveMean, SizeValues.Schema("Mean absorptive capacity", NumberRange.OpenUnit), "Mean absorptive capacity by size class (Beta distributed, shifted by the city's skills).")
            .Number(f => f.AbsorptiveConcentration, NumberRange.Positive, "Concentration α+β of the Beta distribution of absorptive capacity; larger is less spread.")
            .Number(f => f.SkillsEffect, NumberRange.Unit, "How much a city's skills (centred at 0.5) shift mean absorptive capacity; a change of skills by migration shifts its firms' capacity by the same factor.")
            .OptionalNumber(f => f.AbsorptiveFixed, NumberRange.Unit, "Absorptive capacity of every firm, replacing the distribution (the Bass case: 1); null = draw.");
}

/// <summary>Shares of firms by size class (keys in <see cref="Schema"/>); anchors come on top.</summary>
public sealed class SizeShares
{
    public double Micro { get; set; } = 0.80;
    public double Small { get; set; } = 0.15;
    public double Medium { get; set; } = 0.04;
    public double Large { get; set; } = 0.01;

    public static ObjectSchema<SizeShares> Schema { get; } =
        new ObjectSchema<SizeShares>("size shares", () => new SizeShares(), "Shares of firms by size class; they must sum to 1.")
            .Number(s => s.Micro, NumberRange.Unit, "Share of micro firms (0–9 employees).")
            .Number(s => s.Small, NumberRange.Unit, "Share of small firms (10–49).")
            .Number(s => s.Medium, NumberRange.Unit, "Share of medium firms (50–249).")
            .Number(s => s.Large, NumberRange.Unit, "Share of large firms (250+); anchors come on top.");
}

/// <summary>A number per size class, anchors separately; each use gives its meaning and range (<see cref="Schema"/>).</summary>
public sealed class SizeValues
{
    public double Micro { get; set; }
    public double Small { get; set; }
    public double Medium { get; set; }
    public double Large { get; set; }
    public double Anchor { get; set; }

    /// <summary>The schema of one use: <paramref name="what"/> names the quantity, e.g. "Workers per firm".</summary>
    public static ObjectSchema<SizeValues> Schema(string what, NumberRange range) =>
        new ObjectSchema<SizeValues>("size values", () => new SizeValues(), $"{what}, by size class.")
            .Number(s => s.Micro, range, $"{what} for micro firms (0–9 employees).")
            .Number(s => s.Small, range, $"{what} for small firms (10–49).")
            .Number(s => s.Medium, range, $"{what} for medium firms (50–249).")
            .Number(s => s.Large, range, $"{what} for large firms (250+).")
            .Number(s => s.Anchor, range, $"{what} for anchor firms (a city's few very large firms).");
}
