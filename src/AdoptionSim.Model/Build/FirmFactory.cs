using AdoptionSim.Core.Random;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.World;
using MathNet.Numerics.Distributions;

namespace AdoptionSim.Model.Build;

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
        {
            var expected = spec.Count > 0
                ? spec.Count * (totalPopulation > 0 ? cities.Population[c] / totalPopulation : 1.0 / cities.Count)
                : cities.Population[c] / 1000.0 * spec.PerThousand * spec.Scale;
            counts[c] = Math.Max(spec.Count > 0 ? 1 : spec.MinPerCity, (int)Math.Round(expected, MidpointRounding.ToEven));
        }
        return counts;
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
            var sectorCumulative = Cumulative(cities.SectorMix[c]);
            for (var k = 0; k < counts[c]; k++)
            {
                var size = (SizeClass)Pick(sizeCumulative, random.NextDouble());
                AddFirm(firms, spec, cities, c, Pick(sectorCumulative, random.NextDouble()), size, random);
            }
            // Anchors are the cluster's big firms: in the city's largest high-tech sector share if it has one.
            var anchorSector = AnchorSector(cities.SectorMix[c], sectors);
            for (var k = 0; k < cities.AnchorFirms[c]; k++) AddFirm(firms, spec, cities, c, anchorSector, SizeClass.Anchor, random);
        }
        starts[cities.Count] = firms.Count;
        return starts;
    }

    private static void AddFirm(FirmTable firms, ScenarioSpec spec, CityTable cities, int city, int sector, SizeClass size, System.Random random)
    {
        var absorptive = (float)DrawAbsorptive(spec.Firms, cities.Skills[city], size, random);
        var meanLog = spec.Economy.SkillsProductivityEffect * (cities.Skills[city] - 0.5);
        firms.Add(city, sector, size, absorptive, DrawProductivity(spec.Economy, meanLog, random));
    }

    /// <summary>Log-normal productivity whose mean (not median) is e^meanLog: log ~ N(meanLog − σ²/2, σ).</summary>
    public static double DrawProductivity(EconomySpec spec, double meanLog, System.Random random)
    {
        var sd = spec.ProductivitySd;
        return sd <= 0 ? Math.Exp(meanLog) : Math.Exp(Normal.Sample(random, meanLog - sd * sd / 2, sd));
    }

    /// <summary>Absorptive capacity: Beta with the size class's mean shifted by the city's skills, or the fixed value.</summary>
    public static double DrawAbsorptive(FirmsSpec spec, double skills, SizeClass size, System.Random random)
    {
        if (spec.AbsorptiveFixed is { } fixedValue) return fixedValue;
        var mean = Math.Clamp(spec.AbsorptiveMean.Of(size) + spec.SkillsEffect * (skills - 0.5), 0.02, 0.98);
        return Beta.Sample(random, mean * spec.AbsorptiveConcentration, (1 - mean) * spec.AbsorptiveConcentration);
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
        Cumulative([shares.Micro, shares.Small, shares.Medium, shares.Large]);

    public static double[] Cumulative(IReadOnlyList<double> weights)
    {
        var cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++) cumulative[i] = sum += weights[i];
        if (sum <= 0) throw new ArgumentException("weights must have a positive sum");
        for (var i = 0; i < cumulative.Length; i++) cumulative[i] /= sum;
        return cumulative;
    }

    /// <summary>Index i with cumulative[i-1] ≤ u &lt; cumulative[i] (u in [0,1)).</summary>
    public static int Pick(double[] cumulative, double u)
    {
        for (var i = 0; i < cumulative.Length - 1; i++) if (u < cumulative[i]) return i;
        return cumulative.Length - 1;
    }
}
