namespace AdoptionSim.Model.Scenario;

/// <summary>
/// Neutral intermediaries. By default each city gets its universities (from its class) and a local
/// authority broker, and each functional region a LEP; <see cref="Inline"/> adds more.
/// </summary>
public sealed class BrokersSpec
{
    public bool Enabled { get; set; } = true;

    public BrokerKindDefaults University { get; set; } = new() { Capacity = 16, Reach = "across_sectors", Outreach = 40 };
    public BrokerKindDefaults Lep { get; set; } = new() { Capacity = 12, Reach = "across_cities", Outreach = 80 };
    public BrokerKindDefaults LocalAuthority { get; set; } = new() { Capacity = 8, Reach = "across_sectors", Outreach = 40 };
    public BrokerKindDefaults SectorNetwork { get; set; } = new() { Capacity = 12, Reach = "within_sector", Outreach = 60 };

    /// <summary>Capacity scales with the city's firm count relative to this many firms (bigger places, more brokerage).</summary>
    public double CapacityPerFirms { get; set; } = 500;

    public List<BrokerSpec> Inline { get; set; } = [];
}

public sealed class BrokerKindDefaults
{
    /// <summary>Introductions (new brokered ties) per year, per 'capacity_per_firms' firms of the cities it works in.</summary>
    public double Capacity { get; set; }

    /// <summary>within_sector | across_sectors | across_cities (other cities of the functional region).</summary>
    public string Reach { get; set; } = "across_sectors";

    /// <summary>Firms reached with outreach (extra p for a tick) per year, per 'capacity_per_firms' firms.</summary>
    public double Outreach { get; set; }
}

public sealed class BrokerSpec
{
    /// <summary>university | lep | local_authority | sector_network</summary>
    public string Kind { get; set; } = "university";

    /// <summary>Home city.</summary>
    public string City { get; set; } = "";

    /// <summary>For a sector network: the sector it serves.</summary>
    public string? Sector { get; set; }

    /// <summary>Null = the kind's default.</summary>
    public double? Capacity { get; set; }
    public string? Reach { get; set; }
    public double? Outreach { get; set; }
}
