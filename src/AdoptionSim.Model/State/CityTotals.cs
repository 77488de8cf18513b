namespace AdoptionSim.Model.State;

/// <summary>Sums over each city's alive firms, in firm order: the one pass both the economy and the outputs use (<see cref="World.CurrentTotals"/>).</summary>
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

    /// <summary>
    /// Sums over each city's alive firms, city by city through <see cref="World.FirmsByCity"/> (in index order): each
    /// city's sums take its firms in the same order as a pass over all firms would, so they are the same bits,
    /// without visiting the slots of firms that exited. A city whose firms are consecutive slots is read straight
    /// from the firm arrays (the benchmark's one city always; every city of a run until firms exit, enter or move).
    /// </summary>
    public static CityTotals Of(World world)
    {
        var totals = new CityTotals(world.Cities.Count);
        var firms = world.Firms;
        var workers = world.Spec.Economy.Workers;
        Span<double> bySize = stackalloc double[SizeClasses.Count];
        workers.CopyTo(bySize);
        // Arrays in locals: the stores below would otherwise make the JIT reload each field every firm.
        var alive = firms.Alive;
        var size = firms.Size;
        var adoptedCount = firms.AdoptedCount;
        var productivity = firms.Productivity;
        var spillover = world.CityState.Spillover;
        var index = world.FirmsByCity;
        for (var c = 0; c < index.Length; c++)
        {
            var count = 0;
            var adopters = 0;
            long ideasAdopted = 0;
            double workersSum = 0, output = 0;
            var cityFactor = spillover[c];
            var listed = index[c];
            if (listed.Length > 0 && listed[^1] - listed[0] == listed.Length - 1)
            {
                // The index lists a city's firms in increasing order, each once: here they are consecutive slots (as
                // built, until firms of the city exit or move or others arrive), read straight from the arrays without
                // the index (a quarter of the bytes of the pass). The same firms in the same order. The body is the
                // other loop's, written twice on purpose: one body in an accumulator struct cost a quarter more (its
                // five sums were not kept in registers; profile-phases.sh, economy 0.08 → 0.10–0.11 CPU s).
                var first = listed[0];
                var aliveOf = alive.AsSpan(first, listed.Length);
                var sizeOf = size.AsSpan(first, listed.Length);
                var adoptedOf = adoptedCount.AsSpan(first, listed.Length);
                var productivityOf = productivity.AsSpan(first, listed.Length);
                for (var i = 0; i < aliveOf.Length; i++)
                {
                    if (!aliveOf[i]) continue;
                    var w = bySize[(int)sizeOf[i]];
                    var adopted = adoptedOf[i];
                    count++;
                    ideasAdopted += adopted;
                    workersSum += w;
                    output += w * productivityOf[i] * cityFactor;
                    adopters += adopted > 0 ? 1 : 0;
                }
            }
            else
            {
                foreach (var f in listed)
                {
                    if (!alive[f]) continue;
                    var w = bySize[(int)size[f]];
                    var adopted = adoptedCount[f];
                    count++;
                    ideasAdopted += adopted;
                    workersSum += w;
                    output += w * productivity[f] * cityFactor;
                    adopters += adopted > 0 ? 1 : 0; // no branch: adopters and non-adopters are mixed at random
                }
            }
            totals.Firms[c] = count;
            totals.Adopters[c] = adopters;
            totals.IdeasAdopted[c] = ideasAdopted;
            totals.Workers[c] = workersSum;
            totals.Output[c] = output;
        }
        return totals;
    }

    /// <summary>Mean share of the available ideas a city's firms have adopted (0 with no firms or no ideas).</summary>
    public double AdoptionShare(int city, int ideas) =>
        ideas == 0 || Firms[city] == 0 ? 0.0 : IdeasAdopted[city] / ((double)ideas * Firms[city]);

    /// <summary>Productivity per worker (employment-weighted mean), 0 with no firms.</summary>
    public double ProductivityPerWorker(int city) => Workers[city] == 0 ? 0.0 : Output[city] / Workers[city];
}
