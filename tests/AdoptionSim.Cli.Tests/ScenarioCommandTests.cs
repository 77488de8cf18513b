using System.CommandLine;

using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests;

/// <summary>validate and describe, run in-process with captured output.</summary>
public sealed class ScenarioCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("bass.yaml")]
    [InlineData("uk-baseline.yaml")]
    [InlineData("two-cities.yaml")]
    public void Validate_says_valid_and_exits_0_for_the_shipped_scenarios(string file)
    {
        var (exit, output, _) = Run("validate", Scenario(file));
        exit.Should().Be(0);
        output.Trim().Should().Be("valid");
    }

    [Fact]
    public void Validate_lists_every_error_and_exits_2()
    {
        var path = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(path, "ticks: many\nnetwork: {mixing: ful}\n");

        var (exit, output, _) = Run("validate", path, "--set", "adoption.q=-1");

        exit.Should().Be(2);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Replace(_dir + Path.DirectorySeparatorChar, ""))
            .Should().Equal(
                "bad.yaml:1:8: ticks: expected an integer, got 'many'",
                "bad.yaml:2:19: network.mixing: expected one of 'network', 'full', got 'ful'; did you mean 'full'?",
                "--set:1:12: adoption.q: expected a value in [0, ∞), got -1",
                "bad.yaml:1:1: cities: a scenario needs at least one city (cities.file or cities.inline)");
    }

    [Fact]
    public void Validate_of_a_missing_file_exits_2()
    {
        var (exit, output, _) = Run("validate", Path.Combine(_dir, "none.yaml"));
        exit.Should().Be(2);
        output.Should().Contain("file not found");
    }

    [Fact]
    public void Describe_prints_the_resolved_parameters_and_the_cities()
    {
        var (exit, output, _) = Run("describe", Scenario("uk-baseline.yaml"), "--set", "adoption.q=0.5");

        exit.Should().Be(0);
        output.Should().Contain("adoption:\n  p: 0.01\n  q: 0.5\n");
        output.Should().Contain("Cities (63)");
        output.Should().MatchRegex(@"│ London\s+│ London\s+│ high_performing\s+│ seed\s+│\s+10,213,000 │\s+0\.80 │\s+1\.40 │");
        output.Should().NotContain("\u001b[", "output that is not a terminal has no colour codes");
    }

    [Fact]
    public void Describe_of_an_invalid_file_prints_its_errors_and_exits_2()
    {
        var (exit, output, _) = Run("describe", Scenario("bass.yaml"), "--set", "ticks=-3");
        exit.Should().Be(2);
        output.Should().Contain("--set:1:7: ticks: expected an integer ≥ 0, got -3");
    }
}
