using AdoptionSim.Charts;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Experiments.Reports;

/// <summary>A measure over the ticks of one replicate (NaN where it is undefined, e.g. a share of nothing yet).</summary>
public sealed record MeasureSeries(int[] Ticks, double[] Values)
{
    public double Last => Values.Length == 0 ? double.NaN : Values[^1];

    /// <summary>The value at a tick, NaN when the series does not have it.</summary>
    public double At(int tick)
    {
        var i = Array.IndexOf(Ticks, tick);
        return i < 0 ? double.NaN : Values[i];
    }
}

/// <summary>
/// The tables of one replicate of a sweep, read once, and every <see cref="ClaimMeasure"/> computed from them per
/// tick. Target cities (for the target measures) are passed in, so that a comparison arm is measured on the
/// cities the claim's arm targets.
/// </summary>
public sealed class ClaimMeasures
{
    private readonly SummaryReplicate _replicate;
    private ParquetTable? _city, _gap, _policy, _region;

    public ClaimMeasures(SummaryReplicate replicate) => _replicate = replicate;

    private ParquetTable City => _city ??= ParquetFile.Read(_replicate.CityTicks);
    private ParquetTable Gap => _gap ??= ParquetFile.Read(_replicate.GapTicks);

    /// <summary>The replicate's policy_ticks and region_ticks; null when it has none.</summary>
    private ParquetTable? Policy => _policy ??= _replicate.PolicyTicks is { } p ? ParquetFile.Read(p) : null;
    private ParquetTable? Region => _region ??= _replicate.RegionTicks is { } r ? ParquetFile.Read(r) : null;

    /// <summary>The cities the replicate's levers act in (policy_ticks), in order of first appearance.</summary>
    public IReadOnlyList<string> TargetCities() =>
        Policy is { } p ? p.GetString("city").Where(c => c is not null).Select(c => c!).Distinct().ToList() : [];

    /// <summary>£ million the replicate's levers spent over the whole run (policy_ticks).</summary>
    public double SpendMillions() => Policy is { } p ? p.GetDouble("spend").Sum() / 1e6 : 0;

    /// <summary>Whether the replicate has the tables the measure needs (region_ticks with rows for the journey measures).</summary>
    public bool Has(ClaimMeasure measure) => !IsJourney(measure) || Region is { RowCount: > 0 };

