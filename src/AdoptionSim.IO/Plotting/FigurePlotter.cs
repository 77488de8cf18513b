using System.Text;
using AdoptionSim.Charts;
using AdoptionSim.IO.Calibration;
using AdoptionSim.IO.Figures;
using AdoptionSim.IO.Sensitivity;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Plotting;

public sealed record PlotOptions
{
    public FigureFormat Format { get; init; } = FigureFormat.Svg;

    /// <summary>Where the figures go; default <c>DIR/figures/</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The tick the single map shows; default the last tick.</summary>
    public int? Tick { get; init; }

    /// <summary>How many panels the map over time has (evenly spaced, ending at the last tick).</summary>
    public int MapPanels { get; init; } = 3;

    /// <summary>Only the figures with these names (file names without extension, e.g. gap-mean-productivity); null for all.</summary>
    public IReadOnlyCollection<string>? Only { get; init; }

    /// <summary>The PNG converter (tests point it at a missing program); default rsvg-convert on PATH.</summary>
    public PngConverter? Converter { get; init; }
}

/// <summary>The files written, in order, and why any figure was left out.</summary>
public sealed record PlotResult(string OutputDirectory, IReadOnlyList<string> Files, IReadOnlyList<string> Notes);

/// <summary>
/// <c>adoptionsim plot</c>: reads a run or sweep folder and writes every figure that applies to it with the
/// builders in <see cref="AdoptionSim.IO.Figures"/>. File names (without extension):
/// <list type="bullet">
/// <item>run: <c>adoption-share</c>, <c>gap-mean-productivity</c>, <c>gap-adoption-share</c>, <c>map</c>,
/// <c>map-over-time</c>, <c>bass-validation</c> for the Bass case (one city, one idea, full mixing), and
/// <c>journeys</c> when the governance layer was on;</item>
/// <item>sweep: the same per arm (<c>gap-mean-productivity--ARM</c>, …; with several points also <c>--POINT</c>),
/// with 95% bands, plus <c>difference-VARIABLE-MEASURE</c> (each arm minus the baseline) when there are several arms,
/// <c>policy-spend--LEVER</c> (the lever's spend per tick in each arm that has it) when the sweep has levers, and
/// <c>journeys</c> (mean stage per region and arm) when an arm had the governance layer on;</item>
/// <item>calibration and sensitivity folders: the figures their commands drew (<see cref="CalibrationPlots"/>, <see cref="SensitivityPlots"/>).</item>
/// </list>
/// </summary>
public static class FigurePlotter
{
    /// <summary>Gap figures come in this order: the widening productivity gap first.</summary>
    private static readonly string[] VariableOrder = ["mean_productivity", "adoption_share"];

    /// <summary>The gap measures compared between arms, with their axis units.</summary>
    private static readonly (string Measure, string Name, string Unit)[] DifferenceMeasures =
    [
        ("sd_log", "SD of log", "log points"),
        ("gini", "Gini", "index points"),
    ];

    public static PlotResult Plot(string directory, PlotOptions? options = null)
    {
        options ??= new PlotOptions();
        if (!Directory.Exists(directory)) throw new PlotInputException($"folder '{directory}' not found");
        if (options.Format == FigureFormat.Png)
        {
            // Fail before drawing anything, with the message that says what to install.
            var converter = options.Converter ?? new PngConverter();
            if (!converter.IsAvailable) throw new ToolMissingException(PngConverter.DefaultExecutable, PngConverter.MissingMessage);
        }
        string output = options.OutputDirectory ?? Path.Combine(directory, "figures");

        if (SensitivityPlots.IsSensitivityFolder(directory)) return PlotFigures(SensitivityPlots.Figures(directory), output, options);
        if (CalibrationPlots.IsCalibrationFolder(directory)) return PlotFigures(CalibrationPlots.Figures(directory), output, options);
        if (RunFigureData.IsRunFolder(directory)) return PlotRun(RunFigureData.Load(directory), output, options);
        if (SweepFigureData.IsSweepFolder(directory)) return PlotSweep(SweepFigureData.Load(directory), output, options);
        throw new PlotInputException($"'{directory}' is neither a run folder (with city_ticks.parquet) nor a sweep folder (with experiment.json or summary/)");
    }

    private sealed class Writer(string output, PlotOptions options)
    {
        private readonly List<string> _available = [];

        public List<string> Files { get; } = [];
        public List<string> Notes { get; } = [];

        public void Write(FigureSpec spec, string name)
        {
            _available.Add(name);
            if (options.Only is { } only && !only.Contains(name, StringComparer.Ordinal)) return;
            Files.Add(FigureWriter.Write(spec, output, name, options.Format, converter: options.Converter));
        }

