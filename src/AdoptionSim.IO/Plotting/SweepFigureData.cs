using System.Globalization;
using System.Text.Json;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Figures;
using AdoptionSim.IO.Runs;
using AdoptionSim.Parquet;
using static AdoptionSim.IO.Plotting.RunFigureData;

namespace AdoptionSim.IO.Plotting;

/// <summary>A summarized statistic over time: mean over replications with its 95% interval, and the largest n.</summary>
public sealed record SummarySeries(BandedSeries Series, int Replications);

/// <summary>
/// What the figures need from a sweep folder: the long-format tables <c>adoptionsim summarize</c> writes to
/// <c>SWEEP/summary/</c> — summary_gap.parquet and summary_city.parquet (arm, point, tick, time_years, …,
/// measure, n, mean, sd, ci_low, ci_high) and, for sweeps with several arms, differences_gap.parquet
/// (the same plus baseline: arm − baseline paired by replicate), and summary_policy_national.parquet when
/// present (per lever). Arms and points keep the order they first appear in the tables.
/// </summary>
public sealed class SweepFigureData
{
    private const string ExperimentFile = ExperimentManifest.FileName;

    private readonly Dictionary<(string Arm, string Point, string Variable, string Measure), SummarySeries> _gap;
    private readonly Dictionary<(string Arm, string Point, string City, string Measure), SummarySeries> _city;
    private readonly Dictionary<(string Arm, string Point, string Variable, string Measure), SummarySeries> _differences;
    private readonly Dictionary<(string Arm, string Point, string Lever, string Measure), SummarySeries> _policy;

    private SweepFigureData(string directory, int[] ticks, double[] timeYears, List<string> arms, List<string> points,
        List<string> variables, List<(string City, string Class)> cities, string? baseline, List<string> differenceArms, List<string> levers,
        Dictionary<(string, string, string, string), SummarySeries> gap,
        Dictionary<(string, string, string, string), SummarySeries> city,
        Dictionary<(string, string, string, string), SummarySeries> differences,
        Dictionary<(string, string, string, string), SummarySeries> policy)
    {
        Directory = directory;
        Ticks = ticks;
        TimeYears = timeYears;
        Arms = arms;
        Points = points;
        Variables = variables;
        Cities = cities;
        Baseline = baseline;
        DifferenceArms = differenceArms;
        Levers = levers;
        _gap = gap;
        _city = city;
        _differences = differences;
        _policy = policy;
    }

    public string Directory { get; }
    public IReadOnlyList<int> Ticks { get; }
    public IReadOnlyList<double> TimeYears { get; }
    public IReadOnlyList<string> Arms { get; }
    public IReadOnlyList<string> Points { get; }

    /// <summary>The city variables of summary_gap (adoption_share, mean_productivity).</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Cities of summary_city with their class, in order of first appearance.</summary>
    public IReadOnlyList<(string City, string Class)> Cities { get; }

    /// <summary>The baseline arm named in differences_gap; null without differences.</summary>
    public string? Baseline { get; }

    /// <summary>The arms other than the baseline that have differences, in order of first appearance.</summary>
    public IReadOnlyList<string> DifferenceArms { get; }

    /// <summary>The policy levers of summary_policy_national, in order of first appearance (none without the table).</summary>
    public IReadOnlyList<string> Levers { get; }

    public TimeAxis Time => TimeAxis.Years(TimeYears);

    /// <summary>A sweep folder has experiment.json, a hive-partitioned city_ticks/ folder or a summary/ folder.</summary>
    public static bool IsSweepFolder(string directory) =>
        File.Exists(Path.Combine(directory, ExperimentFile))
        || System.IO.Directory.Exists(Path.Combine(directory, "city_ticks"))
        || System.IO.Directory.Exists(Path.Combine(directory, SweepLayout.SummaryFolder));

    public SummarySeries? Gap(string arm, string point, string variable, string measure) =>
        _gap.GetValueOrDefault((arm, point, variable, measure));

    public SummarySeries? City(string arm, string point, string city, string measure) =>
        _city.GetValueOrDefault((arm, point, city, measure));