    public MeasureSeries Series(ClaimMeasure measure, IReadOnlyCollection<string> targets) => measure switch
    {
        ClaimMeasure.AdoptionShare => Weighted(City, "adoption_share", "firms", _ => true),
        ClaimMeasure.MeanProductivity => Weighted(City, "mean_productivity", "workers", _ => true),
        ClaimMeasure.SigmaRise => SigmaRise(),
        ClaimMeasure.NetworkShare => NetworkShare(),
        ClaimMeasure.TargetAdoptionShare => Weighted(City, "adoption_share", "firms", targets.Contains),
        ClaimMeasure.TargetFirms => Summed(City, "firms", targets.Contains),
        ClaimMeasure.HubAdvantage => GroupGap(hubs: true),
        ClaimMeasure.LocalLinksAdvantage => GroupGap(hubs: false),
        ClaimMeasure.ForwardMargin => ForwardMargin(),
        ClaimMeasure.SuitedProgressGap => SuitedProgressGap(),
        ClaimMeasure.MeanStage => Averaged(Region!, "stage_index"),
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    public static bool IsJourney(ClaimMeasure measure) =>
        measure is ClaimMeasure.ForwardMargin or ClaimMeasure.SuitedProgressGap or ClaimMeasure.MeanStage;

    /// <summary>How a measure's values are written in figures: shares in percent (points for differences), the rest as numbers with a unit.</summary>
    public static (TickFormat Level, TickFormat Difference, string? Unit) Format(ClaimMeasure measure) => measure switch
    {
        ClaimMeasure.SigmaRise => (TickFormat.Number, TickFormat.Number, "log points"),
        ClaimMeasure.MeanProductivity => (TickFormat.Number, TickFormat.Number, "model units per worker"),
        ClaimMeasure.TargetFirms => (TickFormat.Number, TickFormat.Number, "firms"),
        ClaimMeasure.MeanStage => (TickFormat.Number, TickFormat.Number, "stages"),
        _ => (TickFormat.Percent, TickFormat.PercentagePoints, "percentage points"),
    };

    private static int[] TicksOf(ParquetTable table) => table.GetInt32("tick").Distinct().Order().ToArray();

    /// <summary>Σ weight·value / Σ weight over the rows of each tick whose city passes <paramref name="include"/>.</summary>
    private static MeasureSeries Weighted(ParquetTable table, string value, string weight, Func<string, bool> include)
    {
        var ticks = TicksOf(table);
        var index = ticks.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var sum = new double[ticks.Length];
        var weights = new double[ticks.Length];
        var tick = table.GetInt32("tick");
        var city = table.GetString("city");
        var values = table.GetDouble(value);
        var w = Numbers(table, weight);
        for (var row = 0; row < table.RowCount; row++)
        {
            if (city[row] is not { } name || !include(name) || !double.IsFinite(values[row])) continue;
            sum[index[tick[row]]] += w[row] * values[row];
            weights[index[tick[row]]] += w[row];
        }
        return new MeasureSeries(ticks, sum.Select((s, i) => weights[i] > 0 ? s / weights[i] : double.NaN).ToArray());
    }

    private static MeasureSeries Summed(ParquetTable table, string value, Func<string, bool> include)
    {
        var ticks = TicksOf(table);
        var index = ticks.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var sum = new double[ticks.Length];
        var tick = table.GetInt32("tick");
        var city = table.GetString("city");
        var values = Numbers(table, value);
        for (var row = 0; row < table.RowCount; row++)
            if (city[row] is { } name && include(name)) sum[index[tick[row]]] += values[row];
        return new MeasureSeries(ticks, sum);
    }

    private static MeasureSeries Averaged(ParquetTable table, string value)
    {
        var ticks = TicksOf(table);
        var index = ticks.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var sum = new double[ticks.Length];
        var count = new double[ticks.Length];
        var tick = table.GetInt32("tick");
        var values = Numbers(table, value);
        for (var row = 0; row < table.RowCount; row++)
        {
            sum[index[tick[row]]] += values[row];
            count[index[tick[row]]]++;
        }
        return new MeasureSeries(ticks, sum.Select((s, i) => count[i] > 0 ? s / count[i] : double.NaN).ToArray());
    }

    private MeasureSeries SigmaRise()
    {
        var variable = Gap.GetString("variable");
        var tick = Gap.GetInt32("tick");
        var sd = Gap.GetDouble("sd_log");
        var rows = Enumerable.Range(0, Gap.RowCount).Where(i => variable[i] == "mean_productivity").OrderBy(i => tick[i]).ToList();
        if (rows.Count == 0) return new MeasureSeries([], []);
        var start = sd[rows[0]];
        return new MeasureSeries(rows.Select(i => tick[i]).ToArray(), rows.Select(i => sd[i] - start).ToArray());
    }

    private MeasureSeries NetworkShare()
    {
        var ticks = TicksOf(City);
        var index = ticks.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var all = new double[ticks.Length];
        var network = new double[ticks.Length];
        var tick = City.GetInt32("tick");
        var (external, peer, brokered, procurement) = (City.GetInt32("adoptions_external"), City.GetInt32("adoptions_peer"),
            City.GetInt32("adoptions_brokered"), City.GetInt32("adoptions_procurement"));
        for (var row = 0; row < City.RowCount; row++)
        {
            var t = index[tick[row]];
            all[t] += external[row] + peer[row] + brokered[row] + procurement[row];
            network[t] += peer[row] + brokered[row];
        }
        return new MeasureSeries(ticks, Cumulative(network, all));
    }

    /// <summary>Hubs: the largest fifth of cities against the rest. Local links: small technology innovators against the other small cities.</summary>
    private MeasureSeries GroupGap(bool hubs)
    {
        var tick = City.GetInt32("tick");
        var first = tick.Min();
        var city = City.GetString("city");
        var cls = City.GetString("class");
        var population = City.GetDouble("population");
        var cities = Enumerable.Range(0, City.RowCount).Where(i => tick[i] == first)
            .Select(i => (Name: city[i]!, Class: cls[i] ?? "", Population: population[i]))
            .OrderByDescending(c => c.Population).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        HashSet<string> inGroup, inRest;
        if (hubs)
        {
            var top = (cities.Count + 4) / 5;
            inGroup = cities.Take(top).Select(c => c.Name).ToHashSet();
            inRest = cities.Skip(top).Select(c => c.Name).ToHashSet();
        }
        else
        {
            var small = cities.Skip(cities.Count / 2).ToList();
            inGroup = small.Where(c => c.Class == "technology_innovator").Select(c => c.Name).ToHashSet();
            inRest = small.Where(c => c.Class != "technology_innovator").Select(c => c.Name).ToHashSet();
        }
        var group = Weighted(City, "adoption_share", "firms", inGroup.Contains);
        var rest = Weighted(City, "adoption_share", "firms", inRest.Contains);
        return new MeasureSeries(group.Ticks, group.Values.Zip(rest.Values, (a, b) => a - b).ToArray());
    }

    /// <summary>
    /// Forward's rate minus the lowest rate of the other outcomes, each outcome's rate being its count over the
    /// moments at which it was possible (no falling back from A, no skipping from D or E), cumulated over ticks:
    /// pooled shares would make falling back look rare only because most moments happen at A.
    /// </summary>
    private MeasureSeries ForwardMargin()
    {
        var region = Region!;
        var ticks = TicksOf(region);
        var result = new double[ticks.Length];
        var counts = new double[JourneyOutcomes.Names.Length];
        var possible = new double[JourneyOutcomes.Names.Length];
        var previous = new Dictionary<string, int>(StringComparer.Ordinal);
        var (tick, name, stage, outcome) = (region.GetInt32("tick"), region.GetString("region"), region.GetInt32("stage_index"), region.GetString("outcome"));
        var index = ticks.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var rows = Enumerable.Range(0, region.RowCount).OrderBy(row => tick[row]).ToList(); // stable: region order within a tick
        var next = 0;
        for (var t = 0; t < ticks.Length; t++)
        {
            for (; next < rows.Count && index[tick[rows[next]]] == t; next++)
            {
                var row = rows[next];
                var key = name[row] ?? "";
                if (outcome[row] is { Length: > 0 } o && previous.TryGetValue(key, out var from)) JourneyOutcomes.Count(from, o, counts, possible);
                previous[key] = stage[row];
            }
            result[t] = JourneyOutcomes.ForwardMargin(counts, possible);
        }
        return new MeasureSeries(ticks, result);
    }

    private MeasureSeries SuitedProgressGap()
    {
        var region = Region!;
        var ticks = TicksOf(region);
        var index = ticks.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var (suited, suitedOn, unsuited, unsuitedOn) = (new double[ticks.Length], new double[ticks.Length], new double[ticks.Length], new double[ticks.Length]);
        var tick = region.GetInt32("tick");
        var moment = region.GetInt32("critical_moment");
        var suitability = region.GetDouble("suitability");
        var (forward, skip) = (region.GetInt32("moment_forward"), region.GetInt32("moment_skip"));
        for (var row = 0; row < region.RowCount; row++)
        {
            if (moment[row] == 0 || !double.IsFinite(suitability[row]) || suitability[row] == 0) continue;
            var t = index[tick[row]];
            var on = forward[row] + skip[row];
            if (suitability[row] > 0) (suited[t], suitedOn[t]) = (suited[t] + 1, suitedOn[t] + on);
            else (unsuited[t], unsuitedOn[t]) = (unsuited[t] + 1, unsuitedOn[t] + on);
        }
        var a = Cumulative(suitedOn, suited);
        var b = Cumulative(unsuitedOn, unsuited);
        return new MeasureSeries(ticks, a.Zip(b, (x, y) => x - y).ToArray());
    }

    private static double[] Running(double[] values)
    {
        var result = new double[values.Length];
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++) result[i] = sum += values[i];
        return result;
    }

    /// <summary>Running numerator over running denominator, NaN while the denominator is 0.</summary>
    private static double[] Cumulative(double[] numerator, double[] denominator)
    {
        var n = Running(numerator);
        var d = Running(denominator);
        return n.Select((x, i) => d[i] > 0 ? x / d[i] : double.NaN).ToArray();
    }

    private static double[] Numbers(ParquetTable table, string column) =>
        table.Schema.Columns.First(c => c.Name == column).Type switch
        {
            ParquetType.Int32 => table.GetInt32(column).Select(v => (double)v).ToArray(),
            ParquetType.Int64 => table.GetInt64(column).Select(v => (double)v).ToArray(),
            _ => table.GetDouble(column),
        };
}
