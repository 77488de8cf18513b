using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>A sector of the economy (keys in <see cref="Schema"/>).</summary>
public sealed class SectorSpec
{
    public string Name { get; set; } = "";
    public string Label { get; set; } = "";
    public double InventionMultiplier { get; set; } = 1.0;
    public double CrossRelevance { get; set; } = 0.3;

    public static ObjectSchema<SectorSpec> Schema { get; } =
        new ObjectSchema<SectorSpec>("sector", () => new SectorSpec(), "A sector of the economy.")
            .Text(s => s.Name, "Short unique key used in sector mixes, relevance maps and outputs (e.g. kis).")
            .Text(s => s.Label, "Readable name for figures.")
            .Number(s => s.InventionMultiplier, NumberRange.NonNegative, "Multiplies the base invention rate for firms of this sector.")
            .Number(s => s.CrossRelevance, NumberRange.Unit, "Relevance to this sector of an idea born in another sector (own sector: 1).");

    public static List<SectorSpec> Defaults() =>
    [
        new() { Name = "kis", Label = "Knowledge-intensive services", InventionMultiplier = 1.5, CrossRelevance = 0.35 },
        new() { Name = "htm", Label = "High-tech manufacturing", InventionMultiplier = 2.0, CrossRelevance = 0.25 },
        new() { Name = "bs", Label = "Business services", InventionMultiplier = 0.8, CrossRelevance = 0.4 },
        new() { Name = "other", Label = "Other", InventionMultiplier = 0.4, CrossRelevance = 0.3 },
    ];
}
