namespace AdoptionSim.Model.State;

/// <summary>Cities as parallel arrays (one index per city, in scenario order).</summary>
public sealed class CityTable
{
    public required string[] Names { get; init; }
    public required string[] Regions { get; init; }
    public required string[] FunctionalRegions { get; init; }
    public required string[] Classes { get; init; }
    public required string[] ClassSources { get; init; }
    public required double[] Lat { get; init; }
    public required double[] Lon { get; init; }
    public required double[] Population { get; init; }
    public required double[] Skills { get; init; }
    public required double[] Rent { get; init; }
    public required double[] RateMultiplier { get; init; }
    public required double[] InventionMultiplier { get; init; }
    public required int[] Universities { get; init; }
    public required int[] AnchorFirms { get; init; }

    /// <summary>Sector shares per city, [city][sector], normalised to sum to 1.</summary>
    public required double[][] SectorMix { get; init; }

    public int Count => Names.Length;

    public int IndexOf(string name) => Array.IndexOf(Names, name);
}
