using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies;

/// <summary>Resolves each lever's targets against the world, and shares out an allocation's budget.</summary>
public static class LeverFactory
{
    public static List<Lever> Create(IReadOnlyList<PolicySpec> policies, CityTable cities, SectorTable sectors, int[] firmsPerCity, int[] firmsPerCitySector)
    {
        var levers = new List<Lever>(policies.Count);
        for (var i = 0; i < policies.Count; i++)
        {
            var spec = policies[i];
            var type = spec.Type;
            var targetCity = TargetCities(spec, cities, i);
            var targetSector = TargetSectors(spec, sectors, i);
            var funded = Enumerable.Repeat(-1, cities.Count).ToArray();
            double[]? cityBudgets = null;
            if (type == PolicyType.Allocation)
            {
                funded = FundedSectors(spec, cities, sectors, targetCity, firmsPerCity, firmsPerCitySector, i);
                cityBudgets = PerHead(spec.Budget, cities, targetCity);
            }
            levers.Add(new Lever(i, spec, targetCity, targetSector, funded, cityBudgets));
        }
        return levers;
    }

    private static bool[] TargetCities(PolicySpec spec, CityTable cities, int index)
    {
        var all = spec.Cities.Count == 0 && spec.Classes.Count == 0 && spec.Regions.Count == 0;
        foreach (var name in spec.Cities)
            if (cities.IndexOf(name) < 0) throw new ArgumentException($"policies[{index}].cities: no city '{name}'");
        var target = new bool[cities.Count];
        for (var c = 0; c < cities.Count; c++)
            target[c] = all || spec.Cities.Contains(cities.Names[c]) || spec.Classes.Contains(cities.Classes[c]) || spec.Regions.Contains(cities.Regions[c]);
        return target;
    }

    private static bool[] TargetSectors(PolicySpec spec, SectorTable sectors, int index)
    {
        foreach (var name in spec.Sectors)
            if (sectors.IndexOf(name) < 0) throw new ArgumentException($"policies[{index}].sectors: no sector '{name}'");
        return sectors.Names.Select(s => spec.Sectors.Count == 0 || spec.Sectors.Contains(s)).ToArray();
    }

    /// <summary>
    /// The sector an allocation funds in each target city: the national priority sector everywhere, or
    /// (place-based) the city's strongest sector by location quotient LQ = (firms of s in c / firms in c) /
    /// (firms of s / all firms), ties to the lower sector index.
    /// </summary>
    public static int[] FundedSectors(PolicySpec spec, CityTable cities, SectorTable sectors, bool[] targetCity, int[] firmsPerCity,
        int[] firmsPerCitySector, int index)
    {
        var funded = Enumerable.Repeat(-1, cities.Count).ToArray();
        if (spec.Mode == AllocationMode.National)
        {
            var priority = sectors.IndexOf(spec.PrioritySector);
            if (priority < 0) throw new ArgumentException($"policies[{index}].priority_sector: no sector '{spec.PrioritySector}'");
            for (var c = 0; c < cities.Count; c++) if (targetCity[c]) funded[c] = priority;
            return funded;
        }
        var total = firmsPerCity.Sum();
        var S = sectors.Count;
        for (var c = 0; c < cities.Count; c++)
        {
            if (!targetCity[c] || firmsPerCity[c] == 0) continue;
            var best = -1;
            var bestLq = double.NegativeInfinity;
            for (var s = 0; s < S; s++)
            {
                var national = Enumerable.Range(0, cities.Count).Sum(k => firmsPerCitySector[k * S + s]);
                if (national == 0) continue;
                var lq = firmsPerCitySector[c * S + s] / (double)firmsPerCity[c] / (national / (double)total);
                if (lq > bestLq) (best, bestLq) = (s, lq);
            }
            funded[c] = best;
        }
        return funded;
    }

    /// <summary>The same money per head in every target city.</summary>
    private static double[] PerHead(double budget, CityTable cities, bool[] targetCity)
    {
        var population = Enumerable.Range(0, cities.Count).Where(c => targetCity[c]).Sum(c => cities.Population[c]);
        return Enumerable.Range(0, cities.Count).Select(c => targetCity[c] && population > 0 ? budget * cities.Population[c] / population : 0.0).ToArray();
    }
}
