using System.Text;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.IO.Tables;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Outputs;

/// <summary>
/// Generates docs/outputs.md from the table declarations (<see cref="RunTables"/>, <see cref="SweepLayout"/>,
/// <see cref="SummaryTables"/>): every file and column with its type and meaning, so the reference cannot
/// drift from what is written (a test compares the committed file with this).
/// </summary>
public static class OutputDocs
{
    /// <summary>Where the generated file lives, relative to the repository root.</summary>
    public const string RelativePath = "docs/outputs.md";

    public static string Generate()
    {
        var md = new StringBuilder();
        md.Append(Intro);
        md.Append("\n| file | one row per | what |\n| --- | --- | --- |\n");
        foreach (var table in RunTables.All)
        {
            md.Append($"| [`{table.FileName}`](#{Anchor(table.FileName)}) | {table.RowsAre} | {table.Doc} |\n");
        }

        md.Append($"| `{RunSummary.FileName}` | run | {SummaryJson} |\n");
        md.Append($"| `{RunManifest.FileName}` | run | {RunJson} |\n");
        foreach (var table in RunTables.All)
        {
            md.Append($"\n### `{table.FileName}`\n\nOne row per {table.RowsAre}. {table.Doc}\n\n");
            Columns(md, table);
        }

        md.Append(SweepIntro);
        md.Append("\n| column | type | meaning |\n| --- | --- | --- |\n");
        md.Append("| `arm` | string | the arm's name (also the hive partition `arm=`) |\n");
        md.Append("| `point` | string | the grid point id (also the hive partition `point=`; not numeric, so readers keep it a string) |\n");
        md.Append("| one per grid key, named by the key path, e.g. `adoption.q` | double (number keys), int64 (integer keys), boolean or string | the point's value of the key; nullable; quote the name in SQL: `\"adoption.q\"` |\n");
        md.Append("| `replicate` | int32 | 0 … replications − 1 (its seed is the run's `seed` column) |\n");
        md.Append($"\nthen the run table's own columns. Dataset tables: {string.Join(", ", SweepLayout.DatasetTables.Select(t => $"`{t.Name}`"))}.\n");

        md.Append(SummaryIntro);
        var common = SummaryTables.National.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        md.Append('\n');
        Columns(md, SummaryTables.National);
        md.Append("\n| file | one row per | the row's own columns, between `time_years` and `measure` | what |\n| --- | --- | --- | --- |\n");
        foreach (var (summary, differences) in SummaryTables.Pairs)
        {
            var own = summary.Columns.Where(c => !common.Contains(c.Name)).Select(c => $"`{c.Name}` {TypeName(c.Type)}: {c.Doc}").ToList();
            md.Append($"| `{summary.FileName}`, `{differences.FileName}` | {summary.RowsAre} | {(own.Count == 0 ? "none" : string.Join("; ", own))} | {summary.Doc} |\n");
        }

        md.Append(DifferencesNote);

        md.Append(Reading);
        return md.ToString();
    }

    /// <summary>The column reference of one table; tables whose measures combine into totals get a column saying how.</summary>
    private static void Columns(StringBuilder md, IOutputTable table)
    {
        var totals = table.Columns.Any(c => c.Aggregation != Aggregation.None);
        md.Append(totals ? "| column | type | national total | meaning |\n| --- | --- | --- | --- |\n" : "| column | type | meaning |\n| --- | --- | --- |\n");
        foreach (var column in table.Columns)
        {
            var total = totals ? $" {AggregationName(column.Aggregation)} |" : "";
            md.Append($"| `{column.Name}` | {TypeName(column.Type)} |{total} {column.Doc} |\n");
        }
    }

    private static string TypeName(ParquetType type) => type switch
    {
        ParquetType.Int32 => "int32",
        ParquetType.Int64 => "int64",
        ParquetType.Double => "double",
        ParquetType.Boolean => "boolean",
        _ => "string",
    };

    private static string AggregationName(Aggregation aggregation) => aggregation switch
    {
        Aggregation.Sum => "sum",
        Aggregation.Max => "largest",
        Aggregation.WeightedMean => "weighted mean",
        _ => "—",
    };

    /// <summary>GitHub's heading anchor for a heading that is only <c>`name`</c>: lower case, dots and backticks dropped.</summary>
    private static string Anchor(string fileName) => fileName.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();

    private const string SummaryJson =
        "β-convergence of mean productivity (OLS of annual growth on log initial level: slope, standard error, R², speed, half-life), σ (sd of logs), Theil and Gini at start and end for both variables";

