using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Tests.Scenarios;

public sealed class ScenarioDocsTests
{
    /// <summary>
    /// docs/scenarios.md is generated from the schema. When this fails, regenerate it with
    /// <c>UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter ScenarioDocsTests</c> and commit it.
    /// </summary>
    [Fact]
    public void The_committed_reference_is_the_generated_one()
    {
        var path = Path.Combine(Repo.Root, ScenarioDocs.RelativePath);
        var generated = ScenarioDocs.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        File.Exists(path).Should().BeTrue($"{ScenarioDocs.RelativePath} should exist; generate it with UPDATE_DOCS=1 (see this test)");
        File.ReadAllText(path).Should().Be(generated,
            $"{ScenarioDocs.RelativePath} is generated from the schema: regenerate it with "
            + "UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter ScenarioDocsTests");
    }

    [Fact]
    public void Every_key_is_documented_with_its_default()
    {
        var docs = ScenarioDocs.Generate();
        docs.Should().Contain("| `adoption.q` | number | `5.0` | [0, ∞) |");
        docs.Should().Contain("| `network.mixing` | choice | `network` | network \\| full |");
        docs.Should().Contain("| `name` | string | the file name without extension |");
        docs.Should().Contain("### `cities.inline[]`");
        docs.Should().Contain("### `classes.<name>`");
        docs.Should().Contain("Default of `classes`:");
    }
}
