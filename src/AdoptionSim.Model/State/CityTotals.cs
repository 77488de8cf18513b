namespace AdoptionSim.Model.State;

/// <summary>Sums over each city's alive firms, in firm order: the one pass both the economy and the outputs use.</summary>
public sealed class CityTotals
{
    private CityTotals(int cities)
    {
        Firms = new int[cities];
        Adopters = new int[cities];
        IdeasAdopted = new long[cities];
        Workers = new double[cities];
        Output = new double[cities];
    }

    public int[] Firms { get; }

    /// <summary>Firms that have adopted at least one idea.</summary>
    public int[] Adopters { get; }

    /// <summary>Sum over firms of the ideas each has adopted.</summary>
    public long[] IdeasAdopted { get; }

    /// <summary>Sum of workers.</summary>
    public double[] Workers { get; }

    /// <summary>Sum of workers × productivity × the city's human-capital spillover (output per year).</summary>
    public double[] Output { get; }

    public static CityTotals Of(World world)
    {
        var totals = new CityTotals(world.Cities.Count);
        var firms = world.Firms;
        var workers = world.Spec.Economy.Workers;
        Span<double> bySize = [workers.Micro, workers.Small, workers.Medium, workers.Large, workers.Anchor];
        for (var f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            var c = firms.City[f];
            var w = bySize[(int)firms.Size[f]];
            totals.Firms[c]++;
            totals.IdeasAdopted[c] += firms.AdoptedCount[f];
            totals.Workers[c] += w;
            totals.Output[c] += w * firms.Productivity[f] * world.CityState.Spillover[c];
            if (firms.AdoptedCount[f] > 0) totals.Adopters[c]++;
        }
        return totals;
    }

    /// <summary>Mean share of the available ideas a city's firms have adopted (0 with no firms or no ideas).</summary>
    public double AdoptionShare(int city, int ideas) =>
        ideas == 0 || Firms[city] == 0 ? 0.0 : IdeasAdopted[city] / ((double)ideas * Firms[city]);

    /// <summary>Productivity per worker (employment-weighted mean), 0 with no firms.</summary>
    public double ProductivityPerWorker(int city) => Workers[city] == 0 ? 0.0 : Output[city] / Workers[city];
}