        public PlotResult Result()
        {
            if (options.Only is { } only && only.FirstOrDefault(n => !_available.Contains(n, StringComparer.Ordinal)) is { } missing)
                throw new PlotInputException($"no figure '{missing}' for this folder; its figures are {string.Join(", ", _available)}");
            return new(output, Files, Notes);
        }
    }

    /// <summary>The figures of a calibration or sensitivity folder, as its own code draws them.</summary>
    private static PlotResult PlotFigures(IReadOnlyList<(string Name, FigureSpec Figure)> figures, string output, PlotOptions options)
    {
        var w = new Writer(output, options);
        foreach (var (name, figure) in figures) w.Write(figure, name);
        return w.Result();
    }

    private static PlotResult PlotRun(RunFigureData run, string output, PlotOptions options)
    {
        var w = new Writer(output, options);
        var time = run.Time;
        if (run.Ticks.Count == 0) throw new PlotInputException($"'{run.Directory}' has no ticks in city_ticks.parquet");
        int mapIndex = TickIndex(run.Ticks, options.Tick);

        if (run.Bass is { } bass && run.YearsPerTick is double years)
        {
            var city = run.Cities[0];
            var from = Enumerable.Range(0, run.Ticks.Count).Where(i => run.Ticks[i] >= bass.IdeaTick).ToList();
            var bassTime = TimeAxis.Years(from.Select(i => (run.Ticks[i] - bass.IdeaTick) * years).ToArray());
            var simulated = new BandedSeries(from.Select(i => city.Share[i]).ToArray());
            w.Write(BassValidationFigure.Build(new BassValidationInput(bassTime, simulated, bass.P, bass.Q)), "bass-validation");
        }
        else if (run.Bass is not null)
        {
            w.Notes.Add("bass-validation skipped: run.json does not give tick.years, so time cannot be put in years");
        }

        w.Write(AdoptionShareFigure.Build(
            new AdoptionShareInput(time, run.Cities.Select(c => new CityShareSeries(c.City, c.StreetsAheadClass, c.Share)).ToList()),
            new AdoptionShareOptions
            {
                Title = run.Scenario is { } name ? $"Adoption share by city: {name}" : "Adoption share by city",
                Subtitle = AdoptionSubtitle(run.Cities.Count),
            }),
            "adoption-share");
        if (JourneyPlots.ForRun(run) is { } journeys) w.Write(journeys, JourneyPlots.Name);

        if (run.Cities.Count < 2)
        {
            w.Notes.Add("gap and map figures skipped: they need at least two cities");
            return w.Result();
        }

        foreach (var gap in Ordered(run.Gaps, g => g.Variable))
        {
            var input = new GapInput(time, new BandedSeries(gap.SdLog), new BandedSeries(gap.TheilBetween),
                new BandedSeries(gap.TheilWithin), new BandedSeries(gap.Gini))
            { Variable = Describe(gap.Variable) };
            string title = $"The gap between cities in {Describe(gap.Variable)}" + (run.Scenario is { } scenario ? $": {scenario}" : "");
            w.Write(GapFigure.Build(input, title), "gap-" + Slug(gap.Variable));
        }
        if (run.Gaps.Count == 0) w.Notes.Add("gap figures skipped: no gap_ticks.parquet");

        if (run.HasPositions)
        {
            var map = new CityMapInput(time, run.Cities.Select(c => new MapCity(c.City, c.Latitude, c.Longitude, c.Firms, c.Share)).ToList());
            WriteMaps(w, map, mapIndex, options.MapPanels, "");
        }
        else
        {
            w.Notes.Add("map figures skipped: cities.parquet is missing or lacks positions");
        }
        return w.Result();
    }

