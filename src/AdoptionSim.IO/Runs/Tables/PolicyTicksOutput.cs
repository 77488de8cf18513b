using AdoptionSim.Parquet;
using AdoptionSim.IO.Tables;
using AdoptionSim.Model.State;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>policy_ticks: what each policy lever spent and did in each of its target cities after each tick (<see cref="Lever"/>).</summary>
public static class PolicyTicksOutput
{
    /// <summary>One row: a lever in one of its target cities at a tick.</summary>
    public readonly record struct Row(RunIdentity Run, CityTable Cities, int Tick, Lever Lever, int City);

    public static readonly OutputTable<Row> Table = new("policy_ticks", "tick (≥ 1) × lever × target city",
        "The money and activity of each policy lever. Empty when the scenario has no levers.",
        new ColumnList<Row>()
            .RunIdentity(r => r.Run)
            .Int32("tick", "tick (from 1: levers act during a step)", r => r.Tick)
            .String("lever", "the lever's `label` (default `type#index`)", r => r.Lever.Label)
            .String("type", "the lever's `type`", r => r.Lever.TypeName)
            .String("city", "target city", r => r.Cities.Names[r.City])
            .Double("spend", "£ spent this tick in the city", r => r.Lever.Spend[r.City], Aggregation.Sum)
            .Double("budget_remaining", "£ the city can still draw on after the tick: its own share for an allocation, else the lever's common budget (the same in every row)", r => r.Lever.Available(r.City))
            .Int32("introductions", "ties the lever made this tick", r => r.Lever.Introductions[r.City], Aggregation.Sum)
            .Int32("outreach", "firms reached by outreach this tick", r => r.Lever.Outreach[r.City], Aggregation.Sum)
            .Int32("firms_supported", "firms the lever supported this tick (rate relief, lead markets, skills, funded programmes)", r => r.Lever.FirmsSupported[r.City], Aggregation.Sum)
            .Int32("relocations", "relocation grants paid this tick", r => r.Lever.Relocations[r.City], Aggregation.Sum));

    /// <summary>Appends one row per lever and target city, levers in scenario order, cities in index order.</summary>
    public static void Append(ParquetTableWriter<Row> writer, RunIdentity run, World world, int tick)
    {
        foreach (var lever in world.Levers)
        {
            for (var city = 0; city < lever.TargetCity.Length; city++)
            {
                if (lever.TargetCity[city]) writer.Append(new Row(run, world.Cities, tick, lever, city));
            }
        }
    }
}