    private const string RunJson =
        "run id, scenario, seed, ticks, version, commit, created_by, scenario SHA-256, threads, firms at start, real firms per model firm (`real_firms_per_model_firm`, R: every lever cost and reach is in real firms and £ through it; docs/model.md §7.5), row counts per file, timings (build, total, per phase), peak working set, and the resolved scenario";

    private const string Intro = """
        # Outputs

        <!-- Generated from the table declarations (src/AdoptionSim.IO/Runs/Tables/*Output.cs,
             src/AdoptionSim.IO/Experiments/SummaryTables.cs, SweepLayout.cs) by src/AdoptionSim.IO/Outputs/OutputDocs.cs.
             Do not edit by hand: regenerate with
             UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter OutputDocsTests -->

        ## A run

        `adoptionsim run FILE` writes a folder (default `outputs/<scenario>/<run-id>/`; the run id is
        `<scenario>-s<seed>-<first 8 hex of the scenario's SHA-256>`, so it depends only on what was run).
        The run writes into a hidden staging folder beside it and moves it into place only when every file
        is complete: a folder with `run.json` is a finished run; a failed or interrupted run leaves nothing. A run
        removes the staging folders that dead processes left beside its output and says so, and refuses an output
        folder another run is writing; Ctrl-C or SIGTERM stop it with exit 130 ([reliability.md](reliability.md)).

        Every Parquet file carries key-value metadata `adoptionsim.run_id`, `.scenario`, `.seed`, `.ticks`,
        `.scenario_sha256`, `.version`, `.commit` and `.scenario_json` (the resolved scenario), and
        `created_by = adoptionsim version X (build H)`. No wall-clock time goes into Parquet: the same
        scenario and seed give byte-identical files, whatever `--threads`. Timings are in `run.json` only.

        Tick 0 is the state before the first step; tick t the state after t steps, at time t × `tick.years`.
        Each table is declared once, in `src/AdoptionSim.IO/Runs/Tables/` (see [contributing.md](contributing.md)
        to add a column). "National total" says how `adoptionsim summarize` combines a column over cities
        (weighted means are weighted by `firms`; see [experiments.md](experiments.md)).

        """;

    private const string SweepIntro = """

        ## A sweep

        `adoptionsim sweep` ([experiments.md](experiments.md)) writes each run's per-tick tables straight into
        one hive-partitioned dataset, one file per replicate, `DIR/<table>/arm=<arm>/point=<p>/rep=<r>.parquet`;
        the rest of each run (`run.json`, `summary.json`, `cities.parquet`, `ideas.parquet`, and
        `firms.parquet` with `keep_firms`, `adoptions.parquet` with `write_events`) goes to
        `DIR/runs/arm=<arm>/point=<p>/rep=<r>/`. A dataset file has these columns in front:

        """;

    private const string SummaryIntro = """

        ## Summaries

        `adoptionsim summarize DIR` (and `compare A B`) write these tables to `DIR/summary/`: long format, sorted
        by arm, point, tick, row and measure (arms and points in experiment order, cities and levers in the run
        tables' order, measures in column order). Measures are every int32, int64 and double column of the run
        table except identity columns. Statistics: [experiments.md](experiments.md). Every summary table has
        these columns, with its row's own columns (below) between `time_years` and `measure`:

        """;

    private const string DifferencesNote = """

        Each `differences_*` table has the columns of its `summary_*` table and then `baseline` (string, the
        baseline arm); its statistics are those of the paired differences arm − baseline, paired by grid point
        and replicate, for every arm but the baseline.

        """;

    private const string Reading = """

        ## Reading them

        ```sql
        -- DuckDB
        SELECT tick, variable, sd_log FROM 'outputs/uk-baseline/*/gap_ticks.parquet' ORDER BY variable, tick;
        SELECT key, value FROM parquet_kv_metadata('outputs/uk-baseline/*/city_ticks.parquet');
        -- a sweep's national spend per arm, replicate and tick
        SELECT arm, point, replicate, tick, sum(spend) AS spend
        FROM read_parquet('DIR/policy_ticks/**/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY ALL;
        ```

        ```python
        import pandas as pd                      # with pyarrow installed
        df = pd.read_parquet("outputs/uk-baseline/<run-id>/city_ticks.parquet")
        ```

        Without a Parquet library, `adoptionsim export RUN_DIR --format csv` writes every table as CSV.

        """;
}