    private static PlotResult PlotSweep(SweepFigureData sweep, string output, PlotOptions options)
    {
        var w = new Writer(output, options);
        if (sweep.Ticks.Count == 0) throw new PlotInputException($"the summary tables of '{sweep.Directory}' have no rows");
        var time = sweep.Time;
        bool severalPoints = sweep.Points.Count > 1;
        var positions = FindPositions(sweep.Directory);

        foreach (string point in sweep.Points)
        {
            string pointSuffix = severalPoints ? "--" + Slug(point) : "";
            string pointText = severalPoints ? $" ({point})" : "";

            var bass = sweep.BassFor(point);
            foreach (string arm in sweep.Arms)
            {
                string suffix = "--" + Slug(arm) + pointSuffix;
                string label = arm + pointText;

                if (bass is not null && sweep.City(arm, point, sweep.Cities[0].City, "adoption_share") is { } share)
                {
                    w.Write(BassValidationFigure.Build(
                        new BassValidationInput(time, share.Series, bass.P, bass.Q) { Replications = share.Replications },
                        $"Bass validation: {label}"), "bass-validation" + suffix);
                }

                var cityShares = sweep.Cities
                    .Select(c => (c, s: sweep.City(arm, point, c.City, "adoption_share")))
                    .Where(x => x.s is not null)
                    .Select(x => new CityShareSeries(x.c.City, x.c.Class, x.s!.Series.Mean))
                    .ToList();
                if (cityShares.Count > 0)
                {
                    w.Write(AdoptionShareFigure.Build(new AdoptionShareInput(time, cityShares), new AdoptionShareOptions
                    {
                        Title = $"Adoption share by city: {label}",
                        Subtitle = "Mean over replications, one line per city coloured by Streets Ahead class",
                    }), "adoption-share" + suffix);
                }

                if (sweep.Cities.Count >= 2 || sweep.Cities.Count == 0)
                {
                    foreach (string variable in Ordered(sweep.Variables, v => v))
                    {
                        var sd = sweep.Gap(arm, point, variable, "sd_log");
                        var tb = sweep.Gap(arm, point, variable, "theil_between");
                        var tw = sweep.Gap(arm, point, variable, "theil_within");
                        var gini = sweep.Gap(arm, point, variable, "gini");
                        if (sd is null || tb is null || tw is null || gini is null)
                        {
                            w.Notes.Add($"gap-{Slug(variable)}{suffix} skipped: summary_gap lacks one of sd_log, theil_between, theil_within, gini");
                            continue;
                        }
                        int n = new[] { sd, tb, tw, gini }.Max(x => x.Replications);
                        var input = new GapInput(time, sd.Series, tb.Series, tw.Series, gini.Series)
                        {
                            Variable = Describe(variable),
                            Replications = n > 0 ? n : null,
                        };
                        w.Write(GapFigure.Build(input, $"The gap between cities in {Describe(variable)}: {label}"), $"gap-{Slug(variable)}{suffix}");
                    }
                }
            }

            if (sweep.Baseline is { } baseline && sweep.DifferenceArms.Count > 0)
            {
                foreach (string variable in Ordered(sweep.Variables.Count > 0 ? sweep.Variables : VariableOrder, v => v))
                {
                    foreach (var (measure, name, unit) in DifferenceMeasures)
                    {
                        var arms = sweep.DifferenceArms
                            .Select(a => (Arm: a, D: sweep.Difference(a, point, variable, measure)))
                            .Where(x => x.D is not null)
                            .ToList();
                        if (arms.Count == 0) continue;
                        int n = arms.Max(x => x.D!.Replications);
                        var input = new ScenarioDifferenceInput(time, arms.Select(x => new ArmDifference(x.Arm, x.D!.Series)).ToList())
                        {
                            Measure = $"{name} {Describe(variable)}",
                            Format = TickFormat.Number,
                            Unit = unit,
                            Baseline = baseline,
                            Replications = n > 0 ? n : null,
                        };
                        w.Write(ScenarioDifferenceFigure.Build(input, $"The gap in {Describe(variable)} ({name}): arms against the {baseline}{pointText}"),
                            $"difference-{Slug(variable)}-{Slug(measure)}{pointSuffix}");
                    }
                }
            }
            WritePolicySpend(w, sweep, time, point, pointSuffix, pointText);
            if (JourneyPlots.ForSweep(sweep, point, pointText) is { } journeys) w.Write(journeys, JourneyPlots.Name + pointSuffix);
        }
        if (sweep.Baseline is null && sweep.Arms.Count > 1)
            w.Notes.Add("difference figures skipped: summary/differences_gap.parquet is missing");

        // The map needs positions, which the summary tables do not carry: they come from a cities.parquet in the sweep folder.
        if (positions is null)
        {
            if (sweep.Cities.Count > 1) w.Notes.Add("map figures skipped: no cities.parquet in the sweep folder to place the cities");
        }
        else if (sweep.Cities.Count > 1)
        {
            string arm = sweep.Baseline is { } b && sweep.Arms.Contains(b) ? b : sweep.Arms[0];
            string point = sweep.Points[0];
            var mapCities = sweep.Cities
                .Where(c => positions.ContainsKey(c.City))
                .Select(c => new MapCity(c.City, positions[c.City].Lat, positions[c.City].Lon,
                    sweep.City(arm, point, c.City, "firms")?.Series.Mean ?? Enumerable.Repeat(1.0, sweep.Ticks.Count).ToArray(),
                    sweep.City(arm, point, c.City, "adoption_share")?.Series.Mean ?? RunFigureData.Filled(sweep.Ticks.Count)))
                .ToList();
            WriteMaps(w, new CityMapInput(time, mapCities), TickIndex(sweep.Ticks, options.Tick), options.MapPanels,
                "--" + Slug(arm) + (severalPoints ? "--" + Slug(point) : ""), $": {arm}, mean over replications");
        }
        return w.Result();
    }

