namespace AdoptionSim.Model.State;

public enum BrokerKind : byte { University = 0, Lep = 1, LocalAuthority = 2, SectorNetwork = 3 }

/// <summary>Which firms a broker brings together: competitors of one sector, firms of different sectors, or firms of different cities of its functional region.</summary>
public enum BrokerReach : byte { WithinSector = 0, AcrossSectors = 1, AcrossCities = 2 }

/// <summary>Brokers as parallel arrays, in a fixed build order.</summary>
public sealed class BrokerTable
{
    public readonly List<BrokerKind> Kind = [];
    public readonly List<BrokerReach> Reach = [];
    public readonly List<int> HomeCity = [];

    /// <summary>Sector served (-1 for all sectors).</summary>
    public readonly List<int> Sector = [];

    /// <summary>Expected introductions per tick (fractions are rounded stochastically each tick).</summary>
    public readonly List<double> Capacity = [];

    /// <summary>Expected firms reached with outreach per tick.</summary>
    public readonly List<double> Outreach = [];

    /// <summary>Cities the broker works in: its home city, or its functional region's cities for across-city reach.</summary>
    public readonly List<int[]> Cities = [];

    public int Count => Kind.Count;

    public static readonly string[] KindNames = ["university", "lep", "local_authority", "sector_network"];
    public static readonly string[] ReachNames = ["within_sector", "across_sectors", "across_cities"];

    public static BrokerKind ParseKind(string name) =>
        (BrokerKind)IndexOrThrow(KindNames, name, "broker kind");

    public static BrokerReach ParseReach(string name) =>
        (BrokerReach)IndexOrThrow(ReachNames, name, "broker reach");

    private static int IndexOrThrow(string[] names, string name, string what)
    {
        var i = Array.IndexOf(names, name);
        if (i < 0) throw new ArgumentException($"unknown {what} '{name}', expected one of {string.Join(", ", names)}");
        return i;
    }

    public void Add(BrokerKind kind, BrokerReach reach, int homeCity, int sector, double capacity, double outreach, int[] cities)
    {
        Kind.Add(kind);
        Reach.Add(reach);
        HomeCity.Add(homeCity);
        Sector.Add(sector);
        Capacity.Add(capacity);
        Outreach.Add(outreach);
        Cities.Add(cities);
    }
}
