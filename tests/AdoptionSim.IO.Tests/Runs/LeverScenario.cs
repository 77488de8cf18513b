using AdoptionSim.IO.Tests.Scenarios;

namespace AdoptionSim.IO.Tests.Runs;

/// <summary>
/// The two-cities scenario with a quarter of its firms, an innovation fund from tick 2 and the governance layer on
/// (each city its own functional region): small, and with policy_ticks and region_ticks rows.
/// </summary>
public static class LeverScenario
{
    public const string FileName = "two-funded.yaml";

    public const string Lever = "fund";

    public static string Write(TempScenarios files) => files.Write(FileName,
        File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml")) + """

        firms:
          scale: 0.25
        governance:
          enabled: true
          moment_rate: 4
          moment_gap_years: 0
        policies:
          - type: innovation_fund
            label: fund
            start: 2
            budget: 5000000
            introductions_per_tick: 5
            outreach_per_tick: 20
            p_boost: 0.05
        """);
}
