namespace AdoptionSim.IO.Tests.Scenarios;

/// <summary>Bad governance sections get located errors; a disabled section is never checked across keys.</summary>
public sealed class GovernanceErrorTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Bad_governance_keys_are_reported_with_file_line_column_and_field()
    {
        _files.Write("g.yaml", """
            cities:
              inline:
                - {name: Leeds, region: North, functional_region: Yorkshire, population: 800000}
            governance:
              enabled: true
              initial_stage: F
              outcomes: {stay: 0.5, forward: 0.3}
              style: orchestra
              style_by_region: {Yorkshir: jamming_super_group}
              dispersal_by_class: {low_inovation: 0.7}
              suitability:
                orchestral: {b: 2}
            """);
        _files.Errors("g.yaml").Should().Equal(
            "g.yaml:6:18: governance.initial_stage: expected one of 'A', 'B', 'C', 'D', 'E', got 'F'",
            "g.yaml:8:10: governance.style: expected one of 'orchestral', 'barber_shop_quartet', 'enthusiastic_improvisation', 'jamming_super_group', got 'orchestra'; did you mean 'orchestral'?",
            "g.yaml:12:21: governance.suitability.orchestral.b: expected a value in [-1, 1], got 2",
            "g.yaml:7:13: governance.outcomes: the outcome probabilities of a critical moment must sum to 1 (stay + fall_back + skip + forward = 1.27)",
            "g.yaml:9:21: governance.style_by_region.Yorkshir: no functional region 'Yorkshir'; did you mean 'Yorkshire'?",
            "g.yaml:10:24: governance.dispersal_by_class.low_inovation: no class 'low_inovation'; did you mean 'low_innovation'?");
    }

    [Fact]
    public void A_disabled_section_is_not_checked_across_keys()
    {
        _files.Write("g.yaml", """
            cities:
              inline:
                - {name: Leeds, region: North, population: 800000}
            governance:
              outcomes: {stay: 0.9}
              style_by_region: {Nowhere: orchestral}
            """);
        _files.Load("g.yaml").Governance.Enabled.Should().BeFalse();
    }
}
