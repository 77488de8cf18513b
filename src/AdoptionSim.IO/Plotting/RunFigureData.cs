using System.Text.Json;
using AdoptionSim.IO.Figures;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Plotting;

/// <summary>One city's series from a run: position, class and, per time point, firms and adoption share.</summary>
public sealed record CitySeries(string City, string StreetsAheadClass, double Latitude, double Longitude, double[] Firms, double[] Share);

/// <summary>The gap measures of one city variable over time (NaN where a tick has no value).</summary>
public sealed record GapSeries(string Variable, double[] SdLog, double[] TheilBetween, double[] TheilWithin, double[] Gini);

/// <summary>
/// A run is the Bass validation case when it has one city, one idea and fully mixed contacts; p and q (per
/// year) come from run.json, and time in the closed form counts from the tick the idea appeared.
/// </summary>
public sealed record BassCase(double P, double Q, int IdeaTick);

/// <summary>
/// What the figures need from a run folder, read with the project's Parquet reader: city_ticks.parquet
/// (shares, firms, classes), gap_ticks.parquet (the gap measures), cities.parquet (positions) and run.json
/// (years per tick, and p, q and the mixing for the Bass case).
/// </summary>
public sealed class RunFigureData
{
    private RunFigureData(string directory, string? runId, string? scenario, int[] ticks, double? yearsPerTick,
        IReadOnlyList<CitySeries> cities, IReadOnlyList<GapSeries> gaps, BassCase? bass, bool hasPositions)
    {
        Directory = directory;
        RunId = runId;
        Scenario = scenario;
        Ticks = ticks;
        YearsPerTick = yearsPerTick;
        Cities = cities;
        Gaps = gaps;
        Bass = bass;
        HasPositions = hasPositions;
    }

    public string Directory { get; }
    public string? RunId { get; }
    public string? Scenario { get; }

    /// <summary>The ticks present in city_ticks.parquet, ascending; every series has one value per tick.</summary>
    public IReadOnlyList<int> Ticks { get; }

    /// <summary>From run.json's resolved_scenario.tick.years; null if the manifest lacks it (time is then shown in ticks).</summary>
    public double? YearsPerTick { get; }

    public IReadOnlyList<CitySeries> Cities { get; }
    public IReadOnlyList<GapSeries> Gaps { get; }
    public BassCase? Bass { get; }

    /// <summary>Whether cities.parquet gave every city a position (the map needs it).</summary>
    public bool HasPositions { get; }

    public TimeAxis Time => YearsPerTick is double y
        ? TimeAxis.Years(Ticks.Select(t => t * y).ToArray())
        : TimeAxis.Ticks(Ticks.Select(t => (double)t).ToArray());

    public static bool IsRunFolder(string directory) => File.Exists(Path.Combine(directory, RunTables.CityTicks.FileName));

    public static RunFigureData Load(string directory)
    {
        string cityTicksPath = Path.Combine(directory, RunTables.CityTicks.FileName);
        if (!File.Exists(cityTicksPath))
            throw new PlotInputException($"'{directory}' is not a run folder: it has no {RunTables.CityTicks.FileName}");

        var manifest = ReadManifest(Path.Combine(directory, RunManifest.FileName));
        var cityTicks = ParquetFile.Read(cityTicksPath);
        var tickColumn = Column(cityTicks, "tick", cityTicks.GetInt32);
        var ticks = tickColumn.Distinct().Order().ToArray();
        var tickIndex = IndexOf(ticks);

        // City order, class and position: cities.parquet when present (the scenario's order), else first appearance.
        var positions = new Dictionary<string, (double Lat, double Lon, string Class)>(StringComparer.Ordinal);
        var order = new List<string>();
        string citiesPath = Path.Combine(directory, RunTables.Cities.FileName);
        if (File.Exists(citiesPath))
        {
            var cities = ParquetFile.Read(citiesPath);
            var names = Column(cities, "city", cities.GetString);
            var lat = Column(cities, "lat", cities.GetDouble);
            var lon = Column(cities, "lon", cities.GetDouble);
            var cls = Column(cities, "class", cities.GetString);
            for (int i = 0; i < cities.RowCount; i++)
            {
                if (names[i] is not { } name || !positions.TryAdd(name, (lat[i], lon[i], cls[i] ?? ""))) continue;
                order.Add(name);
            }
        }

        var cityColumn = Column(cityTicks, "city", cityTicks.GetString);
        var classColumn = Column(cityTicks, "class", cityTicks.GetString);
        var shareColumn = Column(cityTicks, "adoption_share", cityTicks.GetDouble);
        var shareNulls = cityTicks.GetNullMask("adoption_share");
        var firmsColumn = Column(cityTicks, "firms", cityTicks.GetInt32);
        var firmsNulls = cityTicks.GetNullMask("firms");

        var byCity = new Dictionary<string, (double[] Firms, double[] Share, string Class)>(StringComparer.Ordinal);
        foreach (var name in order) byCity[name] = (Filled(ticks.Length), Filled(ticks.Length), positions[name].Class);
        for (int row = 0; row < cityTicks.RowCount; row++)
        {
            if (cityColumn[row] is not { } name) continue;
            if (!byCity.TryGetValue(name, out var series))
            {
                series = (Filled(ticks.Length), Filled(ticks.Length), "");
                byCity[name] = series;
                order.Add(name);
            }
            int t = tickIndex[tickColumn[row]];
            series.Share[t] = shareNulls is { } sn && sn[row] ? double.NaN : shareColumn[row];
            series.Firms[t] = firmsNulls is { } fn && fn[row] ? double.NaN : firmsColumn[row];
            // The class in city_ticks is the one the model used; it wins over cities.parquet's.
            if (classColumn[row] is { Length: > 0 } cls && cls != series.Class) byCity[name] = series with { Class = cls };
        }

        var citySeries = order.Select(name =>
        {
            var s = byCity[name];
            var p = positions.TryGetValue(name, out var found) ? found : (double.NaN, double.NaN, "");
            return new CitySeries(name, s.Class, p.Item1, p.Item2, s.Firms, s.Share);
        }).ToList();
        bool hasPositions = citySeries.Count > 0 && citySeries.All(c => double.IsFinite(c.Latitude) && double.IsFinite(c.Longitude));

        var gaps = ReadGaps(Path.Combine(directory, RunTables.GapTicks.FileName), tickIndex, ticks.Length);
        var bass = DetectBass(directory, manifest, citySeries.Count);
        return new RunFigureData(directory, manifest.RunId, manifest.Scenario, ticks, manifest.YearsPerTick, citySeries, gaps, bass, hasPositions);
    }

