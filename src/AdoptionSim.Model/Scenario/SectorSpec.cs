namespace AdoptionSim.Model.Scenario;

public sealed class SectorSpec
{
    /// <summary>Short key used in sector mixes and outputs (e.g. "kis").</summary>
    public string Name { get; set; } = "";

    public string Label { get; set; } = "";

    /// <summary>Multiplies the base invention rate for firms of this sector.</summary>
    public double InventionMultiplier { get; set; } = 1.0;

    /// <summary>Relevance to this sector of an idea born in another sector (own sector: 1).</summary>
    public double CrossRelevance { get; set; } = 0.3;

    public static List<SectorSpec> Defaults() =>
    [
        new() { Name = "kis", Label = "Knowledge-intensive services", InventionMultiplier = 1.5, CrossRelevance = 0.35 },
        new() { Name = "htm", Label = "High-tech manufacturing", InventionMultiplier = 2.0, CrossRelevance = 0.25 },
        new() { Name = "bs", Label = "Business services", InventionMultiplier = 0.8, CrossRelevance = 0.4 },
        new() { Name = "other", Label = "Other", InventionMultiplier = 0.4, CrossRelevance = 0.3 },
    ];
}
