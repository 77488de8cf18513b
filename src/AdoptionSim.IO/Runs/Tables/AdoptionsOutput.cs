using AdoptionSim.IO.Tables;
using AdoptionSim.Model.State;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>adoptions: every adoption event of the run, tick by tick (<see cref="AdoptionEvent"/>).</summary>
public static class AdoptionsOutput
{
    public readonly record struct Row(World World, int Tick, AdoptionEvent Event);

    public static readonly OutputTable<Row> Table = new("adoptions", "adoption event",
        "Every adoption, with its channel. Written unless `--no-events` or `outputs.events: false` (a sweep: only with `write_events`).",
        new ColumnList<Row>()
            .Int32("tick", "tick of the adoption", r => r.Tick)
            .Int32("firm", "the adopting firm's slot", r => r.Event.Firm)
            .String("city", "the firm's city", r => r.World.Cities.Names[r.World.Firms.City[r.Event.Firm]])
            .String("sector", "the firm's sector", r => r.World.Sectors.Names[r.World.Firms.Sector[r.Event.Firm]])
            .Int32("idea", "the idea adopted", r => r.Event.Idea)
            .String("channel", "how: `external`, `peer`, `brokered` or `procurement`", r => Channels.Names[(int)r.Event.Channel]));

    /// <summary>Appends this tick's adoption events in the order they were applied (in blocks: written column by column).</summary>
    public static void Append(ParquetTableWriter<Row> writer, World world, int tick) =>
        RowBlocks.Append(writer, world.Counters.Events.Count, (World: world, Tick: tick), static (s, i) => new Row(s.World, s.Tick, s.World.Counters.Events[i]));
}
