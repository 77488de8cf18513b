namespace AdoptionSim.Model.Scenario;

public sealed class CitiesSpec
{
    /// <summary>CSV file of cities, relative to the scenario file (columns: city, population_2019, lat, lon, class, class_source, and optionally region, functional_region, skills, rent, rate_multiplier, universities, anchor_firms).</summary>
    public string? File { get; set; }

    /// <summary>Cities written in the scenario; added after the file's, or replacing a file city of the same name.</summary>
    public List<CitySpec> Inline { get; set; } = [];

    /// <summary>
    /// The scenario's cities: the file's in file order, then inline ones (an inline city with a file city's
    /// name takes its place). Filled by the loader; not a key of the file. This is the list the model reads.
    /// </summary>
    public List<CitySpec> Resolved { get; set; } = [];
}

/// <summary>A city. Null attributes take their class's default (<see cref="ClassDefaultsSpec"/>).</summary>
public sealed class CitySpec
{
    public string Name { get; set; } = "";
    public string Region { get; set; } = "";
    public double Lat { get; set; }
    public double Lon { get; set; }
    public double Population { get; set; }
    public string Class { get; set; } = "innovation_potential";

    /// <summary>"seed" when the sources name the city's class, "proxy" when it was estimated, "" when unknown.</summary>
    public string ClassSource { get; set; } = "";

    public double? Skills { get; set; }
    public Dictionary<string, double>? SectorMix { get; set; }
    public double? Rent { get; set; }
    public double? RateMultiplier { get; set; }
    public int? Universities { get; set; }
    public int? AnchorFirms { get; set; }
    public double? InventionMultiplier { get; set; }

    /// <summary>Functional region / LEP the city belongs to; defaults to the city's own name.</summary>
    public string? FunctionalRegion { get; set; }
}
