using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Setup;

/// <summary>
/// Functional regions from commuting-like gravity (docs/model.md §7.5). Interaction between cities i and j is
/// G_ij = P_i·P_j / max(d_ij, gravity_min_km)^commuting_beta; its strength is G_ij / √(T_i·T_j), T_i = Σ_k G_ik,
/// the geometric mean of the shares of i's and j's interaction that goes to the other. Cities whose strength
/// reaches network.commuting_tie are linked, and a functional region is a connected group of linked cities.
/// Deterministic: no random draw, and the result does not depend on the order of the cities.
/// </summary>
public static class CommutingRegionFactory
{
    public static CommutingRegions Create(NetworkSpec spec, CityTable cities)
    {
        var n = cities.Count;
        var gravity = new double[n, n];
        var total = new double[n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (i == j) continue;
                var d = Math.Max(Geography.DistanceKm(cities.Lat[i], cities.Lon[i], cities.Lat[j], cities.Lon[j]), spec.GravityMinKm);
                gravity[i, j] = cities.Population[i] * cities.Population[j] / Math.Pow(d, spec.CommutingBeta);
                total[i] += gravity[i, j];
            }
        var parent = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                var norm = Math.Sqrt(total[i] * total[j]);
                if (norm > 0 && gravity[i, j] / norm >= spec.CommutingTie) Union(parent, i, j);
            }
        var regionOf = new int[n];
        var roots = new List<int>();
        for (var c = 0; c < n; c++)
        {
            var root = Find(parent, c);
            var r = roots.IndexOf(root);
            if (r < 0)
            {
                r = roots.Count;
                roots.Add(root);
            }
            regionOf[c] = r;
        }
        var names = new string[roots.Count];
        for (var r = 0; r < roots.Count; r++)
        {
            var largest = Enumerable.Range(0, n).Where(c => regionOf[c] == r).OrderByDescending(c => cities.Population[c]).ThenBy(c => c).First();
            names[r] = cities.Names[largest];
        }
        return new CommutingRegions(regionOf, names);
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
