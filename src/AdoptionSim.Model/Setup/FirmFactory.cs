using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Setup;

/// <summary>
/// Creates the firms city by city (so a city's firms are contiguous at set-up), each city from its own
/// random stream: adding a city at the end never changes the firms of the others.
/// </summary>
public static class FirmFactory
{
    /// <summary>Firms per city before anchors: exact <c>firms.count</c> shared by population, or the per-1,000 rule.</summary>
    public static int[] FirmCounts(FirmsSpec spec, CityTable cities)
    {
        var counts = new int[cities.Count];
        var totalPopulation = cities.Population.Sum();
        for (var c = 0; c < cities.Count; c++)
            counts[c] = (int)FirmCount(spec, cities.Population[c], totalPopulation, cities.Count);
        return counts;
    }

    /// <summary>
    /// One city's firms before anchors, as a double so that callers can check the size of a scenario before
    /// building it (MemoryEstimate): an int cast of an absurd population would saturate silently.
    /// </summary>
    public static double FirmCount(FirmsSpec spec, double population, double totalPopulation, int cities)
    {
        var expected = spec.Count > 0
            ? spec.Count * (totalPopulation > 0 ? population / totalPopulation : 1.0 / cities)
            : population / 1000.0 * spec.PerThousand * spec.Scale;
        return Math.Max(spec.Count > 0 ? 1 : spec.MinPerCity, Math.Round(expected, MidpointRounding.ToEven));
    }

    /// <summary>Adds every city's firms; returns the first firm index of each city (and the total at the end).</summary>
    public static int[] Populate(FirmTable firms, ScenarioSpec spec, CityTable cities, SectorTable sectors, RandomStreams streams)
    {
        var counts = FirmCounts(spec.Firms, cities);
        firms.Grow(counts.Sum() + cities.AnchorFirms.Sum());
        var starts = new int[cities.Count + 1];
        var sizeCumulative = SizeCumulative(spec.Firms.SizeShares);
        for (var c = 0; c < cities.Count; c++)
        {
            starts[c] = firms.Count;
            var random = RandomStreams.AsSystemRandom(streams.Key(StreamPurpose.FirmCreation, c));
            var sectorCumulative = Sampling.Cumulative(cities.SectorMix[c]);
            var survivors = new StationaryDraw(spec.Economy, cities, c);
            // Firm k's identity key is Key(FirmIdentity, c, k): the city's part worked out once per city.
            var identityKey = streams.Key(StreamPurpose.FirmIdentity, c);
            for (var k = 0; k < counts[c]; k++)
            {
                var sector = Sampling.Pick(sectorCumulative, random.NextDouble());
                var size = (SizeClass)Sampling.Pick(sizeCumulative, random.NextDouble());
                AddFirm(firms, spec, cities, identityKey, c, starts[c], sector, size, survivors, random);
            }
            // Anchors are the cluster's big firms: in the city's largest high-tech sector share if it has one.
            var anchorSector = AnchorSector(cities.SectorMix[c], sectors);
            for (var k = 0; k < cities.AnchorFirms[c]; k++) AddFirm(firms, spec, cities, identityKey, c, starts[c], anchorSector, SizeClass.Anchor, survivors, random);
        }
        starts[cities.Count] = firms.Count;
        return starts;
    }

    private static void AddFirm(FirmTable firms, ScenarioSpec spec, CityTable cities, ulong identityKey, int city, int cityStart, int sector, SizeClass size,
        StationaryDraw survivors, System.Random random)
    {
        var absorptive = (float)FirmDraws.Absorptive(spec.Firms, cities.Skills[city], size, random);
        var productivity = survivors.Productivity(size, random);
        var key = RandomStreams.Derive(identityKey, (ulong)(long)(firms.Count - cityStart));
        firms.Add(key, city, sector, size, absorptive, productivity);
    }

    private static int AnchorSector(double[] mix, SectorTable sectors)
    {
        var htm = sectors.IndexOf("htm");
        if (htm >= 0 && mix[htm] > 0) return htm;
        var best = 0;
        for (var s = 1; s < mix.Length; s++) if (mix[s] > mix[best]) best = s;
        return best;
    }

    private static double[] SizeCumulative(SizeShares shares) =>
        Sampling.Cumulative([shares.Micro, shares.Small, shares.Medium, shares.Large]);
}
