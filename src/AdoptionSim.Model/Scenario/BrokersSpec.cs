namespace AdoptionSim.Model.Scenario;

/// <summary>
/// Neutral intermediaries. By default each city gets its universities (from its class) and a local
/// authority broker, and each functional region a LEP; <see cref="Inline"/> adds more.
/// </summary>
public sealed class BrokersSpec
{
    public bool Enabled { get; set; } = true;

    public BrokerKindDefaults University { get; set; } = new() { Capacity = 4, Reach = "across_sectors", Outreach = 10 };
    public BrokerKindDefaults Lep { get; set; } = new() { Capacity = 3, Reach = "across_cities", Outreach = 20 };
    public BrokerKindDefaults LocalAuthority { get; set; } = new() { Capacity = 2, Reach = "across_sectors", Outreach = 10 };
    public BrokerKindDefaults SectorNetwork { get; set; } = new() { Capacity = 3, Reach = "within_sector", Outreach = 15 };

    /// <summary>Capacity scales with the city's firm count relative to this many firms (bigger places, more brokerage).</summary>
    public double CapacityPerFirms { get; set; } = 500;

    public List<BrokerSpec> Inline { get; set; } = [];
}

public sealed class BrokerKindDefaults
{
    /// <summary>Introductions (new brokered ties) per tick, per 'capacity_per_firms' firms of the home city.</summary>
    public double Capacity { get; set; }

    /// <summary>within_sector | across_sectors | across_cities (other cities of the functional region).</summary>
    public string Reach { get; set; } = "across_sectors";

    /// <summary>Firms reached with outreach (extra p) per tick, per 'capacity_per_firms' firms.</summary>
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
