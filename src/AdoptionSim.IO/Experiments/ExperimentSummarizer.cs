using AdoptionSim.Core;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.IO.Tables;
using AdoptionSim.Model.Statistics;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Experiments;

/// <summary>One line of the printed table: an (arm, point) at the last tick, and its difference from the baseline.</summary>
public sealed record SummaryHeadline(string Arm, string Point, string PointValues, int Tick, double TimeYears, bool IsBaseline,
    SampleSummary SdLogProductivity, SampleSummary TheilProductivity, SampleSummary AdoptionShare,
    SampleSummary? DifferenceSdLog, SampleSummary? DifferenceTheil, SampleSummary? DifferenceAdoption);

public sealed record SummaryReport(string Directory, string Baseline, IReadOnlyDictionary<string, long> RowCounts,
    IReadOnlyList<SummaryHeadline> Headlines, int UnpairedSeeds);

/// <summary>
/// Means, standard deviations and Student-t confidence intervals across replications of every numeric
/// measure of city_ticks (per city), gap_ticks (per variable), policy_ticks (per lever and target city),
/// region_ticks (per functional region) and of their national totals, per (arm, point, tick); and the same statistics of paired differences
/// arm − baseline, paired by grid point and replicate (common random numbers). Written as the long-format
/// Parquet tables of <see cref="SummaryTables"/>; the output is sorted (arm, point, tick, row, measure) and
/// deterministic.
/// </summary>
public static class ExperimentSummarizer
{
    public const double ConfidenceLevel = 0.95;

    /// <summary>Every replicate of one (arm, point), each table loaded once.</summary>
    private sealed record PointData(SummaryPoint Point, ReplicateTable[] City, ReplicateTable[] Gap, ReplicateTable[] National,
        ReplicateTable[] Policy, ReplicateTable[] PolicyNational, ReplicateTable[] Region, ReplicateTable[] RegionNational);

    /// <summary>
    /// One summary table and its differences: which replicate tables feed it, and the value of a row a
    /// replicate lacks — NaN (undefined, skipped) except for policy activity, where a lever that is not
    /// there spent and did nothing.
    /// </summary>
    private sealed record Kind(OutputTable<SummaryRow> Summary, OutputTable<SummaryRow> Differences, Func<PointData, ReplicateTable[]> Pick, double Missing);

    private static readonly Kind[] Kinds =
    [
        new(SummaryTables.Gap, SummaryTables.GapDifferences, d => d.Gap, double.NaN),
        new(SummaryTables.City, SummaryTables.CityDifferences, d => d.City, double.NaN),
        new(SummaryTables.National, SummaryTables.NationalDifferences, d => d.National, double.NaN),
        new(SummaryTables.Policy, SummaryTables.PolicyDifferences, d => d.Policy, 0),
        new(SummaryTables.PolicyNational, SummaryTables.PolicyNationalDifferences, d => d.PolicyNational, 0),
        new(SummaryTables.Region, SummaryTables.RegionDifferences, d => d.Region, double.NaN),
        new(SummaryTables.RegionNational, SummaryTables.RegionNationalDifferences, d => d.RegionNational, double.NaN),
    ];

    public static SummaryReport Summarize(SummaryInput input, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        var data = new Dictionary<(string Arm, string Point), PointData>();
        foreach (var arm in input.Arms)
        {
            foreach (var point in arm.Points)
            {
                data[(arm.Label, point.Id)] = Load(input, point);
            }
        }

        var metadata = new List<KeyValuePair<string, string>>
        {
            new("adoptionsim.confidence_level", "0.95"),
            new("adoptionsim.baseline", input.Baseline),
            new("adoptionsim.version", BuildInfo.Version),
            new("adoptionsim.commit", BuildInfo.Commit),
        };
        metadata.AddRange(input.Metadata);
        var options = ParquetOutput.Options(metadata);
        var rowCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        var unpaired = 0;
        var lastTick = data.TryGetValue((input.Baseline, input.Arms.First(a => a.Label == input.Baseline).Points[0].Id), out var b0) && b0.Gap.Length > 0
            ? b0.Gap.Max(g => g.Keys.Count == 0 ? 0 : g.Keys.Max(k => k.Tick))
            : 0;

        foreach (var kind in Kinds)
        {
            using var summary = kind.Summary.Writer(ParquetFile.Create(Path.Combine(outDirectory, kind.Summary.FileName), kind.Summary.Schema, options));
            using var differences = kind.Differences.Writer(ParquetFile.Create(Path.Combine(outDirectory, kind.Differences.FileName), kind.Differences.Schema, options));
            foreach (var arm in input.Arms)
            {
                foreach (var point in arm.Points)
                {
                    var tables = kind.Pick(data[(arm.Label, point.Id)]);
                    var keys = SummaryData.KeysOf(tables);
                    var measures = tables.Length > 0 ? tables[0].Measures : [];
                    var buffer = new double[tables.Length];
                    foreach (var key in keys)
                    {
                        var attribute = AttributeOf(tables, key);
                        foreach (var measure in measures)
                        {
                            for (var r = 0; r < tables.Length; r++) buffer[r] = tables[r].ValueOf(key, measure, kind.Missing);
                            summary.Append(Row(arm.Label, point, key, attribute, measure, Summary.Of(buffer, ConfidenceLevel), ""));
                        }
                    }

                    if (arm.Label == input.Baseline || !data.TryGetValue((input.Baseline, point.Id), out var baseEntry))
                    {
                        continue;
                    }

                    // Pair by replicate number: replicate r of both arms ran with the same seed.
                    var baseTables = kind.Pick(baseEntry);
                    var pairs = tables.Select(t => (Treatment: t, Baseline: baseTables.FirstOrDefault(b => b.Replicate == t.Replicate)))
                        .Where(p => p.Baseline is not null).ToArray();
                    if (kind.Summary == SummaryTables.Gap) unpaired += pairs.Count(p => p.Treatment.Seed != p.Baseline!.Seed);
                    var treatment = new double[pairs.Length];
                    var baseline = new double[pairs.Length];
                    foreach (var key in keys)
                    {
                        var attribute = AttributeOf(tables, key);
                        foreach (var measure in measures)
                        {
                            for (var i = 0; i < pairs.Length; i++)
                            {
                                treatment[i] = pairs[i].Treatment.ValueOf(key, measure, kind.Missing);
                                baseline[i] = pairs[i].Baseline!.ValueOf(key, measure, kind.Missing);
                            }

                            var stats = Summary.PairedDifference(treatment, baseline, ConfidenceLevel);
                            differences.Append(Row(arm.Label, point, key, attribute, measure, stats, input.Baseline));
                        }
                    }
                }
            }

            rowCounts[kind.Summary.FileName] = summary.RowCount;
            rowCounts[kind.Differences.FileName] = differences.RowCount;
            summary.Complete();
            differences.Complete();
        }

        var headlines = input.Arms.SelectMany(arm => arm.Points.Select(point => Headline(input, data, arm.Label, point, lastTick))).ToList();
        return new SummaryReport(outDirectory, input.Baseline, rowCounts, headlines, unpaired);
    }

