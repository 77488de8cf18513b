using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Measures;

/// <summary>Per-city measures of the current state, from the firm arrays and this tick's counters.</summary>
public static class CityTickMeasures
{
    /// <summary>
    /// Fills one row per city. Adoption share is the mean over the city's alive firms of the share of
    /// available ideas each has adopted (in the one-idea Bass case, the adopter fraction); adopters are
    /// firms that have adopted at least one idea.
    /// </summary>
    public static void Compute(World world, Span<CityTickRow> rows)
    {
        var cities = world.Cities.Count;
        if (rows.Length != cities) throw new ArgumentException($"expected {cities} rows, got {rows.Length}", nameof(rows));
        var totals = world.CurrentTotals();
        var ideas = world.Ideas.Count;
        var counters = world.Counters;
        for (var c = 0; c < cities; c++)
        {
            var byChannel = counters.Adoptions.AsSpan(c * Channels.Count, Channels.Count);
            rows[c] = new CityTickRow(
                world.Tick, c, totals.Firms[c], ideas, totals.AdoptionShare(c, ideas), totals.Adopters[c],
                byChannel[0] + byChannel[1] + byChannel[2] + byChannel[3], byChannel[(int)Channel.External], byChannel[(int)Channel.Peer],
                byChannel[(int)Channel.Brokered], byChannel[(int)Channel.Procurement],
                counters.Introductions[c], counters.Inventions[c],
                totals.ProductivityPerWorker(c),
                counters.Entries[c], counters.Exits[c], counters.RelocationsIn[c], counters.RelocationsOut[c], world.CityState.Rent[c],
                totals.Workers[c], counters.Inherited[c], world.CityState.Population[c], world.CityState.Skills[c], counters.SkilledMigration[c], world.CityState.AttractivenessGain(c));
        }
    }
}
