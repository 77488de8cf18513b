using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tests.Plotting;

/// <summary>
/// A sweep folder written by hand in the layout `adoptionsim summarize` produces (summary/summary_gap.parquet,
/// summary_city.parquet, differences_gap.parquet), so plotting can be tested before the sweep commands exist.
/// </summary>
internal sealed class SweepFixture : IDisposable
{
    public static readonly string[] Measures = ["cv", "sd_log", "theil_between", "theil_within", "gini"];
    public static readonly string[] Variables = ["adoption_share", "mean_productivity"];
    public static readonly (string City, string Class, double Lat, double Lon)[] Cities =
    [
        ("London", "high_performing", 51.5, -0.12),
        ("Leeds", "technology_innovator", 53.8, -1.55),
        ("Burnley", "low_innovation", 53.79, -2.24),
    ];

    public const int Ticks = 5;
    public const double YearsPerTick = 0.25;

    public SweepFixture(string[] arms, bool summary = true, bool differences = true, bool positions = true)
    {
        Arms = arms;
        Directory.CreateDirectory(Path.Combine(Root, "summary"));
        File.WriteAllText(Path.Combine(Root, "experiment.json"), """{"name": "fixture", "arms": []}""");
        if (!summary)
        {
            Directory.Delete(Path.Combine(Root, "summary"));
            Directory.CreateDirectory(Path.Combine(Root, "city_ticks", "arm=baseline"));
            return;
        }
        WriteGap(Path.Combine(Root, "summary", "summary_gap.parquet"), baseline: null);
        WriteCity(Path.Combine(Root, "summary", "summary_city.parquet"), Cities.Select(c => (c.City, c.Class)).ToArray(), (arm, city, t) => 0.01 * (t + 1) * (city + 1) + 0.002 * arm);
        if (differences && arms.Length > 1) WriteGap(Path.Combine(Root, "summary", "differences_gap.parquet"), baseline: arms[0]);
        if (positions) WriteCities(Path.Combine(Root, "cities.parquet"));
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("adoptionsim-sweep-").FullName;
    public string[] Arms { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>The mean of a gap statistic; differences are small and cross zero, and one arm has a wide interval.</summary>
    public static double Mean(int arm, int variable, int measure, int tick, bool difference) => difference
        ? 0.004 * arm * (tick - 1) - 0.002 * measure
        : 0.05 + 0.01 * tick + 0.02 * arm + 0.03 * measure + 0.1 * variable;

    public static double HalfWidth(int arm, int tick, bool difference) => difference && arm == 2 ? 0.03 + 0.01 * tick : 0.004 + 0.001 * tick;

    private static readonly ParquetSchema SummarySchema = new(
        new ParquetColumn("arm", ParquetType.String), new ParquetColumn("point", ParquetType.String),
        new ParquetColumn("tick", ParquetType.Int32), new ParquetColumn("time_years", ParquetType.Double),
        new ParquetColumn("variable", ParquetType.String), new ParquetColumn("measure", ParquetType.String),
        new ParquetColumn("n", ParquetType.Int32), new ParquetColumn("mean", ParquetType.Double), new ParquetColumn("sd", ParquetType.Double),
        new ParquetColumn("ci_low", ParquetType.Double), new ParquetColumn("ci_high", ParquetType.Double));

    private void WriteGap(string path, string? baseline)
    {
        var schema = baseline is null ? SummarySchema : new ParquetSchema([.. SummarySchema.Columns, new ParquetColumn("baseline", ParquetType.String)]);
        using var sink = ParquetFile.Create(path, schema);
        for (int a = 0; a < Arms.Length; a++)
        {
            if (baseline is not null && a == 0) continue; // differences: only the arms against the baseline
            for (int v = 0; v < Variables.Length; v++)
                for (int m = 0; m < Measures.Length; m++)
                    for (int t = 0; t < Ticks; t++)
                    {
                        double mean = Mean(a, v, m, t, baseline is not null);
                        double half = HalfWidth(a, t, baseline is not null);
                        sink.String(0, Arms[a]); sink.String(1, "default"); sink.Int32(2, t); sink.Double(3, t * YearsPerTick);
                        sink.String(4, Variables[v]); sink.String(5, Measures[m]); sink.Int32(6, 10);
                        sink.Double(7, mean); sink.Double(8, half); sink.Double(9, mean - half); sink.Double(10, mean + half);
                        if (baseline is not null) sink.String(11, baseline);
                        sink.EndRow();
                    }
        }
        sink.Complete();
    }

    /// <summary>summary_city: adoption_share from <paramref name="share"/> (arm, city index, tick) and firms, with intervals.</summary>
    public void WriteCity(string path, (string City, string Class)[] cities, Func<int, int, int, double> share)
    {
        var schema = new ParquetSchema(
            new ParquetColumn("arm", ParquetType.String), new ParquetColumn("point", ParquetType.String),
            new ParquetColumn("tick", ParquetType.Int32), new ParquetColumn("time_years", ParquetType.Double),
            new ParquetColumn("city", ParquetType.String), new ParquetColumn("class", ParquetType.String),
            new ParquetColumn("measure", ParquetType.String), new ParquetColumn("n", ParquetType.Int32),
            new ParquetColumn("mean", ParquetType.Double), new ParquetColumn("sd", ParquetType.Double),
            new ParquetColumn("ci_low", ParquetType.Double), new ParquetColumn("ci_high", ParquetType.Double));
        using var sink = ParquetFile.Create(path, schema);
        for (int a = 0; a < Arms.Length; a++)
            for (int c = 0; c < cities.Length; c++)
                foreach (var measure in new[] { "adoption_share", "firms" })
                    for (int t = 0; t < Ticks; t++)
                    {
                        double mean = measure == "firms" ? 1000 * (c + 1) : share(a, c, t);
                        double half = measure == "firms" ? 10 : 0.01;
                        sink.String(0, Arms[a]); sink.String(1, "default"); sink.Int32(2, t); sink.Double(3, t * YearsPerTick);
                        sink.String(4, cities[c].City); sink.String(5, cities[c].Class); sink.String(6, measure); sink.Int32(7, 10);
                        sink.Double(8, mean); sink.Double(9, half); sink.Double(10, mean - half); sink.Double(11, mean + half);
                        sink.EndRow();
                    }
        sink.Complete();
    }

    private static void WriteCities(string path)
    {
        using var sink = ParquetFile.Create(path, RunTables.Cities.Schema);
        for (int i = 0; i < Cities.Length; i++)
        {
            var c = Cities[i];
            sink.Int32(0, i); sink.String(1, c.City); sink.String(2, "region"); sink.String(3, "fr"); sink.String(4, "cr"); sink.String(5, c.Class);
            sink.String(6, "seed"); sink.Double(7, c.Lat); sink.Double(8, c.Lon); sink.Double(9, 1e6); sink.Double(10, 0.5); sink.Double(11, 1);
            sink.Double(12, 0.5); sink.Int32(13, 1); sink.Int32(14, 0); sink.Int32(15, 1000);
            sink.EndRow();
        }
        sink.Complete();
    }
}