    /// <summary>Reads every replicate's tables of one (arm, point) and derives their national totals.</summary>
    private static PointData Load(SummaryInput input, SummaryPoint point)
    {
        var identity = input.IdentityColumns;
        var city = point.Replicates.Select(r => SummaryData.Load(ParquetFile.Read(r.CityTicks), r, null, "city", "class", identity)).ToArray();
        var gap = point.Replicates.Select(r => SummaryData.Load(ParquetFile.Read(r.GapTicks), r, "variable", null, null, identity)).ToArray();
        var policy = point.Replicates.Where(r => r.PolicyTicks is not null)
            .Select(r => SummaryData.Load(ParquetFile.Read(r.PolicyTicks!), r, "lever", "city", "type", identity)).ToArray();
        // Regions go in the city slot of a row key, so that their totals combine them over regions.
        var region = point.Replicates.Where(r => r.RegionTicks is not null)
            .Select(r => SummaryData.Load(ParquetFile.Read(r.RegionTicks!), r, null, "region", null, identity)).ToArray();
        return new PointData(point, city, gap,
            city.Select(c => SummaryData.Totals(c, RunTables.CityTicks, weightColumn: "firms")).ToArray(),
            policy, policy.Select(p => SummaryData.Totals(p, RunTables.PolicyTicks, weightColumn: null)).ToArray(),
            region, region.Select(r => SummaryData.Totals(r, RunTables.RegionTicks, weightColumn: null)).ToArray());
    }

    private static SummaryRow Row(string arm, SummaryPoint point, RowKey key, string attribute, string measure, SampleSummary stats, string baseline) =>
        new(arm, point.Id, key.Tick, key.Tick * point.TickYears, key.Group, key.City, attribute, measure, stats, baseline);

    /// <summary>The class of a city or the type of a lever, from the first replicate that has the row.</summary>
    private static string AttributeOf(ReplicateTable[] tables, RowKey key) =>
        tables.Select(t => t.Attributes.GetValueOrDefault((key.Group, key.City))).FirstOrDefault(x => x is not null) ?? "";

    private static SummaryHeadline Headline(SummaryInput input, Dictionary<(string, string), PointData> data, string arm, SummaryPoint point, int tick)
    {
        var entry = data[(arm, point.Id)];
        var gapKey = new RowKey(tick, "mean_productivity", "");
        var nationalKey = new RowKey(tick, "", "");
        SampleSummary Of(ReplicateTable[] tables, RowKey key, string measure) =>
            Summary.Of(tables.Select(t => t.ValueOf(key, measure, double.NaN)).ToArray(), ConfidenceLevel);

        SampleSummary? Diff(ReplicateTable[] tables, ReplicateTable[] baseTables, RowKey key, string measure)
        {
            var pairs = tables.Select(t => (t, b: baseTables.FirstOrDefault(b => b.Replicate == t.Replicate))).Where(p => p.b is not null).ToArray();
            return Summary.PairedDifference(pairs.Select(p => p.t.ValueOf(key, measure, double.NaN)).ToArray(),
                pairs.Select(p => p.b!.ValueOf(key, measure, double.NaN)).ToArray(), ConfidenceLevel);
        }

        var isBaseline = arm == input.Baseline;
        var hasBase = data.TryGetValue((input.Baseline, point.Id), out var baseEntry) && !isBaseline;
        return new SummaryHeadline(arm, point.Id, point.Values, tick, tick * point.TickYears, isBaseline,
            Of(entry.Gap, gapKey, "sd_log"), Of(entry.Gap, gapKey, "theil"), Of(entry.National, nationalKey, "adoption_share"),
            hasBase ? Diff(entry.Gap, baseEntry!.Gap, gapKey, "sd_log") : null,
            hasBase ? Diff(entry.Gap, baseEntry!.Gap, gapKey, "theil") : null,
            hasBase ? Diff(entry.National, baseEntry!.National, nationalKey, "adoption_share") : null);
    }
}