    /// <summary>
    /// <c>policy-spend--LEVER</c>: what one lever spends per tick over all its target cities, one line per arm
    /// that has it (summary_policy_national), in £ million with 95% bands.
    /// </summary>
    private static void WritePolicySpend(Writer w, SweepFigureData sweep, TimeAxis time, string point, string pointSuffix, string pointText)
    {
        foreach (string lever in sweep.Levers)
        {
            var arms = sweep.Arms
                .Select(a => (Arm: a, Spend: sweep.Policy(a, point, lever, "spend")))
                .Where(x => x.Spend is not null)
                .Select(x => (x.Arm, Series: Scaled(x.Spend!.Series, 1e-6), x.Spend!.Replications))
                .ToList();
            if (arms.Count == 0) continue;
            int n = arms.Max(x => x.Replications);
            var input = new ArmSeriesInput(time, arms.Select(x => new ArmSeries(x.Arm, x.Series)).ToList())
            {
                Measure = "Spend per tick",
                Unit = "£ million",
                Replications = n > 0 ? n : null,
            };
            w.Write(ArmSeriesFigure.Build(input, $"Policy spend: {lever}{pointText}"), $"policy-spend--{Slug(lever)}{pointSuffix}");
        }
    }

    private static BandedSeries Scaled(BandedSeries series, double factor) =>
        new(series.Mean.Select(v => v * factor).ToArray(), series.Lower?.Select(v => v * factor).ToArray(), series.Upper?.Select(v => v * factor).ToArray());

    private static void WriteMaps(Writer w, CityMapInput map, int index, int panels, string suffix, string titleSuffix = "")
    {
        var options = new CityMapOptions { Title = "Adoption across UK cities" + titleSuffix };
        w.Write(CityMapFigure.Build(map, index, options), "map" + suffix);
        // Evenly spaced after the start: at tick 0 nobody has adopted, and an all-dark first panel says nothing.
        var indices = map.Time.Count > panels
            ? CityMapFigure.EvenlySpaced(map.Time, panels + 1).Skip(1).ToList()
            : CityMapFigure.EvenlySpaced(map.Time, panels);
        // A country taller than wide, several times across: a 16:9 slide gives each panel the room a 16:10 one does not.
        var grid = CityMapFigure.BuildSmallMultiples(map, indices, options with { Title = "Adoption across UK cities" });
        w.Write(indices.Count > 2 ? grid with { Width = 1280, Height = 640 } : grid, "map-over-time" + suffix);
    }

    private static Dictionary<string, (double Lat, double Lon)>? FindPositions(string directory)
    {
        string? path = Directory.EnumerateFiles(directory, "cities.parquet", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).FirstOrDefault();
        if (path is null) return null;
        var table = ParquetFile.Read(path);
        var names = RunFigureData.Column(table, "city", table.GetString);
        var lat = RunFigureData.Column(table, "lat", table.GetDouble);
        var lon = RunFigureData.Column(table, "lon", table.GetDouble);
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        for (int i = 0; i < table.RowCount; i++)
            if (names[i] is { } n) result.TryAdd(n, (lat[i], lon[i]));
        return result;
    }

    /// <summary>The index of <paramref name="tick"/> in the run's ticks; the last when null.</summary>
    private static int TickIndex(IReadOnlyList<int> ticks, int? tick)
    {
        if (tick is null) return ticks.Count - 1;
        for (int i = 0; i < ticks.Count; i++)
            if (ticks[i] == tick) return i;
        throw new PlotInputException($"--tick {tick}: the outputs have ticks {ticks[0]} to {ticks[^1]}");
    }

    private static IEnumerable<T> Ordered<T>(IEnumerable<T> items, Func<T, string> variable) =>
        items.OrderBy(i => Array.IndexOf(VariableOrder, variable(i)) is int k && k >= 0 ? k : VariableOrder.Length)
            .ThenBy(i => variable(i), StringComparer.Ordinal);

    private static string AdoptionSubtitle(int cities) => cities == 1
        ? "Share of firms that have adopted, on average, the ideas available"
        : "One line per city, coloured by Streets Ahead class; London and the highest and lowest cities labelled";

    /// <summary>"mean_productivity" → "mean productivity".</summary>
    public static string Describe(string variable) => variable.Replace('_', ' ');

    /// <summary>A file-name-safe form of an arm, point or variable: letters, digits, '.', '-', '=' kept; the rest become '-'.</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '=' ? c : '-');
        string slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "all" : slug;
    }
}
