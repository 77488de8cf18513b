using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Tests;

/// <summary>Scenarios built in code, so model tests do not depend on the file loader.</summary>
internal static class TestScenarios
{
    /// <summary>The textbook Bass case: one city, one sector, one idea, fully mixed, a = r = 1, c = 0.</summary>
    public static ScenarioSpec Bass(int firms = 20_000, double p = 0.03, double q = 0.38, double years = 0.1, int ticks = 200) => new()
    {
        Name = "bass",
        Ticks = ticks,
        Tick = new TickSpec { Label = "tenth-year", Years = years },
        Cities = new CitiesSpec { Inline = [new CitySpec { Name = "Town", Region = "R", Population = 100_000, Class = "innovation_potential" }] },
        Sectors = [new SectorSpec { Name = "all", Label = "All firms", CrossRelevance = 1 }],
        Classes = new() { ["innovation_potential"] = new ClassDefaultsSpec { SectorMix = new() { ["all"] = 1 }, AnchorFirms = 0, Universities = 0 } },
        Firms = new FirmsSpec { Count = firms, AbsorptiveFixed = 1 },
        Network = new NetworkSpec { Mixing = Mixing.Full },
        Adoption = new AdoptionSpec { P = p, Q = q },
        Invention = new InventionSpec { Enabled = false },
        Ideas = [new IdeaSpec { Complexity = 0, OriginAdopts = false }],
        Brokers = new BrokersSpec { Enabled = false },
        Feedbacks = new FeedbacksSpec { Exit = false, Entry = false, Relocation = false, Rents = false },
    };

    /// <summary>Two cities with the default model: a hub and a small city.</summary>
    public static ScenarioSpec TwoCities(int ticks = 20) => new()
    {
        Name = "two-cities",
        Ticks = ticks,
        Cities = new CitiesSpec
        {
            Inline =
            [
                new CitySpec { Name = "Hub", Region = "South", Lat = 51.5, Lon = -0.1, Population = 2_000_000, Class = "high_performing" },
                new CitySpec { Name = "Town", Region = "North", Lat = 52.8, Lon = -0.9, Population = 150_000, Class = "low_innovation" },
            ],
        },
    };
}
