namespace AdoptionSim.Model.State;

public sealed class SectorTable
{
    public required string[] Names { get; init; }
    public required string[] Labels { get; init; }
    public required double[] InventionMultiplier { get; init; }
    public required double[] CrossRelevance { get; init; }

    public int Count => Names.Length;

    public int IndexOf(string name) => Array.IndexOf(Names, name);
}
