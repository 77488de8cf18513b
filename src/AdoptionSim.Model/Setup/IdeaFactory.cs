using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;
using MathNet.Numerics.Distributions;

namespace AdoptionSim.Model.Setup;

/// <summary>Creates ideas: invented ones with drawn attributes, and the ones a scenario writes down.</summary>
public static class IdeaFactory
{
    /// <summary>
    /// A newly invented idea: complexity ~ Beta with the scenario's mean, value ~ Gamma with its mean and shape,
    /// relevance 1 to the origin's sector and each other sector's cross relevance. Its attributes come
    /// from the idea's own stream, so they do not depend on when or where it was invented.
    /// </summary>
    public static int Invent(World world, int originFirm, int tick, RandomStreams streams)
    {
        var key = RandomStreams.Derive(streams.Key(StreamPurpose.IdeaAttributes, tick), world.Firms.Key[originFirm]);
        var random = RandomStreams.AsSystemRandom(key);
        var spec = world.Spec.Invention;
        var mean = Math.Clamp(spec.ComplexityMean, 1e-6, 1 - 1e-6);
        var concentration = spec.ComplexityConcentration;
        var complexity = spec.ComplexityMean <= 0 ? 0 : Beta.Sample(random, mean * concentration, (1 - mean) * concentration);
        // Gamma with the scenario's mean and shape (shape 1: exponential; larger: less spread).
        var value = spec.ValueMean <= 0 ? 0 : Gamma.Sample(random, spec.ValueShape, spec.ValueShape / spec.ValueMean);
        var sector = world.Firms.Sector[originFirm];
        return Add(world, key, originFirm, tick, complexity, value, DefaultRelevance(world.Sectors, sector), originAdopts: true);
    }

    /// <summary>An idea written in the scenario, born in a firm of the named city and sector drawn from its stream.</summary>
    public static int FromSpec(World world, IdeaSpec idea, int index, int tick, RandomStreams streams)
    {
        var city = string.IsNullOrEmpty(idea.City) ? 0 : world.Cities.IndexOf(idea.City);
        var sector = string.IsNullOrEmpty(idea.Sector) ? 0 : world.Sectors.IndexOf(idea.Sector);
        if (city < 0) throw new ArgumentException($"ideas[{index}]: no city '{idea.City}'");
        if (sector < 0) throw new ArgumentException($"ideas[{index}]: no sector '{idea.Sector}'");
        var candidates = new List<int>();
        for (var f = 0; f < world.Firms.Count; f++)
            if (world.Firms.Alive[f] && world.Firms.City[f] == city && world.Firms.Sector[f] == sector) candidates.Add(f);
        if (candidates.Count == 0)
            for (var f = 0; f < world.Firms.Count; f++)
                if (world.Firms.Alive[f] && world.Firms.City[f] == city) candidates.Add(f);
        if (candidates.Count == 0) throw new ArgumentException($"ideas[{index}]: city '{idea.City}' has no firms");
        var key = streams.Key(StreamPurpose.IdeaAttributes, -1 - index);
        var random = RandomStreams.Sequential(key);
        var origin = candidates[random.NextInt(candidates.Count)];
        var relevance = DefaultRelevance(world.Sectors, sector);
        if (idea.Relevance is not null)
            foreach (var (name, r) in idea.Relevance)
            {
                var s = world.Sectors.IndexOf(name);
                if (s < 0) throw new ArgumentException($"ideas[{index}].relevance: no sector '{name}'");
                relevance[s] = r;
            }
        return Add(world, key, origin, tick, idea.Complexity, idea.Value, relevance, idea.OriginAdopts);
    }

    private static double[] DefaultRelevance(SectorTable sectors, int originSector)
    {
        var relevance = new double[sectors.Count];
        for (var s = 0; s < sectors.Count; s++) relevance[s] = s == originSector ? 1.0 : sectors.CrossRelevance[s];
        return relevance;
    }

    private static int Add(World world, ulong key, int origin, int tick, double complexity, double value, double[] relevance, bool originAdopts)
    {
        var firms = world.Firms;
        var id = world.Ideas.Add(key, origin, firms.City[origin], firms.Sector[origin], tick, complexity, value, relevance);
        world.Adoption.AddIdea();
        if (originAdopts) world.Adopt(id, origin);
        return id;
    }
}
