using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// The schemas of a run's Parquet files. Column order here is the order the writers in
/// <see cref="RunRecorder"/> fill them; docs/outputs.md describes each column.
/// </summary>
public static class RunTables
{
    public const string CityTicksFile = "city_ticks.parquet";
    public const string CitiesFile = "cities.parquet";
    public const string IdeasFile = "ideas.parquet";
    public const string AdoptionsFile = "adoptions.parquet";
    public const string GapTicksFile = "gap_ticks.parquet";
    public const string FirmsFile = "firms.parquet";
    public const string PolicyTicksFile = "policy_ticks.parquet";
    public const string ManifestFile = "run.json";
    public const string SummaryFile = "summary.json";

    private static ParquetColumn I32(string name) => new(name, ParquetType.Int32);
    private static ParquetColumn I64(string name) => new(name, ParquetType.Int64);
    private static ParquetColumn F64(string name) => new(name, ParquetType.Double);
    private static ParquetColumn Str(string name) => new(name, ParquetType.String);

    public static readonly ParquetSchema CityTicks = new(
        Str("run_id"), Str("scenario"), I64("seed"), I32("tick"), Str("city"), Str("class"),
        I32("firms"), I32("ideas_available"), F64("adoption_share"), I32("adopters"),
        I32("adoptions"), I32("adoptions_external"), I32("adoptions_peer"), I32("adoptions_brokered"), I32("adoptions_procurement"),
        I32("introductions"), I32("inventions"),
        F64("mean_productivity"), I32("entries"), I32("exits"), I32("relocations_in"), I32("relocations_out"), F64("rent_index"));

    public static readonly ParquetSchema GapTicks = new(
        Str("run_id"), Str("scenario"), I64("seed"), I32("tick"), Str("variable"),
        F64("cv"), F64("sd_log"), F64("theil"), F64("theil_between"), F64("theil_within"), F64("gini"),
        F64("top_bottom_quintile_ratio"), I32("cities"), I32("cities_non_positive"));

    public static readonly ParquetSchema PolicyTicks = new(
        Str("run_id"), Str("scenario"), I64("seed"), I32("tick"), Str("lever"), Str("type"), Str("city"),
        F64("spend"), F64("budget_remaining"), I32("introductions"), I32("outreach"), I32("firms_supported"), I32("relocations"));

    public static readonly ParquetSchema Firms = new(
        I32("tick"), I32("firm"), Str("city"), Str("sector"), Str("size"), F64("absorptive"), F64("productivity"),
        F64("margin"), I32("ideas_adopted"), new ParquetColumn("alive", ParquetType.Boolean));

    public static readonly ParquetSchema Cities = new(
        I32("city_id"), Str("city"), Str("region"), Str("functional_region"), Str("class"), Str("class_source"),
        F64("lat"), F64("lon"), F64("population"), F64("skills"), F64("rent"), F64("rate_multiplier"),
        I32("universities"), I32("anchor_firms"), I32("firms"));

    public static readonly ParquetSchema Ideas = new(
        I32("idea"), I32("origin_firm"), Str("origin_city"), Str("origin_sector"), I32("tick"),
        F64("complexity"), F64("value"), I32("adopters"));

    public static readonly ParquetSchema Adoptions = new(
        I32("tick"), I32("firm"), Str("city"), Str("sector"), I32("idea"), Str("channel"));
}
