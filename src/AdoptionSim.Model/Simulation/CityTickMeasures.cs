using AdoptionSim.Model.World;

namespace AdoptionSim.Model.Simulation;

/// <summary>Per-city measures of the current state, from the firm arrays and this tick's counters.</summary>
public static class CityTickMeasures
{
    /// <summary>
    /// Fills one row per city. Adoption share is the mean over the city's alive firms of the share of
    /// available ideas each has adopted (in the one-idea Bass case, the adopter fraction); adopters are
    /// firms that have adopted at least one idea.
    /// </summary>
    public static void Compute(World.World world, Span<CityTickRow> rows)
    {
        var cities = world.Cities.Count;
        if (rows.Length != cities) throw new ArgumentException($"expected {cities} rows, got {rows.Length}", nameof(rows));
        var firmsPerCity = new int[cities];
        var adopters = new int[cities];
        var adoptedSum = new long[cities];
        var productivitySum = new double[cities];
        var firms = world.Firms;
        for (var f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            var c = firms.City[f];
            firmsPerCity[c]++;
            adoptedSum[c] += firms.AdoptedCount[f];
            productivitySum[c] += firms.Productivity[f];
            if (firms.AdoptedCount[f] > 0) adopters[c]++;
        }
        var ideas = world.Ideas.Count;
        var counters = world.Counters;
        for (var c = 0; c < cities; c++)
        {
            var byChannel = counters.Adoptions.AsSpan(c * Channels.Count, Channels.Count);
            var share = ideas == 0 || firmsPerCity[c] == 0 ? 0.0 : adoptedSum[c] / ((double)ideas * firmsPerCity[c]);
            rows[c] = new CityTickRow(
                world.Tick, c, firmsPerCity[c], ideas, share, adopters[c],
                byChannel[0] + byChannel[1] + byChannel[2] + byChannel[3], byChannel[(int)Channel.External], byChannel[(int)Channel.Peer],
                byChannel[(int)Channel.Brokered], byChannel[(int)Channel.Procurement],
                counters.Introductions[c], counters.Inventions[c],
                firmsPerCity[c] == 0 ? 0.0 : productivitySum[c] / firmsPerCity[c],
                counters.Entries[c], counters.Exits[c], counters.RelocationsIn[c], counters.RelocationsOut[c], world.RentIndex[c]);
        }
    }
}
