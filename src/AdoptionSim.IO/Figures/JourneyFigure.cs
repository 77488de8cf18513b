using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>One region's journey in one run: its stage (1 = A … 5 = E) and style at each time point, and where it faced a critical moment.</summary>
public sealed record RegionJourney(string Region, IReadOnlyList<double> Stage, IReadOnlyList<string> Style, IReadOnlyList<bool> Moment);

/// <summary>One region's mean stage over replications in each arm of a sweep.</summary>
public sealed record RegionArmJourneys(string Region, IReadOnlyList<ArmSeries> Arms);

/// <summary>
/// Regional innovation journeys over time, one panel per functional region, the stage on a 1–5 axis
/// (A = 1 … E = 5): from a run a step line coloured by leadership style with a dot at each critical moment;
/// from a sweep the mean stage per arm with its 95% band.
/// </summary>
public static class JourneyFigure
{
    /// <summary>Style names in the order of the legend, each with its colour.</summary>
    public static readonly IReadOnlyList<(string Style, string Label, string Color)> Styles =
    [
        ("orchestral", "orchestral", OkabeIto.Blue),
        ("barber_shop_quartet", "barber-shop quartet", OkabeIto.Vermillion),
        ("enthusiastic_improvisation", "enthusiastic improvisation", OkabeIto.BluishGreen),
        ("jamming_super_group", "jamming super-group", OkabeIto.ReddishPurple),
    ];

    private const string StageAxis = "Stage (A cadre 1, B vision 2, C piloting 3, D mainstreaming 4, E renewal 5)";

    public static SmallMultiplesSpec BuildRun(TimeAxis time, IReadOnlyList<RegionJourney> regions, string title)
    {
        if (regions.Count == 0) throw new ArgumentException("A journey figure needs at least one region.");
        var panels = regions.Select(r => RunPanel(time, r)).ToList();
        var used = regions.SelectMany(r => r.Style).ToHashSet(StringComparer.Ordinal);
        var entries = Styles.Where(s => used.Contains(s.Style)).Select(s => new LegendEntry(s.Label, s.Color)).ToList();
        entries.Add(new LegendEntry("critical moment", OkabeIto.Black, LegendSymbol.Point));
        return Grid(panels, title, "Stage of each functional region's journey, coloured by its leadership style", new LegendSpec(entries));
    }

    public static SmallMultiplesSpec BuildSweep(TimeAxis time, IReadOnlyList<RegionArmJourneys> regions, string title, int? replications)
    {
        if (regions.Count == 0) throw new ArgumentException("A journey figure needs at least one region.");
        var arms = regions.SelectMany(r => r.Arms.Select(a => a.Arm)).Distinct().ToList();
        var panels = regions.Select(region => new ChartSpec
        {
            Title = region.Region,
            X = time.Axis(),
            Y = StageY(),
            Bands = region.Arms.Where(a => a.Series.HasBand).Select(a => new BandSeries(a.Arm, time.Values, a.Series.Lower!, a.Series.Upper!,
                OkabeIto.ForIndex(arms.IndexOf(a.Arm)))
            { Opacity = 0.15 }).ToList(),
            Lines = region.Arms.Select(a => new LineSeries(a.Arm, time.Values, a.Series.Mean, OkabeIto.ForIndex(arms.IndexOf(a.Arm)))).ToList(),
        }).ToList();
        var legend = new LegendSpec(arms.Select((a, i) => new LegendEntry(a, OkabeIto.ForIndex(i), LegendSymbol.LineWithBand)).ToList());
        var source = replications is int n ? $"mean of {n} replications" : "mean over replications";
        return Grid(panels, title, $"Mean stage of each functional region's journey per arm ({source}; shaded: 95% interval)", legend);
    }

    private static ChartSpec RunPanel(TimeAxis time, RegionJourney region)
    {
        time.RequireLength(region.Stage, region.Region);
        var x = time.Values;
        var lines = new List<LineSeries>();
        var start = 0;
        for (var i = 1; i <= x.Count; i++)
        {
            if (i < x.Count && region.Style[i] == region.Style[start]) continue;
            // A step line: flat until the next point, then vertical; each run of one style is one segment.
            var xs = new List<double>();
            var ys = new List<double>();
            for (var k = start; k < i; k++)
            {
                xs.Add(x[k]);
                ys.Add(region.Stage[k]);
                var end = k + 1 < x.Count ? x[k + 1] : x[k];
                xs.Add(end);
                ys.Add(region.Stage[k]);
            }
            lines.Add(new LineSeries(region.Style[start], xs, ys, ColorOf(region.Style[start])) { StrokeWidth = 2.5 });
            start = i;
        }

        var moments = Enumerable.Range(0, x.Count).Where(i => region.Moment[i]).ToList();
        return new ChartSpec
        {
            Title = region.Region,
            X = time.Axis(),
            Y = StageY(),
            Lines = lines,
            Points = [new PointSeries("critical moment", moments.Select(i => x[i]).ToList(), moments.Select(i => region.Stage[i]).ToList(), OkabeIto.Black) { Radius = 2.5 }],
        };
    }

    private static string ColorOf(string style) => Styles.FirstOrDefault(s => s.Style == style).Color ?? OkabeIto.Grey;

    private static AxisSpec StageY() => new("Stage") { Min = 1, Max = 5, Format = TickFormat.Plain, TargetTicks = 5 };

    private static SmallMultiplesSpec Grid(List<ChartSpec> panels, string title, string subtitle, LegendSpec legend)
    {
        var columns = panels.Count <= 4 ? panels.Count : panels.Count <= 9 ? 3 : 4;
        var rows = (panels.Count + columns - 1) / columns;
        return new SmallMultiplesSpec
        {
            Title = title,
            Subtitle = subtitle + ". " + StageAxis,
            Panels = panels,
            Columns = columns,
            ShareY = true,
            Legend = legend,
            Width = 1280,
            Height = Math.Max(400, 120 + 220 * rows),
        };
    }
}
