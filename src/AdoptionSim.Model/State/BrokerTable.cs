using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.State;

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
