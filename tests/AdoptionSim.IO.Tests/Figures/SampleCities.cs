namespace AdoptionSim.IO.Tests.Figures;

/// <summary>
/// A deterministic stand-in for a UK baseline run: real city locations, plausible classes and firm
/// counts, logistic adoption curves whose speed depends on the class. Only the figures' inputs are
/// imitated; no model is run.
/// </summary>
internal static class SampleCities
{
    public static readonly (string City, string Class, double Lat, double Lon, double Firms)[] All =
    [
        ("London", "high_performing", 51.507, -0.128, 520_000),
        ("Cambridge", "high_performing", 52.205, 0.119, 9_500),
        ("Oxford", "high_performing", 51.752, -1.258, 8_000),
        ("Edinburgh", "high_performing", 55.953, -3.189, 22_000),
        ("Reading", "service_innovator", 51.454, -0.978, 12_000),
        ("Bristol", "service_innovator", 51.455, -2.588, 26_000),
        ("Manchester", "service_innovator", 53.481, -2.243, 70_000),
        ("Leeds", "service_innovator", 53.801, -1.549, 38_000),
        ("Milton Keynes", "service_innovator", 52.041, -0.760, 11_000),
        ("Aberdeen", "technology_innovator", 57.149, -2.094, 10_000),
        ("Derby", "technology_innovator", 52.923, -1.477, 8_500),
        ("Coventry", "technology_innovator", 52.407, -1.512, 10_500),
        ("Swindon", "technology_innovator", 51.568, -1.772, 7_000),
        ("Birmingham", "innovation_potential", 52.486, -1.890, 65_000),
        ("Glasgow", "innovation_potential", 55.864, -4.252, 32_000),
        ("Newcastle", "innovation_potential", 54.978, -1.618, 22_000),
        ("Cardiff", "innovation_potential", 51.481, -3.179, 14_000),
        ("Belfast", "innovation_potential", 54.597, -5.930, 16_000),
        ("Nottingham", "innovation_potential", 52.954, -1.158, 18_000),
        ("Southampton", "innovation_potential", 50.910, -1.404, 12_000),
        ("Liverpool", "low_innovation", 53.408, -2.991, 28_000),
        ("Sheffield", "low_innovation", 53.381, -1.470, 21_000),
        ("Hull", "low_innovation", 53.745, -0.336, 8_000),
        ("Sunderland", "low_innovation", 54.906, -1.381, 6_000),
        ("Blackpool", "low_innovation", 53.817, -3.036, 5_000),
        ("Stoke", "low_innovation", 53.003, -2.180, 9_000),
        ("Plymouth", "low_innovation", 50.375, -4.143, 7_500),
    ];

    public static double[] Years(int count) => Enumerable.Range(0, count).Select(i => i * 0.25).ToArray();

    /// <summary>A logistic adoption curve; faster and higher for classes ahead, with a per-city twist.</summary>
    public static double[] Share(int cityIndex, double[] years)
    {
        var (_, cls, _, _, _) = All[cityIndex];
        double speed = cls switch
        {
            "high_performing" => 0.55,
            "service_innovator" => 0.45,
            "technology_innovator" => 0.42,
            "innovation_potential" => 0.35,
            _ => 0.28,
        };
        speed *= 1 + 0.08 * Math.Sin(cityIndex * 1.7);
        double ceiling = 0.55 + 0.35 * speed;
        return years.Select(t => ceiling / (1 + Math.Exp(-speed * (t - 9)))).ToArray();
    }
}
