using System.Text.Json;

using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>
/// The outline of the United Kingdom (Great Britain and Northern Ireland) from Natural Earth, shipped in
/// the assembly (Figures/Data/uk-coastline.json; source, licence and generator in Figures/Data/README.md).
/// Maps draw it under the city circles when the cities lie in the UK.
/// </summary>
public static class UkCoastline
{
    private const string ResourceName = "AdoptionSim.IO.Figures.Data.uk-coastline.json";

    private static readonly Lazy<string> LazyJson = new(ReadResource);
    private static readonly Lazy<IReadOnlyList<MapPolygon>> LazyPolygons = new(Parse);

    /// <summary>The file as shipped (JSON: source, licence, polygons as [lon, lat] rings), for clients that draw it themselves.</summary>
    public static string Json => LazyJson.Value;

    /// <summary>The outer rings, largest first.</summary>
    public static IReadOnlyList<MapPolygon> Polygons => LazyPolygons.Value;

    /// <summary>Whether a point is in the outline's bounding box widened by <paramref name="marginDegrees"/>: a UK city is.</summary>
    public static bool Covers(double longitude, double latitude, double marginDegrees = 0.5)
    {
        var (minLon, maxLon, minLat, maxLat) = Bounds;
        return longitude >= minLon - marginDegrees && longitude <= maxLon + marginDegrees
            && latitude >= minLat - marginDegrees && latitude <= maxLat + marginDegrees;
    }

    private static (double MinLon, double MaxLon, double MinLat, double MaxLat) Bounds =>
        (Polygons.Min(p => p.Longitudes.Min()), Polygons.Max(p => p.Longitudes.Max()),
         Polygons.Min(p => p.Latitudes.Min()), Polygons.Max(p => p.Latitudes.Max()));

    private static string ReadResource()
    {
        using var stream = typeof(UkCoastline).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the assembly lacks the resource {ResourceName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IReadOnlyList<MapPolygon> Parse()
    {
        using var document = JsonDocument.Parse(Json);
        return document.RootElement.GetProperty("polygons").EnumerateArray()
            .Select(ring =>
            {
                var points = ring.EnumerateArray().Select(p => (Lon: p[0].GetDouble(), Lat: p[1].GetDouble())).ToList();
                return new MapPolygon(points.Select(p => p.Lon).ToArray(), points.Select(p => p.Lat).ToArray());
            })
            .ToList();
    }
}
