using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Setup;

/// <summary>
/// Places the brokers: each city's universities (from its class or its own count) and local authority,
/// one LEP per functional region (in its most populous city, reaching all the region's cities), and the
/// scenario's own brokers. Capacity and outreach scale with the firms of the cities a broker works in.
/// </summary>
public static class BrokerFactory
{
    public static BrokerTable Create(BrokersSpec spec, CityTable cities, SectorTable sectors, int[] cityStarts)
    {
        var table = new BrokerTable();
        if (!spec.Enabled) return table;
        var regions = FunctionalRegions(cities);
        for (var c = 0; c < cities.Count; c++)
        {
            for (var u = 0; u < cities.Universities[c]; u++) Add(table, spec, spec.University, BrokerKind.University, null, c, -1, cities, cityStarts, regions);
            Add(table, spec, spec.LocalAuthority, BrokerKind.LocalAuthority, null, c, -1, cities, cityStarts, regions);
        }
        foreach (var (_, members) in regions)
        {
            var home = members.OrderByDescending(m => cities.Population[m]).ThenBy(m => m).First();
            Add(table, spec, spec.Lep, BrokerKind.Lep, null, home, -1, cities, cityStarts, regions);
        }
        for (var i = 0; i < spec.Inline.Count; i++)
        {
            var b = spec.Inline[i];
            var kind = b.Kind;
            var city = cities.IndexOf(b.City);
            if (city < 0) throw new ArgumentException($"brokers.inline[{i}]: no city '{b.City}'");
            var sector = b.Sector is null ? -1 : sectors.IndexOf(b.Sector);
            if (b.Sector is not null && sector < 0) throw new ArgumentException($"brokers.inline[{i}]: no sector '{b.Sector}'");
            Add(table, spec, Defaults(spec, kind), kind, b, city, sector, cities, cityStarts, regions);
        }
        return table;
    }

    public static BrokerKindDefaults Defaults(BrokersSpec spec, BrokerKind kind) => kind switch
    {
        BrokerKind.University => spec.University,
        BrokerKind.Lep => spec.Lep,
        BrokerKind.LocalAuthority => spec.LocalAuthority,
        _ => spec.SectorNetwork,
    };

    private static void Add(BrokerTable table, BrokersSpec spec, BrokerKindDefaults defaults, BrokerKind kind, BrokerSpec? own,
        int home, int sector, CityTable cities, int[] cityStarts, SortedDictionary<string, List<int>> regions)
    {
        var reach = own?.Reach ?? defaults.Reach;
        var reached = reach == BrokerReach.AcrossCities ? regions[cities.FunctionalRegions[home]].ToArray() : [home];
        var firms = reached.Sum(c => cityStarts[c + 1] - cityStarts[c]);
        var scale = spec.CapacityPerFirms > 0 ? firms / spec.CapacityPerFirms : 1.0;
        table.Add(kind, reach, home, sector, (own?.Capacity ?? defaults.Capacity) * scale, (own?.Outreach ?? defaults.Outreach) * scale, reached);
    }

    /// <summary>Functional regions in name order, each with its cities in scenario order.</summary>
    private static SortedDictionary<string, List<int>> FunctionalRegions(CityTable cities)
    {
        var regions = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var c = 0; c < cities.Count; c++)
        {
            if (!regions.TryGetValue(cities.FunctionalRegions[c], out var list)) regions[cities.FunctionalRegions[c]] = list = [];
            list.Add(c);
        }
        return regions;
    }
}
