using AdoptionSim.IO.Tables;
using AdoptionSim.Model.Measures;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>gap_ticks: the gap between cities in each city variable after each tick (<see cref="GapTickRow"/>).</summary>
public static class GapTicksOutput
{
    public readonly record struct Row(RunIdentity Run, GapTickRow Gap);

    public static readonly OutputTable<Row> Table = new("gap_ticks", "tick × variable",
        "How unequal the cities are in `adoption_share` and `mean_productivity`. Weighting and zero handling: [measures.md](measures.md).",
        new ColumnList<Row>()
            .RunIdentity(r => r.Run)
            .Int32("tick", "tick", r => r.Gap.Tick)
            .String("variable", "the city variable measured: `adoption_share` or `mean_productivity`", r => r.Gap.Variable)
            .Double("cv", "coefficient of variation, population-weighted", r => r.Gap.Gap.Cv)
            .Double("sd_log", "standard deviation of the logs (σ), unweighted, over cities with a positive value", r => r.Gap.Gap.SdLog)
            .Double("theil", "Theil T index, population-weighted", r => r.Gap.Gap.Theil)
            .Double("theil_between", "the part of `theil` between Streets Ahead classes", r => r.Gap.Gap.TheilBetween)
            .Double("theil_within", "the part of `theil` within Streets Ahead classes", r => r.Gap.Gap.TheilWithin)
            .Double("gini", "Gini coefficient, population-weighted", r => r.Gap.Gap.Gini)
            .Double("top_bottom_quintile_ratio", "mean of the top fifth of the population ÷ mean of the bottom fifth", r => r.Gap.Gap.TopBottomQuintileRatio)
            .Int32("cities", "cities used (finite value, positive weight)", r => r.Gap.Gap.Count)
            .Int32("cities_non_positive", "cities left out of `sd_log` for a value ≤ 0", r => r.Gap.Gap.NonPositiveCount));

    public static void Append(ParquetTableWriter<Row> writer, RunIdentity run, IEnumerable<GapTickRow> rows)
    {
        foreach (var row in rows) writer.Append(new Row(run, row));
    }
}