    public SummarySeries? Difference(string arm, string point, string variable, string measure) =>
        _differences.GetValueOrDefault((arm, point, variable, measure));

    /// <summary>A lever's activity over all its target cities (summary_policy_national), e.g. measure "spend"; NaN at ticks without policy rows (tick 0).</summary>
    public SummarySeries? Policy(string arm, string point, string lever, string measure) =>
        _policy.GetValueOrDefault((arm, point, lever, measure));

    public static SweepFigureData Load(string directory)
    {
        string summary = Path.Combine(directory, SweepLayout.SummaryFolder);
        string gapPath = Path.Combine(summary, SummaryTables.Gap.FileName);
        string cityPath = Path.Combine(summary, SummaryTables.City.FileName);
        if (!File.Exists(gapPath) && !File.Exists(cityPath))
            throw new PlotInputException($"'{directory}' is a sweep without summary tables: run `adoptionsim summarize {directory}` first");

        var arms = new List<string>();
        var points = new List<string>();
        var variables = new List<string>();
        var cities = new List<(string, string)>();
        var tickTimes = new SortedDictionary<int, double>();

        var gapRows = File.Exists(gapPath) ? ReadSummary(gapPath, "variable", withClass: false) : [];
        var cityRows = File.Exists(cityPath) ? ReadSummary(cityPath, "city", withClass: true) : [];
        string diffPath = Path.Combine(summary, SummaryTables.GapDifferences.FileName);
        var diffRows = File.Exists(diffPath) ? ReadSummary(diffPath, "variable", withClass: false, withBaseline: true) : [];
        string policyPath = Path.Combine(summary, SummaryTables.PolicyNational.FileName);
        var policyRows = File.Exists(policyPath) ? ReadSummary(policyPath, "lever", withClass: false) : [];

        foreach (var r in gapRows.Concat(cityRows).Concat(diffRows).Concat(policyRows)) tickTimes.TryAdd(r.Tick, r.TimeYears);
        int[] ticks = tickTimes.Keys.ToArray();
        double[] times = tickTimes.Values.ToArray();
        var tickIndex = IndexOf(ticks);

        foreach (var r in gapRows.Concat(cityRows))
        {
            AddOnce(arms, r.Arm);
            AddOnce(points, r.Point);
        }
        foreach (var r in gapRows) AddOnce(variables, r.Key);
        var seenCities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in cityRows)
            if (seenCities.Add(r.Key)) cities.Add((r.Key, r.Class ?? ""));

        string? baseline = diffRows.Select(r => r.Baseline).FirstOrDefault(b => b is not null);
        var differenceArms = new List<string>();
        foreach (var r in diffRows)
            if (r.Arm != r.Baseline) AddOnce(differenceArms, r.Arm);

        var levers = new List<string>();
        foreach (var r in policyRows) AddOnce(levers, r.Key);

