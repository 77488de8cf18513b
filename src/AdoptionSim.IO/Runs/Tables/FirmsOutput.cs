using System.Runtime.CompilerServices;
using AdoptionSim.Core.Engine;
using AdoptionSim.IO.Tables;
using AdoptionSim.Model.State;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>firms: snapshots of every firm slot at the first and the last tick (<see cref="FirmTable"/>).</summary>
public static class FirmsOutput
{
    // Each getter runs for every firm slot, twice a run, from the first snapshot on: compiled optimised at once, since
    // the runtime's first (unoptimised, then instrumented) tiers would run a million calls each before tiering up.
    private const MethodImplOptions Hot = HotPath.Compile;

    public readonly record struct Row(World World, int Firm)
    {
        public FirmTable Firms => World.Firms;
    }

    public static readonly OutputTable<Row> Table = new("firms", "firm slot × snapshot (first and last tick)",
        "Every firm slot, alive or not, at tick 0 and at the last tick. Large: a sweep keeps it only with `keep_firms`.",
        new ColumnList<Row>()
            .Int32("tick", "tick of the snapshot", [MethodImpl(Hot)] static (r) => r.World.Tick)
            .Int32("firm", "the firm's slot: its index in the run's firm table", [MethodImpl(Hot)] static (r) => r.Firm)
            .String("city", "the firm's city at the snapshot", [MethodImpl(Hot)] static (r) => r.World.Cities.Names[r.Firms.City[r.Firm]])
            .String("sector", "sector", [MethodImpl(Hot)] static (r) => r.World.Sectors.Names[r.Firms.Sector[r.Firm]])
            .String("size", "size class: micro, small, medium, large or anchor", [MethodImpl(Hot)] static (r) => SizeClasses.Names[(int)r.Firms.Size[r.Firm]])
            .Double("absorptive", "absorptive capacity in [0, 1]", [MethodImpl(Hot)] static (r) => r.Firms.Absorptive[r.Firm])
            .Double("productivity", "output per worker: own productivity (raised by each idea adopted) × the city's human-capital spillover", [MethodImpl(Hot)] static (r) => AdoptionSim.Model.Rules.CityEconomy.EffectiveProductivity(r.World, r.Firm))
            .Double("margin", "margin per worker", [MethodImpl(Hot)] static (r) => r.World.MarginOf(r.Firm))
            .Int32("ideas_adopted", "ideas the firm has adopted", [MethodImpl(Hot)] static (r) => r.Firms.AdoptedCount[r.Firm])
            .Boolean("alive", "whether the firm is alive", [MethodImpl(Hot)] static (r) => r.Firms.Alive[r.Firm]));

    /// <summary>Appends every firm slot (alive or not) at the current tick (in blocks: written column by column).</summary>
    public static void Append(ParquetTableWriter<Row> writer, World world) =>
        RowBlocks.Append(writer, world.Firms.Count, world, [MethodImpl(Hot)] static (w, firm) => new Row(w, firm));
}
