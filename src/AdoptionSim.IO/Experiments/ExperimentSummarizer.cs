using AdoptionSim.Core;
using AdoptionSim.Parquet;
using AdoptionSim.Model.Statistics;

namespace AdoptionSim.IO.Experiments;

/// <summary>One line of the printed table: an (arm, point) at the last tick, and its difference from the baseline.</summary>
public sealed record SummaryHeadline(string Arm, string Point, string PointValues, int Tick, double TimeYears, bool IsBaseline,
    SampleSummary SdLogProductivity, SampleSummary TheilProductivity, SampleSummary AdoptionShare,
    SampleSummary? DifferenceSdLog, SampleSummary? DifferenceTheil, SampleSummary? DifferenceAdoption);

public sealed record SummaryReport(string Directory, string Baseline, IReadOnlyDictionary<string, long> RowCounts,
    IReadOnlyList<SummaryHeadline> Headlines, int UnpairedSeeds);

/// <summary>
/// Means, standard deviations and Student-t confidence intervals across replications of every numeric
/// measure of city_ticks (per city), gap_ticks (per variable) and the national aggregate, per (arm, point,
/// tick); and the same statistics of paired differences arm − baseline, paired by grid point and replicate
/// (common random numbers). Written as long-format Parquet tables; the output is sorted (arm, point, tick,
/// row, measure) and deterministic.
/// </summary>
public static class ExperimentSummarizer
{
    public const double ConfidenceLevel = 0.95;

    public const string SummaryGap = "summary_gap.parquet";
    public const string SummaryCity = "summary_city.parquet";
    public const string SummaryNational = "summary_national.parquet";
    public const string DifferencesGap = "differences_gap.parquet";
    public const string DifferencesCity = "differences_city.parquet";
    public const string DifferencesNational = "differences_national.parquet";

    private static ParquetColumn S(string n) => new(n, ParquetType.String);
    private static ParquetColumn I(string n) => new(n, ParquetType.Int32);
    private static ParquetColumn D(string n) => new(n, ParquetType.Double);

    private static readonly ParquetColumn[] Stats = [S("measure"), I("n"), D("mean"), D("sd"), D("ci_low"), D("ci_high")];

    public static readonly ParquetSchema GapSchema = new([S("arm"), S("point"), I("tick"), D("time_years"), S("variable"), .. Stats]);
    public static readonly ParquetSchema CitySchema = new([S("arm"), S("point"), I("tick"), D("time_years"), S("city"), S("class"), .. Stats]);
    public static readonly ParquetSchema NationalSchema = new([S("arm"), S("point"), I("tick"), D("time_years"), .. Stats]);
    public static readonly ParquetSchema GapDifferenceSchema = new([.. GapSchema.Columns, S("baseline")]);
    public static readonly ParquetSchema CityDifferenceSchema = new([.. CitySchema.Columns, S("baseline")]);
    public static readonly ParquetSchema NationalDifferenceSchema = new([.. NationalSchema.Columns, S("baseline")]);

    /// <summary>A key of a row within a table: tick plus the city (city_ticks), variable (gap_ticks) or "" (national).</summary>
    private readonly record struct RowKey(int Tick, string Name);

    /// <summary>One replicate's table reduced to keys and measures as doubles.</summary>
    private sealed class Loaded
    {
        public required int Replicate;
        public required long Seed;
        public required string[] Measures;
        public required Dictionary<RowKey, int> Index;
        public required List<RowKey> Keys;
        public required Dictionary<string, string> Class;
        public required double[][] Values;
    }

    private sealed record Table(string Kind, ParquetSchema Schema, ParquetSchema DifferenceSchema);

