using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Tests.Scenarios;

namespace AdoptionSim.IO.Tests.Experiments;

/// <summary>Claims in experiment files: read once, carried into experiment.json, and bad ones located.</summary>
public sealed class ClaimFileTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private string Write(string text)
    {
        _files.Write("two.yaml", File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "two-cities.yaml")));
        return _files.Write("e.yaml", text);
    }

    [Fact]
    public void The_shipped_claims_experiment_loads_and_names_only_its_own_arms()
    {
        var spec = ExperimentLoader.Load(Path.Combine(Repo.Root, "scenarios", "experiments", "claims.yaml"));
        spec.Replications.Should().BeGreaterThanOrEqualTo(20, "the issue asks for at least 20 replications under CRN");
        var arms = spec.Arms.Select(a => a.Name).ToHashSet();
        spec.Claims.Should().HaveCountGreaterThanOrEqualTo(8);
        spec.Claims.Should().OnlyContain(c => arms.Contains(c.Arm) && (c.Against == null || arms.Contains(c.Against)));
        spec.Claims.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        foreach (var control in new[] { "no-brokers", "no-feedbacks", "no-ideas" })
            spec.Claims.Should().Contain(c => c.Against == control, $"the control {control} is there to refute a claim");
    }

    [Fact]
    public void Claims_go_into_experiment_json_and_come_back_the_same()
    {
        var spec = ExperimentLoader.Load(Path.Combine(Repo.Root, "scenarios", "experiments", "claims.yaml"));
        var json = ExperimentManifest.Resolved(spec);
        ClaimsJson.Read(json).Should().Equal(spec.Claims);
        var plain = ExperimentLoader.Load(Path.Combine(Repo.Root, "scenarios", "experiments", "two-cities-q.yaml"));
        ExperimentManifest.Resolved(plain).ContainsKey("claims").Should().BeFalse("experiments without claims keep their manifest as it was");
    }

    [Fact]
    public void Bad_claims_are_located_with_suggestions()
    {
        var path = Write("""
            arms:
              - {name: base, scenario: two.yaml}
              - {name: fund, scenario: two.yaml}
            claims:
              - {id: a, claim: x, arm: fnd, measure: adoption_share}
              - {id: a, claim: y, arm: fund, against: fund}
              - {id: 'b c', claim: z, arm: base, measure: adoption_shar, expect: up}
              - {claim: w, arm: base}
            """);
        var act = () => ExperimentLoader.Load(path);
        act.Should().Throw<ExperimentException>().Which.Errors.Select(e => e.ToString().Replace(_files.Dir + Path.DirectorySeparatorChar, ""))
            .Should().Equal(
                "e.yaml:5:28: claims[0].arm: no arm 'fnd'; did you mean 'fund'?",
                "e.yaml:6:10: claims[1].id: two claims have the id 'a'",
                "e.yaml:6:43: claims[1].against: a claim compares two different arms; both are 'fund'",
                "e.yaml:7:10: claims[2].id: a claim id is used as a file name: letters, digits, '_', '-', '.' or '+', starting with a letter or digit; got 'b c'",
                "e.yaml:7:47: claims[2].measure: expected one of 'adoption_share', 'mean_productivity', 'sigma_rise', 'network_share', 'target_adoption_share', 'target_firms', 'hub_advantage', 'local_links_advantage', 'forward_margin', 'suited_progress_gap', 'mean_stage', got 'adoption_shar'; did you mean 'adoption_share'?",
                "e.yaml:7:70: claims[2].expect: expected one of 'higher', 'lower', got 'up'",
                "e.yaml:8:5: claims[3].id: every claim needs an id (its figure's file name)");
    }
}
