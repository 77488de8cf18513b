using AdoptionSim.IO.Tables;
using AdoptionSim.Model.Statistics;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// One row of a summary table: the statistics across replicates of one measure at one arm, grid point,
/// tick and row of the summarized table.
/// </summary>
/// <param name="Group">The gap variable (gap tables) or the lever (policy tables); "" otherwise.</param>
/// <param name="City">The city (city and policy tables); "" otherwise.</param>
/// <param name="Attribute">The city's class (city tables) or the lever's type (policy tables); "" otherwise.</param>
/// <param name="Baseline">The baseline arm (differences tables); "" otherwise.</param>
public readonly record struct SummaryRow(string Arm, string Point, int Tick, double TimeYears, string Group, string City, string Attribute,
    string Measure, SampleSummary Stats, string Baseline);

/// <summary>
/// The tables <c>adoptionsim summarize</c> and <c>compare</c> write, declared once: long format, one row per
/// (arm, point, tick, row, measure). Each summary table has a differences table with the same columns plus
/// <c>baseline</c>, holding the statistics of the paired differences arm − baseline.
/// </summary>
public static class SummaryTables
{
    public static readonly OutputTable<SummaryRow> Gap = Summary("summary_gap", "arm × point × tick × variable × measure",
        "Every measure of gap_ticks, per city variable.",
        c => c.String("variable", "the city variable (`adoption_share`, `mean_productivity`)", r => r.Group));

    public static readonly OutputTable<SummaryRow> City = Summary("summary_city", "arm × point × tick × city × measure",
        "Every measure of city_ticks, per city.",
        c => c.String("city", "city name", r => r.City).String("class", "Streets Ahead class of the city", r => r.Attribute));

    public static readonly OutputTable<SummaryRow> National = Summary("summary_national", "arm × point × tick × measure",
        "Every measure of city_ticks for the whole country: per replicate and tick the cities combined as each column declares (its national total above).",
        c => c);

    public static readonly OutputTable<SummaryRow> Policy = Summary("summary_policy", "arm × point × tick × lever × target city × measure",
        "Every measure of policy_ticks, per lever and target city. A lever or target city missing from a replicate counts as zero: a lever that is not there spends nothing and does nothing.",
        c => c.String("lever", "the lever's label", r => r.Group).String("type", "the lever's type", r => r.Attribute).String("city", "target city", r => r.City));

    public static readonly OutputTable<SummaryRow> PolicyNational = Summary("summary_policy_national", "arm × point × tick × lever × measure",
        "The activity of each lever over all its target cities: per replicate and tick the policy_ticks columns whose national total is a sum, summed over cities (`budget_remaining` is left out: it is per city for an allocation and the common budget otherwise).",
        c => c.String("lever", "the lever's label", r => r.Group).String("type", "the lever's type", r => r.Attribute));

    public static readonly OutputTable<SummaryRow> Region = Summary("summary_region", "arm × point × tick × functional region × measure",
        "Every measure of region_ticks (the governance layer), per functional region. Arms without the layer have no rows.",
        c => c.String("region", "functional region", r => r.City));

    public static readonly OutputTable<SummaryRow> RegionNational = Summary("summary_region_national", "arm × point × tick × measure",
        "region_ticks over all regions: per replicate and tick each column combined as it declares (critical moments, outcomes, transitions and spend summed; stage_index the mean stage over regions).",
        c => c);

    public static readonly OutputTable<SummaryRow> GapDifferences = Differences(Gap);
    public static readonly OutputTable<SummaryRow> CityDifferences = Differences(City);
    public static readonly OutputTable<SummaryRow> NationalDifferences = Differences(National);
    public static readonly OutputTable<SummaryRow> PolicyDifferences = Differences(Policy);
    public static readonly OutputTable<SummaryRow> PolicyNationalDifferences = Differences(PolicyNational);
    public static readonly OutputTable<SummaryRow> RegionDifferences = Differences(Region);
    public static readonly OutputTable<SummaryRow> RegionNationalDifferences = Differences(RegionNational);

    /// <summary>Each summary table with its differences table, in the order they are written and documented.</summary>
    public static IReadOnlyList<(OutputTable<SummaryRow> Summary, OutputTable<SummaryRow> Differences)> Pairs =>
    [
        (Gap, GapDifferences), (City, CityDifferences), (National, NationalDifferences),
        (Policy, PolicyDifferences), (PolicyNational, PolicyNationalDifferences),
        (Region, RegionDifferences), (RegionNational, RegionNationalDifferences),
    ];

    private static OutputTable<SummaryRow> Summary(string name, string rowsAre, string doc, Func<ColumnList<SummaryRow>, ColumnList<SummaryRow>> rowColumns)
    {
        var columns = new ColumnList<SummaryRow>()
            .String("arm", "the arm (a run folder's name in `compare`)", r => r.Arm)
            .String("point", "the grid point id (`p0` without a grid)", r => r.Point)
            .Int32("tick", "tick", r => r.Tick)
            .Double("time_years", "tick × the scenario's `tick.years`", r => r.TimeYears);
        return new OutputTable<SummaryRow>(name, rowsAre, doc, rowColumns(columns)
            .String("measure", "the column of the run table summarized", r => r.Measure)
            .Int32("n", "replicates used (NaN values are skipped)", r => r.Stats.N)
            .Double("mean", "mean across replicates", r => r.Stats.Mean)
            .Double("sd", "sample standard deviation (divisor n − 1; NaN when n < 2)", r => r.Stats.StandardDeviation)
            .Double("ci_low", "lower end of the 95% Student-t confidence interval of the mean (NaN when n < 2)", r => r.Stats.Lower)
            .Double("ci_high", "upper end of the 95% Student-t confidence interval of the mean (NaN when n < 2)", r => r.Stats.Upper));
    }

    private static OutputTable<SummaryRow> Differences(OutputTable<SummaryRow> summary) =>
        new(summary.Name.Replace("summary_", "differences_", StringComparison.Ordinal), summary.RowsAre,
            $"The paired differences arm − baseline of `{summary.Name}`, paired by grid point and replicate (common random numbers); arms other than the baseline.",
            new ColumnList<SummaryRow>().Add(summary.Columns).String("baseline", "the baseline arm", r => r.Baseline));
}
