namespace AdoptionSim.Model.State;

/// <summary>Sums over each city's alive firms, in firm order: the one pass both the economy and the outputs use.</summary>
public sealed class CityTotals
{
    private CityTotals(int cities)
    {
        Firms = new int[cities];
        Adopters = new int[cities];
        IdeasAdopted = new long[cities];
        Productivity = new double[cities];
    }

    public int[] Firms { get; }

    /// <summary>Firms that have adopted at least one idea.</summary>
    public int[] Adopters { get; }

    /// <summary>Sum over firms of the ideas each has adopted.</summary>
    public long[] IdeasAdopted { get; }

    /// <summary>Sum of productivity.</summary>
    public double[] Productivity { get; }

    public static CityTotals Of(World world)
    {
        var totals = new CityTotals(world.Cities.Count);
        var firms = world.Firms;
        for (var f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            var c = firms.City[f];
            totals.Firms[c]++;
            totals.IdeasAdopted[c] += firms.AdoptedCount[f];
            totals.Productivity[c] += firms.Productivity[f];
            if (firms.AdoptedCount[f] > 0) totals.Adopters[c]++;
        }
        return totals;
    }

    /// <summary>Mean share of the available ideas a city's firms have adopted (0 with no firms or no ideas).</summary>
    public double AdoptionShare(int city, int ideas) =>
        ideas == 0 || Firms[city] == 0 ? 0.0 : IdeasAdopted[city] / ((double)ideas * Firms[city]);

    public double MeanProductivity(int city) => Firms[city] == 0 ? 0.0 : Productivity[city] / Firms[city];
}