    public static SummaryReport Summarize(SummaryInput input, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        // Load each (arm, point) once: city, gap and national tables of every replicate.
        var data = new Dictionary<(string Arm, string Point), (SummaryPoint Point, Loaded[] City, Loaded[] Gap, Loaded[] National)>();
        foreach (var arm in input.Arms)
        {
            foreach (var point in arm.Points)
            {
                var city = point.Replicates.Select(r => Load(ParquetFile.Read(r.CityTicks), r, "city", input.IdentityColumns)).ToArray();
                var gap = point.Replicates.Select(r => Load(ParquetFile.Read(r.GapTicks), r, "variable", input.IdentityColumns)).ToArray();
                data[(arm.Label, point.Id)] = (point, city, gap, city.Select(National).ToArray());
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
        var headlines = new List<SummaryHeadline>();
        var lastTick = data.TryGetValue((input.Baseline, input.Arms.First(a => a.Label == input.Baseline).Points[0].Id), out var b0) && b0.Gap.Length > 0
            ? b0.Gap.Max(g => g.Keys.Count == 0 ? 0 : g.Keys.Max(k => k.Tick))
            : 0;

        foreach (var (kind, pick) in new (string, Func<(SummaryPoint, Loaded[], Loaded[], Loaded[]), Loaded[]>)[]
                 {
                     ("gap", d => d.Item3), ("city", d => d.Item2), ("national", d => d.Item4),
                 })
        {
            var (schema, diffSchema, summaryFile, diffFile) = kind switch
            {
                "gap" => (GapSchema, GapDifferenceSchema, SummaryGap, DifferencesGap),
                "city" => (CitySchema, CityDifferenceSchema, SummaryCity, DifferencesCity),
                _ => (NationalSchema, NationalDifferenceSchema, SummaryNational, DifferencesNational),
            };
            using var summary = ParquetFile.Create(Path.Combine(outDirectory, summaryFile), schema, options);
            using var differences = ParquetFile.Create(Path.Combine(outDirectory, diffFile), diffSchema, options);
            foreach (var arm in input.Arms)
            {
                foreach (var point in arm.Points)
                {
                    var entry = data[(arm.Label, point.Id)];
                    var tables = pick(entry);
                    var keys = KeysOf(tables);
                    var measures = tables.Length > 0 ? tables[0].Measures : [];
                    var buffer = new double[tables.Length];
                    foreach (var key in keys)
                    {
                        foreach (var measure in measures)
                        {
                            for (var r = 0; r < tables.Length; r++) buffer[r] = ValueOf(tables[r], key, measure);
                            var stats = Summary.Of(buffer, ConfidenceLevel);
                            WriteRow(summary, kind, arm.Label, point, key, tables, measure, stats, null);
                        }
                    }

                    if (arm.Label == input.Baseline || !data.TryGetValue((input.Baseline, point.Id), out var baseEntry))
                    {
                        continue;
                    }

                    // Pair by replicate number: replicate r of both arms ran with the same seed.
                    var baseTables = pick(baseEntry);
                    var pairs = tables.Select(t => (Treatment: t, Baseline: baseTables.FirstOrDefault(b => b.Replicate == t.Replicate)))
                        .Where(p => p.Baseline is not null).ToArray();
                    if (kind == "gap") unpaired += pairs.Count(p => p.Treatment.Seed != p.Baseline!.Seed);
                    var treatment = new double[pairs.Length];
                    var baseline = new double[pairs.Length];
                    foreach (var key in keys)
                    {
                        foreach (var measure in measures)
                        {
                            for (var i = 0; i < pairs.Length; i++)
                            {
                                treatment[i] = ValueOf(pairs[i].Treatment, key, measure);
                                baseline[i] = ValueOf(pairs[i].Baseline!, key, measure);
                            }

                            var stats = Summary.PairedDifference(treatment, baseline, ConfidenceLevel);
                            WriteRow(differences, kind, arm.Label, point, key, tables, measure, stats, input.Baseline);
                        }
                    }
                }
            }

            rowCounts[summaryFile] = summary.RowCount;
            rowCounts[diffFile] = differences.RowCount;
            summary.Complete();
            differences.Complete();
        }

        foreach (var arm in input.Arms)
        {
            foreach (var point in arm.Points)
            {
                headlines.Add(Headline(input, data, arm.Label, point, lastTick));
            }
        }

        return new SummaryReport(outDirectory, input.Baseline, rowCounts, headlines, unpaired);
    }

    private static SummaryHeadline Headline(SummaryInput input, Dictionary<(string, string), (SummaryPoint Point, Loaded[] City, Loaded[] Gap, Loaded[] National)> data,
        string arm, SummaryPoint point, int tick)
    {
        var entry = data[(arm, point.Id)];
        var gapKey = new RowKey(tick, "mean_productivity");
        var nationalKey = new RowKey(tick, "");
        SampleSummary Of(Loaded[] tables, RowKey key, string measure) =>
            Summary.Of(tables.Select(t => ValueOf(t, key, measure)).ToArray(), ConfidenceLevel);

        SampleSummary? Diff(Loaded[] tables, Loaded[] baseTables, RowKey key, string measure)
        {
            var pairs = tables.Select(t => (t, b: baseTables.FirstOrDefault(b => b.Replicate == t.Replicate))).Where(p => p.b is not null).ToArray();
            return Summary.PairedDifference(pairs.Select(p => ValueOf(p.t, key, measure)).ToArray(), pairs.Select(p => ValueOf(p.b!, key, measure)).ToArray(), ConfidenceLevel);
        }

        var isBaseline = arm == input.Baseline;
        var hasBase = data.TryGetValue((input.Baseline, point.Id), out var baseEntry) && !isBaseline;
        return new SummaryHeadline(arm, point.Id, point.Values, tick, tick * point.TickYears, isBaseline,
            Of(entry.Gap, gapKey, "sd_log"), Of(entry.Gap, gapKey, "theil"), Of(entry.National, nationalKey, "adoption_share"),
            hasBase ? Diff(entry.Gap, baseEntry.Gap, gapKey, "sd_log") : null,
            hasBase ? Diff(entry.Gap, baseEntry.Gap, gapKey, "theil") : null,
            hasBase ? Diff(entry.National, baseEntry.National, nationalKey, "adoption_share") : null);
    }

    private static void WriteRow(IRowSink sink, string kind, string arm, SummaryPoint point, RowKey key, Loaded[] tables, string measure, SampleSummary stats, string? baseline)
    {
        var c = 0;
        sink.String(c++, arm);
        sink.String(c++, point.Id);
        sink.Int32(c++, key.Tick);
        sink.Double(c++, key.Tick * point.TickYears);
        switch (kind)
        {
            case "gap":
                sink.String(c++, key.Name);
                break;
            case "city":
                sink.String(c++, key.Name);
                sink.String(c++, tables.Select(t => t.Class.GetValueOrDefault(key.Name)).FirstOrDefault(x => x is not null) ?? "");
                break;
        }

        sink.String(c++, measure);
        sink.Int32(c++, stats.N);
        sink.Double(c++, stats.Mean);
        sink.Double(c++, stats.StandardDeviation);
        sink.Double(c++, stats.Lower);
        sink.Double(c++, stats.Upper);
        if (baseline is not null) sink.String(c, baseline);
        sink.EndRow();
    }

    private static double ValueOf(Loaded table, RowKey key, string measure)
    {
        var m = Array.IndexOf(table.Measures, measure);
        return m >= 0 && table.Index.TryGetValue(key, out var row) ? table.Values[m][row] : double.NaN;
    }

    /// <summary>Keys of all replicates in order of first appearance, stably sorted by tick.</summary>
    private static List<RowKey> KeysOf(Loaded[] tables)
    {
        var seen = new HashSet<RowKey>();
        var keys = new List<RowKey>();
        foreach (var table in tables)
        {
            foreach (var key in table.Keys.Where(seen.Add)) keys.Add(key);
        }

        return keys.Select((k, i) => (k, i)).OrderBy(x => x.k.Tick).ThenBy(x => x.i).Select(x => x.k).ToList();
    }

    private static Loaded Load(ParquetTable table, SummaryReplicate replicate, string nameColumn, IReadOnlyCollection<string> identity)
    {
        var ticks = table.GetInt32("tick");
        var names = table.GetString(nameColumn);
        var classes = table.Schema.IndexOf("class") >= 0 ? table.GetString("class") : null;
        var measures = table.Schema.Columns
            .Where(c => c.Type is ParquetType.Int32 or ParquetType.Int64 or ParquetType.Double && !identity.Contains(c.Name))
            .ToArray();
        var values = measures.Select(c => c.Type switch
        {
            ParquetType.Int32 => Masked(table, c.Name, table.GetInt32(c.Name).Select(v => (double)v).ToArray()),
            ParquetType.Int64 => Masked(table, c.Name, table.GetInt64(c.Name).Select(v => (double)v).ToArray()),
            _ => Masked(table, c.Name, table.GetDouble(c.Name)),
        }).ToArray();
        var index = new Dictionary<RowKey, int>(table.RowCount);
        var keys = new List<RowKey>(table.RowCount);
        var classOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var row = 0; row < table.RowCount; row++)
        {
            var key = new RowKey(ticks[row], names[row] ?? "");
            if (index.TryAdd(key, row)) keys.Add(key);
            if (classes is not null) classOf.TryAdd(key.Name, classes[row] ?? "");
        }

        return new Loaded
        {
            Replicate = replicate.Replicate, Seed = replicate.Seed, Measures = measures.Select(c => c.Name).ToArray(),
            Index = index, Keys = keys, Class = classOf, Values = values,
        };
    }

    private static double[] Masked(ParquetTable table, string column, double[] values)
    {
        if (table.GetNullMask(column) is { } nulls)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (nulls[i]) values[i] = double.NaN;
            }
        }

