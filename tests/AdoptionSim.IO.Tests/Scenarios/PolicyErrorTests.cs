namespace AdoptionSim.IO.Tests.Scenarios;

/// <summary>Bad lever definitions get located errors.</summary>
public sealed class PolicyErrorTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Bad_levers_are_reported_with_file_line_column_and_field()
    {
        _files.Write("p.yaml", """
            cities:
              inline:
                - {name: Leeds, region: North, population: 800000}
            policies:
              - type: innovation_fnd
                budget: -5
              - type: business_rate_cut
                cities: [Leds]
                sectors: [htm]
                start: 10
                end: 4
              - type: allocation
                mode: national
                rate_cut: 2
            """);
        _files.Errors("p.yaml").Should().Equal(
            "p.yaml:5:11: policies[0].type: expected one of 'innovation_fund', 'business_rate_cut', 'public_procurement', 'broker', 'enterprise_zone', 'multi_area_agreement', 'skills', 'allocation', got 'innovation_fnd'; did you mean 'innovation_fund'?",
            "p.yaml:6:13: policies[0].budget: expected a value in [0, ∞), got -5",
            "p.yaml:14:15: policies[2].rate_cut: expected a value in [0, 1], got 2",
            "p.yaml:8:13: policies[1].cities: no city 'Leds'; did you mean 'Leeds'?",
            "p.yaml:11:10: policies[1].end: end (4) is before start (10); 0 means to the end of the run",
            "p.yaml:12:5: policies[2].priority_sector: a national allocation needs a priority_sector, one of kis, htm, bs, other");
    }

    [Fact]
    public void Every_policy_scenario_extends_the_baseline_and_loads()
    {
        foreach (var name in new[] { "innovation-fund", "business-rates", "procurement", "enterprise-zones", "multi-area-agreement", "national", "place-based" })
        {
            var spec = AdoptionSim.IO.Scenarios.ScenarioLoader.Load(Path.Combine(Repo.Root, "scenarios", name + ".yaml"));
            spec.Policies.Should().ContainSingle(name);
            spec.Cities.Resolved.Should().HaveCount(63, name);
            spec.Policies[0].Budget.Should().BeGreaterThan(0, name);
        }
    }
}
