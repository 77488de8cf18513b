using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Tests.Scenarios;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tests.Experiments;

/// <summary>
/// The summarize pipeline on synthetic replicate files with known means: each of 2,000 ticks is an
/// independent experiment of n = 5 replicates, so the share of ticks whose 95% interval covers the true
/// value must be 0.95 within 3 binomial standard errors, √(0.95 · 0.05 / 2000) · 3 = ±0.0146. With the
/// normal quantile 1.96 instead of Student's t (n − 1 = 4 degrees of freedom) the coverage would be about
/// 0.88, and with the standard deviation in place of the standard error far less: both fail.
/// </summary>
public sealed class SummaryCoverageTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private const int Ticks = 2000;
    private const int Replicates = 5;
    private const double Shift = 0.3;

    private static double TrueMean(int tick) => 1 + 0.001 * tick;

    [Fact]
    public void Confidence_intervals_of_means_and_paired_differences_cover_the_true_value_95_percent_of_the_time()
    {
        var random = new Random(20240601);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var arms = new List<SummaryArm>();
        var a = new double[Replicates, Ticks];
        var b = new double[Replicates, Ticks];
        for (var r = 0; r < Replicates; r++)
        {
            for (var t = 0; t < Ticks; t++)
            {
                a[r, t] = TrueMean(t) + 0.5 * Normal();
                b[r, t] = a[r, t] + Shift + 0.2 * Normal(); // common noise cancels in b − a
            }
        }

        foreach (var (name, values) in new[] { ("a", a), ("b", b) })
        {
            var replicates = Enumerable.Range(0, Replicates).Select(r =>
            {
                var city = Path.Combine(_files.Dir, $"{name}-{r}-city.parquet");
                var gap = Path.Combine(_files.Dir, $"{name}-{r}-gap.parquet");
                WriteCity(city, r, values);
                WriteGap(gap, r, values);
                return new SummaryReplicate(r, 100 + r, city, gap);
            }).ToList();
            arms.Add(new SummaryArm(name, [new SummaryPoint("p0", 0.25, replicates)]));
        }

        var input = new SummaryInput(arms, "a", SummaryInput.StandardIdentity.ToHashSet(), 2 * Replicates, [], []);
        var output = Path.Combine(_files.Dir, "summary");
        var report = ExperimentSummarizer.Summarize(input, output);

        var summary = ParquetFile.Read(Path.Combine(output, SummaryTables.Gap.FileName));
        var rows = Rows(summary, "a", "sd_log");
        rows.Should().HaveCount(Ticks);
        rows.Should().AllSatisfy(row => row.N.Should().Be(Replicates));
        var covered = rows.Count(row => row.Low <= TrueMean(row.Tick) && TrueMean(row.Tick) <= row.High) / (double)Ticks;
        covered.Should().BeApproximately(0.95, 3 * Math.Sqrt(0.95 * 0.05 / Ticks));

        var differences = ParquetFile.Read(Path.Combine(output, SummaryTables.GapDifferences.FileName));
        var diffRows = Rows(differences, "b", "sd_log");
        diffRows.Should().HaveCount(Ticks);
        var diffCovered = diffRows.Count(row => row.Low <= Shift && Shift <= row.High) / (double)Ticks;
        diffCovered.Should().BeApproximately(0.95, 3 * Math.Sqrt(0.95 * 0.05 / Ticks));
        // Pairing removes the common noise: the paired interval is much narrower than the interval of b alone.
        var bRows = Rows(summary, "b", "sd_log");
        diffRows.Average(r => r.High - r.Low).Should().BeLessThan(0.5 * bRows.Average(r => r.High - r.Low));

        // Exact values at one tick, computed by hand: mean, sd with divisor n − 1, t_{0.975,4} = 2.776445.
        var sample = Enumerable.Range(0, Replicates).Select(r => a[r, 7]).ToArray();
        var mean = sample.Average();
        var sd = Math.Sqrt(sample.Sum(x => (x - mean) * (x - mean)) / (Replicates - 1));
        var at7 = rows.Single(r => r.Tick == 7);
        at7.Mean.Should().BeApproximately(mean, 1e-12);
        at7.Sd.Should().BeApproximately(sd, 1e-12);
        at7.High.Should().BeApproximately(mean + 2.7764451051977987 * sd / Math.Sqrt(Replicates), 1e-9);
        summary.GetDouble("time_years")[summary.GetInt32("tick").ToList().IndexOf(8)].Should().Be(2.0);

        // The city and national tables carry the same numbers (one city, firm-weighted national mean).
        var city = ParquetFile.Read(Path.Combine(output, SummaryTables.City.FileName));
        Rows(city, "a", "adoption_share").Single(r => r.Tick == 7).Mean.Should().BeApproximately(mean, 1e-12);
        city.GetString("class").Should().OnlyContain(c => c == "core");
        var national = ParquetFile.Read(Path.Combine(output, SummaryTables.National.FileName));
        Rows(national, "a", "adoption_share").Single(r => r.Tick == 7).Mean.Should().BeApproximately(mean, 1e-12);
        Rows(national, "a", "firms").Single(r => r.Tick == 7).Mean.Should().Be(30);
        report.Headlines.Should().HaveCount(2);
        report.Headlines[1].DifferenceAdoption!.Value.N.Should().Be(Replicates);
    }

    private sealed record Row(int Tick, int N, double Mean, double Sd, double Low, double High);

    private static List<Row> Rows(ParquetTable table, string arm, string measure)
    {
        var arms = table.GetString("arm");
        var measures = table.GetString("measure");
        var ticks = table.GetInt32("tick");
        var n = table.GetInt32("n");
        var (mean, sd, low, high) = (table.GetDouble("mean"), table.GetDouble("sd"), table.GetDouble("ci_low"), table.GetDouble("ci_high"));
        var names = table.Schema.IndexOf("variable") >= 0 ? table.GetString("variable") : null;
        return Enumerable.Range(0, table.RowCount)
            .Where(i => arms[i] == arm && measures[i] == measure && (names is null || names[i] == "mean_productivity"))
            .Select(i => new Row(ticks[i], n[i], mean[i], sd[i], low[i], high[i])).ToList();
    }

    private static void WriteGap(string path, int replicate, double[,] values)
    {
        var schema = new ParquetSchema(new ParquetColumn("seed", ParquetType.Int64), new ParquetColumn("tick", ParquetType.Int32),
            new ParquetColumn("variable", ParquetType.String), new ParquetColumn("sd_log", ParquetType.Double));
        using var sink = ParquetFile.Create(path, schema);
        for (var t = 0; t < Ticks; t++)
        {
            sink.Int64(0, 100 + replicate);
            sink.Int32(1, t);
            sink.String(2, "mean_productivity");
            sink.Double(3, values[replicate, t]);
            sink.EndRow();
        }

        sink.Complete();
    }

    private static void WriteCity(string path, int replicate, double[,] values)
    {
        var schema = new ParquetSchema(new ParquetColumn("tick", ParquetType.Int32), new ParquetColumn("city", ParquetType.String),
            new ParquetColumn("class", ParquetType.String), new ParquetColumn("firms", ParquetType.Int32),
            new ParquetColumn("adoption_share", ParquetType.Double));
        using var sink = ParquetFile.Create(path, schema);
        for (var t = 0; t < Ticks; t++)
        {
            sink.Int32(0, t);
            sink.String(1, "Only");
            sink.String(2, "core");
            sink.Int32(3, 30);
            sink.Double(4, values[replicate, t]);
            sink.EndRow();
        }

        sink.Complete();
    }
}
