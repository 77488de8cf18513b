using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Tables;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>region_ticks: the governance layer's state of each region after each tick (<see cref="GovernanceState"/>).</summary>
public static class RegionTicksOutput
{
    /// <summary>One row: a region at a tick, with the money levers spent in its cities this tick.</summary>
    public readonly record struct Row(RunIdentity Run, World World, int Tick, int Region, double Spend, double Absorbed, int Firms)
    {
        public GovernanceState State => World.Governance;

        public MomentOutcome Outcome => State.Outcome[Region];

        /// <summary>The factors of the region's cities (all the same: they are set per region).</summary>
        public int FirstCity => Array.IndexOf(State.RegionOf, Region);
    }

    public static readonly OutputTable<Row> Table = new("region_ticks", "tick × functional region",
        "The regional innovation journey of each functional region: stage, leadership style, critical moments and what the stage and style do to brokers and lever money (docs/model.md §7.7). Empty when `governance.enabled` is false.",
        new ColumnList<Row>()
            .RunIdentity(r => r.Run)
            .Int32("tick", "tick", r => r.Tick)
            .String("region", "functional region", r => r.State.Names[r.Region])
            .Int32("cities", "cities in the region", r => r.State.Cities[r.Region])
            .Int32("firms", "alive firms in the region's cities", r => r.Firms, Aggregation.Sum)
            .Double("adoption_share", "firm-weighted adoption share of the region's cities", r => r.State.AdoptionShare(r.World.CityState, r.Region), Aggregation.WeightedMean, "firms")
            .String("stage", "journey stage after the tick: A (cadre of enthusiasts), B (agreed vision), C (piloting), D (mainstreaming), E (renewal)", r => EnumSchema<JourneyStage>.Instance.NameOf(r.State.Stage[r.Region]))
            .Int32("stage_index", "the stage as a number, A = 1 … E = 5 (its mean over regions or replications is a mean stage)", r => (int)r.State.Stage[r.Region] + 1, Aggregation.WeightedMean)
            .String("style", "leadership style: orchestral, barber_shop_quartet, enthusiastic_improvisation or jamming_super_group", r => EnumSchema<LeadershipStyle>.Instance.NameOf(r.State.Style[r.Region]))
            .Double("diversity", "innovation diversity at the last assessment (tick 0 or the last critical moment), in [0, 1]", r => r.State.Diversity[r.Region])
            .Double("dispersal", "dispersal of decision-making, in [0, 1]", r => r.State.Dispersal[r.Region])
            .Int32("actors", "brokers and anchor firms of the region at the last assessment", r => r.State.Actors[r.Region])
            .Int32("critical_moment", "1 if the region faced a critical moment this tick", r => r.Outcome == MomentOutcome.None ? 0 : 1, Aggregation.Sum)
            .String("outcome", "outcome of this tick's critical moment: stay, fall_back, skip, forward (empty without one)", r => r.Outcome == MomentOutcome.None ? "" : EnumSchema<MomentOutcome>.Instance.NameOf(r.Outcome))
            .Int32("moment_stay", "1 if the critical moment left the stage as it was", r => r.Outcome == MomentOutcome.Stay ? 1 : 0, Aggregation.Sum)
            .Int32("moment_fall_back", "1 if the critical moment set the region back a stage", r => r.Outcome == MomentOutcome.FallBack ? 1 : 0, Aggregation.Sum)
            .Int32("moment_skip", "1 if the region leapt two stages", r => r.Outcome == MomentOutcome.Skip ? 1 : 0, Aggregation.Sum)
            .Int32("moment_forward", "1 if the region moved simply forward to the next stage", r => r.Outcome == MomentOutcome.Forward ? 1 : 0, Aggregation.Sum)
            .Int32("transitions", "1 if the stage changed this tick", r => r.State.Changed[r.Region] ? 1 : 0, Aggregation.Sum)
            .Double("success", "early-success signal z at the critical moment: ln of the region's adoption gain since its last moment over the nation's (with governance.success_floor), clamped to ±2; NaN without a moment", r => r.State.Success[r.Region])
            .Double("suitability", "suitability of the style to the stage the critical moment led into (−1 … 1); NaN without a moment", r => r.State.Suitability[r.Region])
            .Double("broker_capacity_factor", "factor on the capacity and outreach of the brokers of the region's cities this tick", r => r.World.CityState.BrokerCapacityFactor[r.FirstCity])
            .Double("lever_absorption", "share of lever money spent in the region's cities that becomes activity this tick", r => r.World.CityState.LeverAbsorption[r.FirstCity])
            .Double("spend", "£ the levers spent in the region's cities this tick (the sum of policy_ticks `spend` over them)", r => r.Spend, Aggregation.Sum)
            .Double("spend_absorbed", "the part of `spend` that became activity: spend × lever_absorption of each city", r => r.Absorbed, Aggregation.Sum)
            .Double("spend_leaked", "the part of `spend` that leaked (spend − spend_absorbed)", r => r.Spend - r.Absorbed, Aggregation.Sum));

    /// <summary>Appends one row per region, in region order; nothing when the governance layer is off.</summary>
    public static void Append(ParquetTableWriter<Row> writer, RunIdentity run, World world, int tick)
    {
        var state = world.Governance;
        if (!state.Enabled) return;
        var spend = new double[state.Count];
        var absorbed = new double[state.Count];
        var firms = new int[state.Count];
        for (var c = 0; c < world.Cities.Count; c++) firms[state.RegionOf[c]] += world.CityState.Firms[c];
        if (tick > 0)
        {
            foreach (var lever in world.Levers)
            {
                for (var c = 0; c < lever.TargetCity.Length; c++)
                {
                    if (!lever.TargetCity[c]) continue;
                    spend[state.RegionOf[c]] += lever.Spend[c];
                    absorbed[state.RegionOf[c]] += lever.Spend[c] * world.CityState.LeverAbsorption[c];
                }
            }
        }

        for (var r = 0; r < state.Count; r++) writer.Append(new Row(run, world, tick, r, spend[r], absorbed[r], firms[r]));
    }
}
