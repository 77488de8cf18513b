using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>A city's location and, at each time point, its number of firms and adoption share (0–1).</summary>
public sealed record MapCity(string City, double Latitude, double Longitude, IReadOnlyList<double> Firms, IReadOnlyList<double> Share);

public sealed record CityMapInput(TimeAxis Time, IReadOnlyList<MapCity> Cities);

public sealed record CityMapOptions
{
    public string Title { get; init; } = "Adoption across UK cities";

    /// <summary>Always labelled when present; with the highest and lowest share at the time shown.</summary>
    public string HighlightCity { get; init; } = "London";
    public int TopCount { get; init; } = 1;
    public int BottomCount { get; init; } = 1;
}

/// <summary>
/// Figure 4: cities as circles at their projected position over the UK coastline, area ∝ firms, colour =
/// adoption share on the viridis scale. As small multiples the panels share the projection, the size scale and the colour
/// scale, so a circle changing colour between panels means its share changed.
/// </summary>
public static class CityMapFigure
{
    public static BubbleMapSpec Build(CityMapInput input, int timeIndex, CityMapOptions? options = null)
    {
        options ??= new CityMapOptions();
        Validate(input, timeIndex);
        return Panel(input, timeIndex, Labelled(input, timeIndex, options)) with
        {
            Title = options.Title,
            Subtitle = $"{input.Time.Describe(timeIndex)}; circle area ∝ firms, colour = adoption share",
        };
    }

    public static SmallMultiplesSpec BuildSmallMultiples(CityMapInput input, IReadOnlyList<int> timeIndices, CityMapOptions? options = null)
    {
        options ??= new CityMapOptions();
        if (timeIndices.Count == 0) throw new ArgumentException("Give at least one time point to map.");
        foreach (int t in timeIndices) Validate(input, t);
        // Fix the largest size across all panels so that the same firm count is the same circle everywhere.
        double maxFirms = timeIndices.SelectMany(t => input.Cities.Select(c => c.Firms[t])).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        // The same cities are labelled in every panel (London and the top and bottom at the last time shown),
        // so the eye can follow them across panels.
        var labelled = Labelled(input, timeIndices.Max(), options);
        var panels = timeIndices
            .Select(t => Panel(input, t, labelled) with
            {
                Title = input.Time.Describe(t),
                SizeScale = new SizeScaleSpec("Firms") { MaxValue = maxFirms },
            })
            .ToList();
        return new SmallMultiplesSpec
        {
            Title = options.Title + " over time",
            Subtitle = "Circle area ∝ firms, colour = adoption share; all panels share both scales",
            Panels = panels,
            Columns = timeIndices.Count,
        };
    }

    /// <summary><paramref name="count"/> time indices spread evenly from the first to the last time point.</summary>
    public static IReadOnlyList<int> EvenlySpaced(TimeAxis time, int count)
    {
        if (time.Count == 0 || count < 1) return [];
        if (count == 1 || time.Count == 1) return [time.Count - 1];
        return Enumerable.Range(0, count)
            .Select(i => (int)Math.Round(i * (time.Count - 1) / (double)(count - 1), MidpointRounding.AwayFromZero))
            .Distinct().ToList();
    }

    private static BubbleMapSpec Panel(CityMapInput input, int t, HashSet<string> labelled)
    {
        return new BubbleMapSpec
        {
            Title = input.Time.Describe(t),
            Bubbles = input.Cities
                .Select(c => new Bubble(c.City, c.Longitude, c.Latitude, c.Firms[t], c.Share[t]) { Label = labelled.Contains(c.City) ? c.City : null })
                .ToList(),
            ColorScale = new AxisSpec("Adoption share", "% of firms") { Format = TickFormat.Percent, TargetTicks = 6 },
            SizeScale = new SizeScaleSpec("Firms"),
            Outline = OutlineFor(input),
        };
    }

    /// <summary>The UK coastline when every located city lies in the UK; none for other places (e.g. an invented example).</summary>
    private static IReadOnlyList<MapPolygon>? OutlineFor(CityMapInput input)
    {
        var located = input.Cities.Where(c => double.IsFinite(c.Latitude) && double.IsFinite(c.Longitude)).ToList();
        return located.Count > 0 && located.All(c => UkCoastline.Covers(c.Longitude, c.Latitude)) ? UkCoastline.Polygons : null;
    }

    private static HashSet<string> Labelled(CityMapInput input, int t, CityMapOptions options)
    {
        var result = input.Cities.Where(c => string.Equals(c.City, options.HighlightCity, StringComparison.OrdinalIgnoreCase))
            .Select(c => c.City).ToHashSet(StringComparer.Ordinal);
        var ranked = input.Cities.Where(c => double.IsFinite(c.Share[t]))
            .OrderByDescending(c => c.Share[t]).ThenBy(c => c.City, StringComparer.Ordinal).ToList();
        foreach (var c in ranked.Take(options.TopCount)) result.Add(c.City);
        foreach (var c in Enumerable.Reverse(ranked).Take(options.BottomCount)) result.Add(c.City);
        return result;
    }

    private static void Validate(CityMapInput input, int timeIndex)
    {
        if (timeIndex < 0 || timeIndex >= input.Time.Count)
            throw new ArgumentOutOfRangeException(nameof(timeIndex), timeIndex, $"The time axis has {input.Time.Count} points.");
        foreach (var c in input.Cities)
        {
            input.Time.RequireLength(c.Firms, $"City '{c.City}' firms");
            input.Time.RequireLength(c.Share, $"City '{c.City}' share");
        }
    }
}
