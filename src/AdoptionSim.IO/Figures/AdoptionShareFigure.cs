using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>One city's adoption share (0–1, share of firms that have adopted) at each time point.</summary>
public sealed record CityShareSeries(string City, string StreetsAheadClass, IReadOnlyList<double> Share);

public sealed record AdoptionShareInput(TimeAxis Time, IReadOnlyList<CityShareSeries> Cities);

public sealed record AdoptionShareOptions
{
    public string Title { get; init; } = "Adoption share by city";
    public string? Subtitle { get; init; } = "One line per city, coloured by Streets Ahead class; London and the highest and lowest cities labelled";

    /// <summary>Always labelled when present (matched ignoring case).</summary>
    public string HighlightCity { get; init; } = "London";

    /// <summary>How many of the highest and lowest cities at the last time point to label.</summary>
    public int TopCount { get; init; } = 1;
    public int BottomCount { get; init; } = 1;
}

/// <summary>
/// Figure 1: adoption share over time per city. Lines are coloured by class with one legend entry per
/// class (dozens of city entries would be unreadable); the cities a reader asks about — London and
/// the top and bottom at the last time point — are drawn bold, on top, and named at their line ends.
/// </summary>
public static class AdoptionShareFigure
{
    public static ChartSpec Build(AdoptionShareInput input, AdoptionShareOptions? options = null)
    {
        options ??= new AdoptionShareOptions();
        foreach (var city in input.Cities) input.Time.RequireLength(city.Share, $"City '{city.City}'");

        var labelled = LabelledCities(input, options);
        var x = input.Time.Values;
        var ordered = input.Cities
            .OrderBy(c => labelled.Contains(c.City) ? 1 : 0) // highlighted lines last, i.e. on top
            .ThenBy(c => StreetsAheadClasses.OrderOf(c.StreetsAheadClass))
            .ThenBy(c => c.City, StringComparer.Ordinal)
            .ToList();

        var lines = ordered.Select(c => labelled.Contains(c.City)
                ? new LineSeries(c.City, x, c.Share, StreetsAheadClasses.ColorOf(c.StreetsAheadClass)) { StrokeWidth = 3 }
                : new LineSeries(c.City, x, c.Share, StreetsAheadClasses.ColorOf(c.StreetsAheadClass)) { StrokeWidth = 1.5, Opacity = 0.6 })
            .ToList();

        var endLabels = ordered.Where(c => labelled.Contains(c.City))
            .Select(c => LastFinite(x, c.Share) is (double lx, double ly)
                ? new EndLabel(lx, ly, c.City, StreetsAheadClasses.ColorOf(c.StreetsAheadClass))
                : null)
            .OfType<EndLabel>()
            .ToList();

        var legend = input.Cities.Select(c => c.StreetsAheadClass)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(StreetsAheadClasses.OrderOf).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => new LegendEntry(StreetsAheadClasses.NameOf(k), StreetsAheadClasses.ColorOf(k)))
            .ToList();

        return new ChartSpec
        {
            Title = options.Title,
            Subtitle = options.Subtitle,
            X = input.Time.Axis(),
            Y = new AxisSpec("Adoption share", "% of firms") { Min = 0, Format = TickFormat.Percent },
            Lines = lines,
            EndLabels = endLabels,
            Legend = new LegendSpec(legend) { Title = "Streets Ahead class:" },
        };
    }

    /// <summary>The highlighted city plus the top and bottom cities by share at the last time point (cities without a value there are not ranked).</summary>
    public static IReadOnlySet<string> LabelledCities(AdoptionShareInput input, AdoptionShareOptions? options = null)
    {
        options ??= new AdoptionShareOptions();
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in input.Cities.Where(c => string.Equals(c.City, options.HighlightCity, StringComparison.OrdinalIgnoreCase)))
            result.Add(c.City);
        if (input.Time.Count == 0) return result;

        int last = input.Time.Count - 1;
        var ranked = input.Cities.Where(c => double.IsFinite(c.Share[last]))
            .OrderByDescending(c => c.Share[last]).ThenBy(c => c.City, StringComparer.Ordinal)
            .ToList();
        foreach (var c in ranked.Take(options.TopCount)) result.Add(c.City);
        foreach (var c in Enumerable.Reverse(ranked).Take(options.BottomCount)) result.Add(c.City);
        return result;
    }

    private static (double X, double Y)? LastFinite(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        for (int i = Math.Min(x.Count, y.Count) - 1; i >= 0; i--)
            if (double.IsFinite(x[i]) && double.IsFinite(y[i])) return (x[i], y[i]);
        return null;
    }
}
