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
        // Arrays in locals: the stores below would otherwise make the JIT reload each field every firm.
        var alive = firms.Alive;
        var city = firms.City;
        var size = firms.Size;
        var adoptedCount = firms.AdoptedCount;
        var productivity = firms.Productivity;
        var spillover = world.CityState.Spillover;
        var count = totals.Firms;
        var ideasAdopted = totals.IdeasAdopted;
        var adopters = totals.Adopters;
        var workersSum = totals.Workers;
        var output = totals.Output;
        for (var f = 0; f < firms.Count; f++)
        {
            if (!alive[f]) continue;
            var c = city[f];
            var w = bySize[(int)size[f]];
            var adopted = adoptedCount[f];
            count[c]++;
            ideasAdopted[c] += adopted;
            workersSum[c] += w;
            output[c] += w * productivity[f] * spillover[c];
            if (adopted > 0) adopters[c]++;
        }
        return totals;
    }

    /// <summary>Mean share of the available ideas a city's firms have adopted (0 with no firms or no ideas).</summary>
    public double AdoptionShare(int city, int ideas) =>
        ideas == 0 || Firms[city] == 0 ? 0.0 : IdeasAdopted[city] / ((double)ideas * Firms[city]);

    /// <summary>Productivity per worker (employment-weighted mean), 0 with no firms.</summary>
    public double ProductivityPerWorker(int city) => Workers[city] == 0 ? 0.0 : Output[city] / Workers[city];
}
