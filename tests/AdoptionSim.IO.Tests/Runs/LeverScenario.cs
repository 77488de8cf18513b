using AdoptionSim.IO.Tests.Scenarios;

namespace AdoptionSim.IO.Tests.Runs;

/// <summary>The two-cities scenario with a quarter of its firms and an innovation fund from tick 2: small, and with policy_ticks rows.</summary>
public static class LeverScenario
{
    public const string FileName = "two-funded.yaml";

    public const string Lever = "fund";

    public static string Write(TempScenarios files) => files.Write(FileName,
        File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml")) + """

        firms:
          scale: 0.25
        policies:
          - type: innovation_fund
            label: fund
            start: 2
            budget: 5000000
            introductions_per_year: 20
            outreach_per_year: 80
            p_boost: 0.05
        """);
}
