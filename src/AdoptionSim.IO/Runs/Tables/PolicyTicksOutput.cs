using AdoptionSim.IO.Tables;
using AdoptionSim.Model.State;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>
/// policy_ticks: what each policy lever spent and did in each of its target cities after each tick (<see cref="Lever"/>):
/// money in real £, reach and attributable adoptions in real firms (R = real firms per model firm, in run.json).
/// </summary>
public static class PolicyTicksOutput
{
    /// <summary>One row: a lever in one of its target cities at a tick.</summary>
    public readonly record struct Row(RunIdentity Run, CityTable Cities, int Tick, Lever Lever, int City, double RealFirmsPerModelFirm);

    public static readonly OutputTable<Row> Table = new("policy_ticks", "tick (≥ 1) × lever × target city",
        "The money (real £) and activity of each policy lever. Empty when the scenario has no levers.",
        new ColumnList<Row>()
            .RunIdentity(r => r.Run)
            .Int32("tick", "tick (from 1: levers act during a step)", r => r.Tick)
            .String("lever", "the lever's `label` (default `type#index`)", r => r.Lever.Label)
            .String("type", "the lever's `type`", r => r.Lever.TypeName)
            .String("city", "target city", r => r.Cities.Names[r.City])
            .Double("spend", "£ spent this tick in the city (spend_absorbed + spend_leaked)", r => r.Lever.Spend[r.City], Aggregation.Sum)
            .Double("spend_absorbed", "£ of it that turned into activity (the city's lever absorption × spend; all of it without a governance layer)", r => r.Lever.Absorbed[r.City], Aggregation.Sum)
            .Double("spend_leaked", "£ of it spent without effect", r => r.Lever.Leaked[r.City], Aggregation.Sum)
            .Double("scheduled", "£ the budget's schedule gave the city this tick (its share × the profile's amount for the tick)", r => r.Lever.Scheduled[r.City], Aggregation.Sum)
            .Double("returned", "£ of the city's unspent money returned at the start of this tick (under `unspent: return`, or once the window has closed)", r => r.Lever.Returned[r.City], Aggregation.Sum)
            .Double("budget_remaining", "£ of the city's share of the budget not yet spent or returned after the tick", r => r.Lever.CityRemaining(r.City), Aggregation.Sum)
            .Int32("introductions", "ties the lever made this tick (model firms; each stands for R real introductions)", r => r.Lever.Introductions[r.City], Aggregation.Sum)
            .Int32("outreach", "model firms reached by outreach this tick", r => r.Lever.Outreach[r.City], Aggregation.Sum)
            .Int32("firms_supported", "model firms the lever supported this tick (rate relief, lead markets, skills)", r => r.Lever.FirmsSupported[r.City], Aggregation.Sum)
            .Int32("relocations", "relocation grants paid this tick (model firms)", r => r.Lever.Relocations[r.City], Aggregation.Sum)
            .Double("real_firms_reached", "real firms the lever's activity touched this tick: R × (outreach + 2 × introductions + firms supported + relocations)", r => r.Lever.RealFirmsReached[r.City], Aggregation.Sum)
            .Double("adoptions_attributable", "real adoptions (R × model adoptions) drawn this tick on the part of the hazard the lever pays for (its outreach or lead market); introductions and rate relief act through ties and survival, which one run cannot attribute: compare with the baseline at the same seed", r => r.Lever.AdoptionsAttributable[r.City] * r.RealFirmsPerModelFirm, Aggregation.Sum));

    /// <summary>Appends one row per lever and target city, levers in scenario order, cities in index order.</summary>
    public static void Append(ParquetTableWriter<Row> writer, RunIdentity run, World world, int tick)
    {
        foreach (var lever in world.Levers)
        {
            for (var city = 0; city < lever.TargetCity.Length; city++)
            {
                if (lever.TargetCity[city]) writer.Append(new Row(run, world.Cities, tick, lever, city, world.RealFirmsPerModelFirm));
            }
        }
    }
}
