using AdoptionSim.Model.World;

namespace AdoptionSim.Model.Build;

/// <summary>The gravity model of inter-city ties and great-circle distances.</summary>
public static class Gravity
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

    /// <summary>G_ij = P_i·P_j / max(d_ij, minKm)^β for every pair i &lt; j, in (i, j) order.</summary>
    public static List<(int I, int J, double Weight)> Weights(CityTable cities, double beta, double minKm)
    {
        var result = new List<(int, int, double)>(cities.Count * (cities.Count - 1) / 2);
        for (var i = 0; i < cities.Count; i++)
        for (var j = i + 1; j < cities.Count; j++)
        {
            var d = Math.Max(minKm, DistanceKm(cities.Lat[i], cities.Lon[i], cities.Lat[j], cities.Lon[j]));
            result.Add((i, j, cities.Population[i] * cities.Population[j] / Math.Pow(d, beta)));
        }
        return result;
    }
}
