using AdoptionSim.Core.Random;
using AdoptionSim.Model.Phases;
using AdoptionSim.Model.Policies;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Setup;

/// <summary>Builds the tick-0 world of a scenario: cities, firms, standing ties, brokers and the first ideas.</summary>
public static class WorldBuilder
{
    /// <param name="spec">
    /// The scenario: its cities are <c>spec.Cities.Resolved</c> as the loader fills it, or the inline list
    /// for a scenario built in code.
    /// </param>
    /// <param name="threads">Threads parts of the build may use; the world is the same whatever the count.</param>
    public static World Build(ScenarioSpec spec, RandomStreams streams, int threads = 1)
    {
        var cityList = spec.Cities.Resolved.Count > 0 ? spec.Cities.Resolved : spec.Cities.Inline;
        if (cityList.Count == 0) throw new ArgumentException("the scenario has no cities");
        var sectors = SectorTableFactory.Create(spec.Sectors);
        var cities = CityTableFactory.Create(cityList, spec.Classes, sectors);
        var firms = new FirmTable();
        var cityStarts = FirmFactory.Populate(firms, spec, cities, sectors, streams);
        var network = NetworkFactory.Create(spec, cities, firms, cityStarts, streams, threads);
        var adoption = new AdoptionState(firms);
        adoption.EnsureFirmCapacity(firms.Capacity);
        var dynamicTies = new DynamicTies();
        dynamicTies.EnsureCapacity(firms.Capacity);
        var world = new World
        {
            Spec = spec,
            Cities = cities,
            Sectors = sectors,
            Firms = firms,
            Network = network,
            DynamicTies = dynamicTies,
            Ideas = new IdeaTable(),
            Adoption = adoption,
            Brokers = BrokerFactory.Create(spec.Brokers, cities, sectors, cityStarts),
            Counters = new TickCounters(cities.Count),
            FullMixing = spec.Network.Mixing == Mixing.Full,
            CityState = InitialCityState(cities),
            Governance = GovernanceState.ForFunctionalRegions(cities, spec.Governance.Enabled),
            RealFirmsPerModelFirm = RealFirmsPerModelFirm(spec.Firms, cities, firms.Count),
            RunTicks = spec.Ticks,
            CommutingRegions = CommutingRegionFactory.Create(spec.Network, cities),
            Levers = LeverFactory.Create(spec.Policies, cities, sectors, FirmsPerCity(firms, cities.Count), FirmsPerCitySector(firms, cities.Count, sectors.Count)),
            RelocationBonus = new double[cities.Count],
            RelocationLever = Enumerable.Repeat(-1, cities.Count).ToArray(),
            RelocationGrant = new double[cities.Count],
            InitialFirms = Enumerable.Range(0, cities.Count).Select(c => cityStarts[c + 1] - cityStarts[c]).ToArray(),
        };
        world.RebuildCityIndex();
        SeedIdeas(world, streams);
        CityEconomy.Update(world);
        world.CityState.MarkInitial();
        for (var f = 0; f < firms.Count; f++) firms.Margin[f] = (float)CityEconomy.MarginPerWorker(world, f);
        Leadership.Initialise(world);
        return world;
    }

    private static double RealFirmsPerModelFirm(FirmsSpec spec, CityTable cities, int modelFirms)
    {
        var real = cities.Population.Sum() / 1000.0 * spec.RealPerThousand;
        return real > 0 && modelFirms > 0 ? real / modelFirms : 1.0;
    }

    /// <summary>Rents, population and skilled workers of each city at tick 0, from its attributes.</summary>
    private static CityState InitialCityState(CityTable cities)
    {
        var state = new CityState(cities.Count);
        for (var c = 0; c < cities.Count; c++)
        {
            state.Rent[c] = cities.Rent[c];
            state.Population[c] = cities.Population[c];
            state.Skills[c] = cities.Skills[c];
            state.SkilledWorkers[c] = cities.Population[c] * cities.Skills[c];
        }
        return state;
    }

    private static int[] FirmsPerCity(FirmTable firms, int cities)
    {
        var counts = new int[cities];
        for (var f = 0; f < firms.Count; f++) counts[firms.City[f]]++;
        return counts;
    }

    private static int[] FirmsPerCitySector(FirmTable firms, int cities, int sectors)
    {
        var counts = new int[cities * sectors];
        for (var f = 0; f < firms.Count; f++) counts[firms.City[f] * sectors + firms.Sector[f]]++;
        return counts;
    }

    /// <summary>
    /// Tick-0 ideas: the scenario's own ideas due at tick 0, then (when invention is on) the initial
    /// ideas, each born in a firm drawn in proportion to its invention weight.
    /// </summary>
    private static void SeedIdeas(World world, RandomStreams streams)
    {
        var spec = world.Spec;
        for (var i = 0; i < spec.Ideas.Count; i++)
            if (spec.Ideas[i].Tick == 0) IdeaFactory.FromSpec(world, spec.Ideas[i], i, 0, streams);
        if (!spec.Invention.Enabled || spec.Invention.InitialIdeas <= 0) return;
        var weights = new double[world.Firms.Count];
        for (var f = 0; f < weights.Length; f++) weights[f] = Invention.Weight(world, f);
        var cumulative = Sampling.Cumulative(weights);
        var random = RandomStreams.Sequential(streams.Key(StreamPurpose.Invention, 0));
        for (var k = 0; k < spec.Invention.InitialIdeas && world.Ideas.Count < spec.Invention.MaxIdeas; k++)
            IdeaFactory.Invent(world, Sampling.PickWeighted(cumulative, random.NextDouble()), 0, streams);
    }
}
