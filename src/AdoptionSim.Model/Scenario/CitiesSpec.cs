using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>The <c>cities</c> section (keys in <see cref="Schema"/>).</summary>
public sealed class CitiesSpec
{
    public string? File { get; set; }
    public List<CitySpec> Inline { get; set; } = [];

    /// <summary>
    /// The scenario's cities: the file's in file order, then inline ones (an inline city with a file city's
    /// name takes its place). Filled by the loader; not a key of the file. This is the list the model reads.
    /// </summary>
    public List<CitySpec> Resolved { get; set; } = [];

    public static ObjectSchema<CitiesSpec> Schema { get; } =
        new ObjectSchema<CitiesSpec>("cities", () => new CitiesSpec(), "Where the cities come from: a CSV file, inline entries, or both.")
            .OptionalText(c => c.File, "CSV file of cities, relative to the file that names it (format below).")
            .List(c => c.Inline, CitySpec.Schema, "Cities written in the scenario: added after the file's, or replacing a file city of the same name.")
            .Derived(c => c.Resolved, new ListSchema<CitySpec>(CitySpec.Schema), "The cities the model runs: the file's, then the inline ones.");
}

/// <summary>Where a city's class comes from (file names: seed, proxy, and "" for unknown).</summary>
public enum ClassSource
{
    /// <summary>The sources name the city's class.</summary>
    Seed,

    /// <summary>The class was estimated from indicators.</summary>
    Proxy,

    [ChoiceName("")]
    Unknown,
}

/// <summary>A city (keys in <see cref="Schema"/>). Null attributes take their class's default (<see cref="ClassDefaultsSpec"/>).</summary>
public sealed class CitySpec
{
    public string Name { get; set; } = "";
    public string Region { get; set; } = "";
    public double Lat { get; set; }
    public double Lon { get; set; }
    public double Population { get; set; }
    public string Class { get; set; } = "innovation_potential";
    public ClassSource ClassSource { get; set; } = ClassSource.Unknown;
    public double? Skills { get; set; }
    public Dictionary<string, double>? SectorMix { get; set; }
    public double? Rent { get; set; }
    public double? RateMultiplier { get; set; }
    public int? Universities { get; set; }
    public int? AnchorFirms { get; set; }
    public double? InventionMultiplier { get; set; }
    public string? FunctionalRegion { get; set; }

    public static ObjectSchema<CitySpec> Schema { get; } =
        new ObjectSchema<CitySpec>("city", () => new CitySpec(), "A city. Attributes left out (null) take their class's default.")
            .Text(c => c.Name, "Unique name; inline cities replace file cities of the same name.")
            .Text(c => c.Region, "UK nation or ITL1 region (e.g. North West, Scotland).")
            .Number(c => c.Lat, NumberRange.Between(-90, 90), "Latitude of the centre, degrees (WGS84).")
            .Number(c => c.Lon, NumberRange.Between(-180, 180), "Longitude of the centre, degrees (WGS84).")
            .Number(c => c.Population, NumberRange.NonNegative, "Inhabitants; required (must be positive). Firm counts scale with it.")
            .Text(c => c.Class, "Typology class: a key of `classes` (Streets Ahead: high_performing, service_innovator, technology_innovator, innovation_potential, low_innovation).")
            .Enum(c => c.ClassSource, "seed: the sources name the class; proxy: estimated from indicators; \"\": unknown.")
            .OptionalNumber(c => c.Skills, NumberRange.Unit, "Skills index (0..1); null = the class default.")
            .OptionalMap(c => c.SectorMix, new NumberSchema(NumberRange.NonNegative), MapMerge.Replace, "Weights of firms by sector (normalised); null = the class default.")
            .OptionalNumber(c => c.Rent, NumberRange.Positive, "Rent level relative to the national average (1 = average); null = the class default.")
            .OptionalNumber(c => c.RateMultiplier, NumberRange.NonNegative, "Business-rate multiplier, £ of rates per £ of rateable value; null = the class default.")
            .OptionalInteger(c => c.Universities, 0, "University brokers in the city; null = the class default.")
            .OptionalInteger(c => c.AnchorFirms, 0, "Anchor firms (very large, with supply chains); null = the class default.")
            .OptionalNumber(c => c.InventionMultiplier, NumberRange.NonNegative, "Multiplies the invention rate of the city's firms; null = the class default.")
            .OptionalText(c => c.FunctionalRegion, "Functional region / LEP (brokers with reach across_cities work within it); null = the city's own name.");
}
