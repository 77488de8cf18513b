using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Tests.Scenarios;

public sealed class SetOverrideTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public SetOverrideTests() => _files.Write("s.yaml", Snippets.OneCity + """

        ideas:
          - {complexity: 0.1}
        adoption: {p: 0.02}
        """);

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Overrides_apply_after_the_file()
    {
        var spec = _files.Load("s.yaml",
            "adoption.q=0.5", "ticks=12", "network.mixing=full", "firms.size_shares={micro: 0.7, small: 0.25}",
            "ideas[0].complexity=0.2", "name=renamed", "firms.absorptive_fixed=");

        spec.Adoption.Q.Should().Be(0.5);
        spec.Adoption.P.Should().Be(0.02, "the file's value survives an override of a sibling");
        spec.Ticks.Should().Be(12);
        spec.Network.Mixing.Should().Be(Mixing.Full);
        spec.Firms.SizeShares.Micro.Should().Be(0.7);
        spec.Firms.SizeShares.Medium.Should().Be(0.04);
        spec.Ideas.Should().ContainSingle().Which.Complexity.Should().Be(0.2);
        spec.Name.Should().Be("renamed");
        spec.Firms.AbsorptiveFixed.Should().BeNull();
    }

    [Fact]
    public void Later_overrides_win()
    {
        _files.Load("s.yaml", "ticks=12", "ticks=13").Ticks.Should().Be(13);
    }

    [Fact]
    public void Override_errors_name_set_as_the_file()
    {
        _files.Errors("s.yaml", "ticks=12", "adoption.q=x", "adoptin.q=1", "network.mixing=fulll", "nonsense", "ideas[3].tick=1")
            .Should().Equal(
                "--set:5:1: expected key.path=value (e.g. adoption.q=0.5), got 'nonsense'",
                "--set:6:1: ideas[3]: no list item [3] to set: 'ideas' has 1 item written",
                "--set:2:12: adoption.q: expected a number, got 'x'",
                "--set:3:1: adoptin: unknown key 'adoptin' in scenario; did you mean 'adoption'?",
                "--set:4:16: network.mixing: expected one of 'network', 'full', got 'fulll'; did you mean 'full'?");
    }
}
