using AdoptionSim.Model.Rules;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Setup;

/// <summary>The gravity model of inter-city ties and (distances from Rules.Geography).</summary>
public static class Gravity
{
    /// <summary>G_ij = P_i·P_j / max(d_ij, minKm)^β for every pair i &lt; j, in (i, j) order.</summary>
    public static List<(int I, int J, double Weight)> Weights(CityTable cities, double beta, double minKm)
    {
        var result = new List<(int, int, double)>(cities.Count * (cities.Count - 1) / 2);
        for (var i = 0; i < cities.Count; i++)
            for (var j = i + 1; j < cities.Count; j++)
            {
                var d = Math.Max(minKm, Geography.DistanceKm(cities.Lat[i], cities.Lon[i], cities.Lat[j], cities.Lon[j]));
                result.Add((i, j, cities.Population[i] * cities.Population[j] / Math.Pow(d, beta)));
            }
        return result;
    }
}
