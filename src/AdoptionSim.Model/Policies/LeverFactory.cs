using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies;

/// <summary>
/// Resolves each lever's targets against the world and runs its set-up (the budget's shares between cities are
/// set later, at the first tick of the lever's window: <see cref="LeverAllocation"/>). Names are not checked here:
/// <see cref="ScenarioValidator"/> checks them once, where the loader can say where they were written; a name
/// that matches nothing (in a scenario built in code and not validated) targets nothing.
/// </summary>
public static class LeverFactory
{
    public static List<Lever> Create(IReadOnlyList<PolicySpec> policies, CityTable cities, SectorTable sectors, int[] firmsPerCity, int[] firmsPerCitySector)
    {
        var levers = new List<Lever>(policies.Count);
        for (var i = 0; i < policies.Count; i++)
        {
            var spec = policies[i];
            var targetCity = TargetCities(spec, cities);
            var targetSector = TargetSectors(spec, sectors);
            var setup = LeverDefinition.Of(spec.Type).Setup(spec, new LeverSetupInput(cities, sectors, targetCity, firmsPerCity, firmsPerCitySector));
            levers.Add(new Lever(i, spec, targetCity, targetSector, setup.FundedSector));
        }
        return levers;
    }

    /// <summary>A city is a target if cities, classes or regions names it; all three empty means every city.</summary>
    private static bool[] TargetCities(PolicySpec spec, CityTable cities)
    {
        var all = spec.Cities.Count == 0 && spec.Classes.Count == 0 && spec.Regions.Count == 0;
        var target = new bool[cities.Count];
        for (var c = 0; c < cities.Count; c++)
            target[c] = all || spec.Cities.Contains(cities.Names[c]) || spec.Classes.Contains(cities.Classes[c]) || spec.Regions.Contains(cities.Regions[c]);
        return target;
    }

    private static bool[] TargetSectors(PolicySpec spec, SectorTable sectors) =>
        sectors.Names.Select(s => spec.Sectors.Count == 0 || spec.Sectors.Contains(s)).ToArray();
}
