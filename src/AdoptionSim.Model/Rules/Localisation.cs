using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Rules;

/// <summary>
/// Within-sector increasing returns (docs/model.md §7.5): a firm adopts faster where its sector is a larger share
/// of its city's firms than nationally. The hazard is multiplied by LQ^η, LQ the location quotient of the firm's
/// sector in its city, (n_cs / n_c) / (n_s / N) over alive firms, and η = adoption.localisation: the
/// Marshall–Arrow–Romer localisation economies of Glaeser, Kallal, Scheinkman and Shleifer (1992) and Henderson
/// (1997, 2003), who find own-industry concentration raises productivity and its growth. A sector absent from a
/// city has no firms there to adopt, so LQ = 0 never occurs for a firm.
/// </summary>
public static class Localisation
{
    /// <summary>LQ^η per [city × sectors + sector], from the alive firms now.</summary>
    public static double[] Factors(World world, double eta)
    {
        var sectors = world.Sectors.Count;
        var cities = world.Cities.Count;
        var counts = new double[cities * sectors];
        var perSector = new double[sectors];
        double all = 0;
        for (var c = 0; c < cities; c++)
        {
            foreach (var f in world.FirmsByCity[c])
            {
                counts[c * sectors + world.Firms.Sector[f]]++;
                perSector[world.Firms.Sector[f]]++;
                all++;
            }
        }
        var factors = new double[cities * sectors];
        for (var c = 0; c < cities; c++)
        {
            var inCity = world.FirmsByCity[c].Length;
            for (var s = 0; s < sectors; s++)
            {
                var i = c * sectors + s;
                factors[i] = counts[i] > 0 && perSector[s] > 0 ? Math.Pow(counts[i] / inCity / (perSector[s] / all), eta) : 1.0;
            }
        }
        return factors;
    }
}
