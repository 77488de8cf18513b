using AdoptionSim.IO.Tables;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.State;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>city_ticks: the model's measures of each city after each tick (<see cref="CityTickRow"/>).</summary>
public static class CityTicksOutput
{
    /// <summary>One row: the model's measures of a city, the run, and the city table for the city's name and class.</summary>
    public readonly record struct Row(RunIdentity Run, CityTable Cities, CityTickRow Measures);

    public static readonly OutputTable<Row> Table = new("city_ticks", "city × tick",
        "The state of each city at each tick; flows (adoptions, entries, …) count what happened during the tick.",
        new ColumnList<Row>()
            .RunIdentity(r => r.Run)
            .Int32("tick", "tick: 0 is the state before the first step, t the state after t steps (time t × `tick.years`)", r => r.Measures.Tick)
            .String("city", "city name", r => r.Cities.Names[r.Measures.City])
            .String("class", "Streets Ahead class of the city", r => r.Cities.Classes[r.Measures.City])
            .Int32("firms", "alive firms", r => r.Measures.Firms, Aggregation.Sum)
            .Int32("ideas_available", "ideas in existence, which any firm may adopt", r => r.Measures.IdeasAvailable, Aggregation.Max)
            .Double("adoption_share", "mean over the city's firms of the share of available ideas adopted (in the Bass case the adopter fraction)", r => r.Measures.AdoptionShare, Aggregation.WeightedMean)
            .Int32("adopters", "firms that have adopted at least one idea", r => r.Measures.Adopters, Aggregation.Sum)
            .Int32("adoptions", "adoptions this tick, all channels", r => r.Measures.Adoptions, Aggregation.Sum)
            .Int32("adoptions_external", "adoptions this tick from outside the firm's contacts (the p term: innovation, outreach, funded programmes)", r => r.Measures.AdoptionsExternal, Aggregation.Sum)
            .Int32("adoptions_peer", "adoptions this tick from contacts that had adopted (the q term)", r => r.Measures.AdoptionsPeer, Aggregation.Sum)
            .Int32("adoptions_brokered", "adoptions this tick over a tie a broker or lever made", r => r.Measures.AdoptionsBrokered, Aggregation.Sum)
            .Int32("adoptions_procurement", "adoptions this tick through public procurement as a lead market", r => r.Measures.AdoptionsProcurement, Aggregation.Sum)
            .Int32("introductions", "ties made this tick by brokers and levers", r => r.Measures.Introductions, Aggregation.Sum)
            .Int32("inventions", "ideas invented this tick by the city's firms", r => r.Measures.Inventions, Aggregation.Sum)
            .Double("mean_productivity", "productivity per worker of the city's alive firms: Σ workers·productivity / Σ workers (0 without firms)", r => r.Measures.MeanProductivity, Aggregation.WeightedMean, weight: "workers")
            .Int32("entries", "firms that entered this tick", r => r.Measures.Entries, Aggregation.Sum)
            .Int32("exits", "firms that exited this tick", r => r.Measures.Exits, Aggregation.Sum)
            .Int32("relocations_in", "firms that moved into the city this tick", r => r.Measures.RelocationsIn, Aggregation.Sum)
            .Int32("relocations_out", "firms that moved out of the city this tick", r => r.Measures.RelocationsOut, Aggregation.Sum)
            .Double("rent_index", "the city's rent index (starts at its rent; moves with the rents feedback)", r => r.Measures.RentIndex, Aggregation.WeightedMean)
            .Double("workers", "workers of the city's alive firms (by size class, `economy.workers`)", r => r.Measures.Workers, Aggregation.Sum)
            .Int32("ideas_inherited", "ideas entrants brought this tick from the local firm they spun off from", r => r.Measures.IdeasInherited, Aggregation.Sum)
            .Double("population", "population (moves with skilled migration)", r => r.Measures.Population, Aggregation.Sum)
            .Double("skills", "skills index: skilled workers / population", r => r.Measures.Skills, Aggregation.WeightedMean, weight: "population")
            .Double("skilled_migration", "net skilled workers arriving this tick (negative: leaving)", r => r.Measures.SkilledMigration, Aggregation.Sum)
            .Double("attractiveness_gain", "log attractiveness for firms gained since tick 0, as perceived (moving average): drives entry and relocation", r => r.Measures.AttractivenessGain, Aggregation.WeightedMean));

    /// <summary>Appends one row per city.</summary>
    public static void Append(ParquetTableWriter<Row> writer, RunIdentity run, CityTable cities, ReadOnlySpan<CityTickRow> rows)
    {
        foreach (var row in rows) writer.Append(new Row(run, cities, row));
    }
}