    /// <summary>The gap measures per variable, in the order the variables first appear.</summary>
    private static IReadOnlyList<GapSeries> ReadGaps(string path, Dictionary<int, int> tickIndex, int count)
    {
        if (!File.Exists(path)) return [];
        var table = ParquetFile.Read(path);
        var tick = Column(table, "tick", table.GetInt32);
        var variable = Column(table, "variable", table.GetString);
        var measures = new[] { "sd_log", "theil_between", "theil_within", "gini" }
            .Select(m => (Values: Column(table, m, table.GetDouble), Nulls: table.GetNullMask(m))).ToArray();

        var result = new List<GapSeries>();
        var byVariable = new Dictionary<string, GapSeries>(StringComparer.Ordinal);
        for (int row = 0; row < table.RowCount; row++)
        {
            if (variable[row] is not { } v || !tickIndex.TryGetValue(tick[row], out int t)) continue;
            if (!byVariable.TryGetValue(v, out var gap))
            {
                gap = new GapSeries(v, Filled(count), Filled(count), Filled(count), Filled(count));
                byVariable[v] = gap;
                result.Add(gap);
            }
            var targets = new[] { gap.SdLog, gap.TheilBetween, gap.TheilWithin, gap.Gini };
            for (int m = 0; m < measures.Length; m++)
                targets[m][t] = measures[m].Nulls is { } nulls && nulls[row] ? double.NaN : measures[m].Values[row];
        }
        return result;
    }

    private static BassCase? DetectBass(string directory, Manifest manifest, int cityCount)
    {
        if (cityCount != 1 || !ProvenanceKeys.IsFullMixing(manifest.Mixing) || manifest.P is not double p || manifest.Q is not double q) return null;
        string ideasPath = Path.Combine(directory, RunTables.Ideas.FileName);
        if (!File.Exists(ideasPath)) return null;
        var ideas = ParquetFile.Read(ideasPath);
        if (ideas.RowCount != 1) return null;
        return new BassCase(p, q, Column(ideas, "tick", ideas.GetInt32)[0]);
    }

    private sealed record Manifest(string? RunId, string? Scenario, double? YearsPerTick, double? P, double? Q, string? Mixing);

    private static Manifest ReadManifest(string path)
    {
        if (!File.Exists(path)) return new Manifest(null, null, null, null, null, null);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            var scenario = root.TryGetProperty("resolved_scenario", out var s) ? s : default;
            return new Manifest(
                StringAt(root, "run_id"),
                StringAt(root, "scenario"),
                PositiveNumberAt(scenario, ProvenanceKeys.TickYears),
                NumberAt(scenario, ProvenanceKeys.AdoptionP),
                NumberAt(scenario, ProvenanceKeys.AdoptionQ),
                StringAt(scenario, ProvenanceKeys.NetworkMixing));
        }
        catch (JsonException e)
        {
            throw new PlotInputException($"'{path}' is not valid JSON: {e.Message}");
        }
    }

    internal static JsonElement? At(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        }
        return element;
    }

    internal static string? StringAt(JsonElement element, params string[] path) =>
        At(element, path) is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;

    internal static double? NumberAt(JsonElement element, params string[] path) =>
        At(element, path) is { ValueKind: JsonValueKind.Number } e ? e.GetDouble() : null;

    private static double? PositiveNumberAt(JsonElement element, params string[] path) =>
        NumberAt(element, path) is double v && v > 0 && double.IsFinite(v) ? v : null;

    /// <summary>A column, or a clear error naming the file and the column when an older or foreign file lacks it.</summary>
    internal static T Column<T>(ParquetTable table, string name, Func<string, T> get)
    {
        if (table.Schema.IndexOf(name) < 0)
            throw new PlotInputException($"'{table.Path}' has no column '{name}'; its columns are {string.Join(", ", table.Schema.Columns.Select(c => c.Name))}");
        try
        {
            return get(name);
        }
        catch (InvalidOperationException e)
        {
            throw new PlotInputException(e.Message);
        }
    }

    internal static double[] Filled(int count) => Enumerable.Repeat(double.NaN, count).ToArray();

    internal static Dictionary<int, int> IndexOf(int[] ticks)
    {
        var index = new Dictionary<int, int>();
        for (int i = 0; i < ticks.Length; i++) index[ticks[i]] = i;
        return index;
    }
}
