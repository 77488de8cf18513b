namespace AdoptionSim.Model.Rules;

/// <summary>Great-circle distances between city centres.</summary>
public static class Geography
{
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Haversine great-circle distance in km.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180.0;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Distances between every pair of cities, km (computed once by the phases that need them).</summary>
    public static double[,] DistanceMatrix(State.CityTable cities)
    {
        var d = new double[cities.Count, cities.Count];
        for (var i = 0; i < cities.Count; i++)
            for (var j = 0; j < cities.Count; j++)
                d[i, j] = DistanceKm(cities.Lat[i], cities.Lon[i], cities.Lat[j], cities.Lon[j]);
        return d;
    }
}
