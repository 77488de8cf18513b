using AdoptionSim.Core.Parameters;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Setup;

/// <summary>Turns the scenario's cities into a <see cref="CityTable"/>, filling unset attributes from the city's class.</summary>
public static class CityTableFactory
{
    public static CityTable Create(IReadOnlyList<CitySpec> cities, IReadOnlyDictionary<string, ClassDefaultsSpec> classes, SectorTable sectors)
    {
        var n = cities.Count;
        var table = new CityTable
        {
            Names = new string[n],
            Regions = new string[n],
            FunctionalRegions = new string[n],
            Classes = new string[n],
            ClassSources = new string[n],
            Lat = new double[n],
            Lon = new double[n],
            Population = new double[n],
            Skills = new double[n],
            Rent = new double[n],
            RateMultiplier = new double[n],
            InventionMultiplier = new double[n],
            Universities = new int[n],
            AnchorFirms = new int[n],
            SectorMix = new double[n][],
        };
        for (var c = 0; c < n; c++)
        {
            var city = cities[c];
            if (!classes.TryGetValue(city.Class, out var defaults))
                throw new ArgumentException($"city '{city.Name}' has class '{city.Class}', which 'classes' does not define");
            table.Names[c] = city.Name;
            table.Regions[c] = city.Region;
            table.FunctionalRegions[c] = string.IsNullOrEmpty(city.FunctionalRegion) ? city.Name : city.FunctionalRegion;
            table.Classes[c] = city.Class;
            table.ClassSources[c] = EnumSchema<ClassSource>.Instance.NameOf(city.ClassSource);
            table.Lat[c] = city.Lat;
            table.Lon[c] = city.Lon;
            table.Population[c] = city.Population;
            table.Skills[c] = city.Skills ?? defaults.Skills;
            table.Rent[c] = city.Rent ?? defaults.Rent;
            table.RateMultiplier[c] = city.RateMultiplier ?? defaults.RateMultiplier;
            table.InventionMultiplier[c] = city.InventionMultiplier ?? defaults.InventionMultiplier;
            table.Universities[c] = city.Universities ?? defaults.Universities;
            table.AnchorFirms[c] = city.AnchorFirms ?? defaults.AnchorFirms;
            table.SectorMix[c] = NormalisedMix(city.SectorMix ?? defaults.SectorMix, sectors, city.Name);
        }
        return table;
    }

    /// <summary>Shares in sector order; sectors the mix does not name get 0; a mix naming none of the sectors is spread evenly.</summary>
    private static double[] NormalisedMix(IReadOnlyDictionary<string, double> mix, SectorTable sectors, string city)
    {
        var shares = new double[sectors.Count];
        for (var s = 0; s < sectors.Count; s++) shares[s] = mix.TryGetValue(sectors.Names[s], out var v) ? v : 0.0;
        var sum = shares.Sum();
        if (sum <= 0)
        {
            if (mix.Count > 0 && mix.Values.Sum() > 0)
                throw new ArgumentException($"city '{city}': its sector mix names none of the sectors ({string.Join(", ", sectors.Names)})");
            Array.Fill(shares, 1.0 / sectors.Count);
            return shares;
        }
        for (var s = 0; s < shares.Length; s++) shares[s] /= sum;
        return shares;
    }
}