        return new SweepFigureData(directory, ticks, times, arms, points, variables, cities, baseline, differenceArms, levers,
            Collect(gapRows, tickIndex), Collect(cityRows, tickIndex), Collect(diffRows.Where(r => r.Arm != r.Baseline), tickIndex),
            Collect(policyRows, tickIndex));
    }

    /// <summary>
    /// The Bass case for a sweep: experiment.json describes a scenario with fully mixed contacts and p and q,
    /// and summary_city has exactly one city. p and q come from the first object in experiment.json that has
    /// both <c>adoption.p/q</c> and <c>network.mixing</c>; a point named like <c>adoption.q=0.5</c> overrides them.
    /// </summary>
    public BassCase? BassFor(string point)
    {
        if (Cities.Count != 1) return null;
        string path = Path.Combine(Directory, ExperimentFile);
        if (!File.Exists(path)) return null;
        double? p = null, q = null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (FindScenario(doc.RootElement) is not { } scenario) return null;
            if (!ProvenanceKeys.IsFullMixing(StringAt(scenario, ProvenanceKeys.NetworkMixing))) return null;
            p = NumberAt(scenario, ProvenanceKeys.AdoptionP);
            q = NumberAt(scenario, ProvenanceKeys.AdoptionQ);
        }
        catch (JsonException)
        {
            return null;
        }
        foreach (var part in point.Split([',', ';', '&', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2 || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) continue;
            if (kv[0] == ProvenanceKeys.Dotted(ProvenanceKeys.AdoptionP) || kv[0] == ProvenanceKeys.AdoptionP[^1]) p = v;
            if (kv[0] == ProvenanceKeys.Dotted(ProvenanceKeys.AdoptionQ) || kv[0] == ProvenanceKeys.AdoptionQ[^1]) q = v;
        }
        return p is double pp && q is double qq && pp > 0 && qq >= 0 ? new BassCase(pp, qq, 0) : null;
    }

    private static JsonElement? FindScenario(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (NumberAt(element, ProvenanceKeys.AdoptionP) is not null && StringAt(element, ProvenanceKeys.NetworkMixing) is not null) return element;
            foreach (var property in element.EnumerateObject())
                if (FindScenario(property.Value) is { } found) return found;
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindScenario(item) is { } found) return found;
        }
        return null;
    }

    private sealed record Row(string Arm, string Point, int Tick, double TimeYears, string Key, string? Class, string Measure,
        int N, double Mean, double Low, double High, string? Baseline);

    private static List<Row> ReadSummary(string path, string keyColumn, bool withClass, bool withBaseline = false)
    {
        var t = ParquetFile.Read(path);
        var arm = Column(t, "arm", t.GetString);
        var point = Column(t, "point", t.GetString);
        var tick = Column(t, "tick", t.GetInt32);
        var time = Column(t, "time_years", t.GetDouble);
        var key = Column(t, keyColumn, t.GetString);
        var cls = withClass ? Column(t, "class", t.GetString) : null;
        var measure = Column(t, "measure", t.GetString);
        var n = Column(t, "n", t.GetInt32);
        var mean = Column(t, "mean", t.GetDouble);
        var low = Column(t, "ci_low", t.GetDouble);
        var high = Column(t, "ci_high", t.GetDouble);
        var baseline = withBaseline ? Column(t, "baseline", t.GetString) : null;
        var meanNulls = t.GetNullMask("mean");
        var lowNulls = t.GetNullMask("ci_low");
        var highNulls = t.GetNullMask("ci_high");

        var rows = new List<Row>(t.RowCount);
        for (int i = 0; i < t.RowCount; i++)
        {
            rows.Add(new Row(arm[i] ?? "", point[i] ?? "", tick[i], time[i], key[i] ?? "", cls?[i], measure[i] ?? "", n[i],
                meanNulls is { } mn && mn[i] ? double.NaN : mean[i],
                lowNulls is { } ln && ln[i] ? double.NaN : low[i],
                highNulls is { } hn && hn[i] ? double.NaN : high[i],
                baseline?[i]));
        }
        return rows;
    }

    private static Dictionary<(string, string, string, string), SummarySeries> Collect(IEnumerable<Row> rows, Dictionary<int, int> tickIndex)
    {
        int count = tickIndex.Count;
        var arrays = new Dictionary<(string, string, string, string), (double[] Mean, double[] Low, double[] High, int N)>();
        foreach (var r in rows)
        {
            var key = (r.Arm, r.Point, r.Key, r.Measure);
            if (!arrays.TryGetValue(key, out var a))
            {
                a = (Filled(count), Filled(count), Filled(count), 0);
            }
            int t = tickIndex[r.Tick];
            a.Mean[t] = r.Mean;
            a.Low[t] = r.Low;
            a.High[t] = r.High;
            arrays[key] = a with { N = Math.Max(a.N, r.N) };
        }
        // No interval at all (one replication) means no band, rather than a band that draws nothing.
        return arrays.ToDictionary(kv => kv.Key, kv =>
        {
            var (mean, low, high, n) = kv.Value;
            bool banded = low.Any(double.IsFinite) && high.Any(double.IsFinite);
            return new SummarySeries(banded ? new BandedSeries(mean, low, high) : new BandedSeries(mean), n);
        });
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value)) list.Add(value);
    }
}