        return values;
    }

    /// <summary>
    /// The national aggregate of one replicate per tick, from its city rows: integer columns summed over
    /// cities (except <c>ideas_available</c>: the largest), real columns (adoption_share, mean_productivity,
    /// rent_index) averaged with firm-count weights over the cities that have firms.
    /// </summary>
    private static Loaded National(Loaded city)
    {
        var firmsColumn = Array.IndexOf(city.Measures, "firms");
        var ticks = city.Keys.Select(k => k.Tick).Distinct().ToList();
        var index = ticks.Select((t, i) => (t, i)).ToDictionary(x => new RowKey(x.t, ""), x => x.i);
        var values = city.Measures.Select(_ => new double[ticks.Count]).ToArray();
        var kinds = city.Measures.Select(m => m == "ideas_available" ? "max" : IsCount(city, m) ? "sum" : "mean").ToArray();
        var weights = new double[ticks.Count];
        foreach (var key in city.Keys)
        {
            var row = city.Index[key];
            var t = index[new RowKey(key.Tick, "")];
            var firms = firmsColumn >= 0 ? city.Values[firmsColumn][row] : 1;
            for (var m = 0; m < kinds.Length; m++)
            {
                var v = city.Values[m][row];
                switch (kinds[m])
                {
                    case "sum": values[m][t] += v; break;
                    case "max": values[m][t] = Math.Max(values[m][t], v); break;
                    default:
                        if (firms > 0 && double.IsFinite(v)) values[m][t] += firms * v;
                        break;
                }
            }

            if (firms > 0) weights[t] += firms;
        }

        for (var m = 0; m < kinds.Length; m++)
        {
            if (kinds[m] != "mean") continue;
            for (var t = 0; t < ticks.Count; t++) values[m][t] = weights[t] > 0 ? values[m][t] / weights[t] : double.NaN;
        }

        return new Loaded
        {
            Replicate = city.Replicate, Seed = city.Seed, Measures = city.Measures, Index = index,
            Keys = ticks.Select(t => new RowKey(t, "")).ToList(), Class = [], Values = values,
        };
    }

    /// <summary>Integer-valued columns are counts (summed); the rest are rates or levels (firm-weighted means).</summary>
    private static bool IsCount(Loaded city, string measure) => IntegerColumns.Contains(measure);

    /// <summary>The integer columns of city_ticks (RunTables.CityTicks); any other column is treated as a rate.</summary>
    private static readonly HashSet<string> IntegerColumns = Runs.RunTables.CityTicks.Columns
        .Where(c => c.Type is ParquetType.Int32 or ParquetType.Int64).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
}
