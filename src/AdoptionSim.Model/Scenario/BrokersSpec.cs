using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>The kinds of neutral intermediary (file names: university, lep, local_authority, sector_network).</summary>
public enum BrokerKind : byte { University = 0, Lep = 1, LocalAuthority = 2, SectorNetwork = 3 }

/// <summary>Which firms a broker brings together: competitors of one sector, firms of different sectors, or firms of different cities of its functional region.</summary>
public enum BrokerReach : byte { WithinSector = 0, AcrossSectors = 1, AcrossCities = 2 }

/// <summary>
/// The <c>brokers</c> section (keys in <see cref="Schema"/>). By default each city gets its universities
/// (from its class) and a local authority broker, and each functional region a LEP; <see cref="Inline"/> adds more.
/// </summary>
public sealed class BrokersSpec
{
    public bool Enabled { get; set; } = true;
    public BrokerKindDefaults University { get; set; } = new() { Capacity = 16, Reach = BrokerReach.AcrossSectors, Outreach = 40 };
    public BrokerKindDefaults Lep { get; set; } = new() { Capacity = 12, Reach = BrokerReach.AcrossCities, Outreach = 80 };
    public BrokerKindDefaults LocalAuthority { get; set; } = new() { Capacity = 8, Reach = BrokerReach.AcrossSectors, Outreach = 40 };
    public BrokerKindDefaults SectorNetwork { get; set; } = new() { Capacity = 12, Reach = BrokerReach.WithinSector, Outreach = 60 };
    public double CapacityPerFirms { get; set; } = 500;
    public List<BrokerSpec> Inline { get; set; } = [];

    public static ObjectSchema<BrokersSpec> Schema { get; } =
        new ObjectSchema<BrokersSpec>("brokers", () => new BrokersSpec(), "Neutral intermediaries: each city gets its universities and a local authority, each functional region a LEP.")
            .Boolean(b => b.Enabled, "Whether there are brokers at all.")
            .Object(b => b.University, BrokerKindDefaults.Schema, "Defaults for university brokers.")
            .Object(b => b.Lep, BrokerKindDefaults.Schema, "Defaults for Local Enterprise Partnerships (one per functional region).")
            .Object(b => b.LocalAuthority, BrokerKindDefaults.Schema, "Defaults for local authority brokers (one per city).")
            .Object(b => b.SectorNetwork, BrokerKindDefaults.Schema, "Defaults for sector networks (only those written in `inline`).")
            .Number(b => b.CapacityPerFirms, NumberRange.Positive, "Capacity and outreach scale with the home city's firm count relative to this many firms.")
            .List(b => b.Inline, BrokerSpec.Schema, "Extra brokers.");
}

/// <summary>Defaults for one kind of broker (keys in <see cref="Schema"/>).</summary>
public sealed class BrokerKindDefaults
{
    public double Capacity { get; set; }
    public BrokerReach Reach { get; set; } = BrokerReach.AcrossSectors;
    public double Outreach { get; set; }

    public static ObjectSchema<BrokerKindDefaults> Schema { get; } =
        new ObjectSchema<BrokerKindDefaults>("broker kind defaults", () => new BrokerKindDefaults(), "Defaults for one kind of broker.")
            .Number(b => b.Capacity, NumberRange.NonNegative, "Introductions (new brokered ties) per year, per `capacity_per_firms` firms of the cities it works in.")
            .Enum(b => b.Reach, "Whom it introduces: within_sector, across_sectors, or across_cities (other cities of its functional region).")
            .Number(b => b.Outreach, NumberRange.NonNegative, "Firms reached with outreach (extra p for a tick) per year, per `capacity_per_firms` firms.");
}

/// <summary>A broker written in the scenario (keys in <see cref="Schema"/>); null values take the kind's default.</summary>
public sealed class BrokerSpec
{
    public BrokerKind Kind { get; set; } = BrokerKind.University;
    public string City { get; set; } = "";
    public string? Sector { get; set; }
    public double? Capacity { get; set; }
    public BrokerReach? Reach { get; set; }
    public double? Outreach { get; set; }

    public static ObjectSchema<BrokerSpec> Schema { get; } =
        new ObjectSchema<BrokerSpec>("broker", () => new BrokerSpec(), "A broker written in the scenario, on top of the default ones.")
            .Enum(b => b.Kind, "Kind of intermediary.")
            .Text(b => b.City, "Home city (required).")
            .OptionalText(b => b.Sector, "For a sector network: the sector it serves (required for that kind).")
            .OptionalNumber(b => b.Capacity, NumberRange.NonNegative, "Introductions per year per `capacity_per_firms` firms; null = the kind's default.")
            .OptionalEnum(b => b.Reach, "Reach; null = the kind's default.")
            .OptionalNumber(b => b.Outreach, NumberRange.NonNegative, "Outreach per year per `capacity_per_firms` firms; null = the kind's default.");
}
