using AdoptionSim.IO.Tables;
using AdoptionSim.Model.State;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>ideas: every idea of the run, written at the end (<see cref="IdeaTable"/>).</summary>
public static class IdeasOutput
{
    public readonly record struct Row(World World, int Idea)
    {
        public IdeaTable Ideas => World.Ideas;
    }

    public static readonly OutputTable<Row> Table = new("ideas", "idea",
        "Every idea, the initial ones and those invented during the run, as at the end of the run.",
        new ColumnList<Row>()
            .Int32("idea", "the idea's index", r => r.Idea)
            .Int32("origin_firm", "the firm slot that invented it", r => r.Ideas.OriginFirm[r.Idea])
            .String("origin_city", "the city where it was invented", r => r.World.Cities.Names[r.Ideas.OriginCity[r.Idea]])
            .String("origin_sector", "the sector of its inventor", r => r.World.Sectors.Names[r.Ideas.OriginSector[r.Idea]])
            .Int32("tick", "tick of invention (0: an initial idea)", r => r.Ideas.Tick[r.Idea])
            .Double("complexity", "complexity in [0, 1] (harder ideas are adopted less)", r => r.Ideas.Complexity[r.Idea])
            .Double("value", "productivity uplift on adoption", r => r.Ideas.Value[r.Idea])
            .Int32("adopters", "alive firms that have adopted it at the end", r => r.World.Adoption.AdopterCount[r.Idea]));

    public static void Append(ParquetTableWriter<Row> writer, World world)
    {
        for (var idea = 0; idea < world.Ideas.Count; idea++) writer.Append(new Row(world, idea));
    }
}
