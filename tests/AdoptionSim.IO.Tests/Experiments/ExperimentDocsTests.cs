using System.Text.RegularExpressions;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Tests.Scenarios;

namespace AdoptionSim.IO.Tests.Experiments;

public sealed partial class ExperimentDocsTests
{
    private static string PagePath => Path.Combine(Repo.Root, ExperimentDocs.RelativePath);

    /// <summary>
    /// The key reference in docs/experiments.md is generated from the schema. When this fails, regenerate it with
    /// <c>UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter ExperimentDocsTests</c> and commit it.
    /// </summary>
    [Fact]
    public void The_committed_reference_is_the_generated_one()
    {
        var page = File.ReadAllText(PagePath);
        var spliced = ExperimentDocs.Splice(page);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(PagePath, spliced);
            page = spliced;
        }

        page.Should().Be(spliced,
            $"the key reference in {ExperimentDocs.RelativePath} is generated from the schema: regenerate it with "
            + "UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter ExperimentDocsTests");
    }

    [Fact]
    public void Every_key_is_documented_with_its_default()
    {
        var docs = ExperimentDocs.Generate();
        docs.Should().Contain("| `replications` | integer | `10` | [1, 1000000] |");
        docs.Should().Contain("| `master_seed` | integer | `1` | ≥ 0 |");
        docs.Should().Contain("| `ticks` | integer or null | `null` | ≥ 0 |");
        docs.Should().Contain("| `name` | string | the file name without extension |");
        docs.Should().Contain("### `arms[]`");
        docs.Should().Contain("| `arms[].baseline` | boolean | `false` |");
        docs.Should().Contain("| `grid.<key path>.step` | number | required |");
    }

    [Fact]
    public void A_page_without_the_markers_is_refused()
    {
        var act = () => ExperimentDocs.Splice("# Experiments\n");
        act.Should().Throw<InvalidDataException>();
    }

    /// <summary>
    /// The example file in docs/experiments.md loads: every key in it exists, its values are valid and its grid
    /// keys are scenario keys (its scenario, ../uk-baseline.yaml, is the repository's, through extends).
    /// </summary>
    [Fact]
    public void The_documented_example_loads()
    {
        var example = ExampleBlock().Match(File.ReadAllText(PagePath));
        example.Success.Should().BeTrue("docs/experiments.md shows an example experiment file in a yaml block");
        using var files = new TempScenarios();
        files.Write("uk-baseline.yaml", $"extends: {Path.Combine(Repo.Root, "scenarios", "uk-baseline.yaml")}\n");
        var path = files.Write(Path.Combine("experiments", "example.yaml"), example.Groups[1].Value);

        var spec = ExperimentLoader.Load(path);

        spec.Name.Should().Be("place-vs-national");
        spec.Arms.Select(a => a.Name).Should().Equal("baseline", "no-relocation-entry");
        spec.Grid.Select(g => g.Key).Should().Equal("adoption.q", "network.gravity_beta", "invention.initial_ideas");
        spec.Points.Should().HaveCount(3 * 3 * 2);
        spec.Scenario(1, 0).Feedbacks.Relocation.Should().BeFalse();
        spec.Scenario(1, 0).Ticks.Should().Be(60);
    }

    [GeneratedRegex(@"## The experiment file.*?```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
