using AdoptionSim.IO.Calibration;
using AdoptionSim.IO.Sensitivity;
using AdoptionSim.IO.Studies;
using AdoptionSim.IO.Tests.Scenarios;

namespace AdoptionSim.IO.Tests.Studies;

/// <summary>
/// The key references in docs/calibration.md and docs/sensitivity.md are generated from the schemas. When a test
/// fails, regenerate them with <c>UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter StudyDocsTests</c>.
/// </summary>
public sealed class StudyDocsTests
{
    public static TheoryData<string> Pages => ["calibration", "sensitivity"];

    private static StudyDocPage PageOf(string name) => name == "calibration" ? CalibrationDocs.Page : SensitivityDocs.Page;

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_committed_reference_is_the_generated_one(string name)
    {
        var page = PageOf(name);
        var path = Path.Combine(Repo.Root, page.RelativePath);
        var text = File.ReadAllText(path);
        var spliced = page.Splice(text);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, spliced);
            text = spliced;
        }

        text.Should().Be(spliced, $"the key reference in {page.RelativePath} is generated from the schema: regenerate it with "
            + "UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter StudyDocsTests");
    }

    [Fact]
    public void Every_key_and_every_section_is_listed()
    {
        var calibration = CalibrationDocs.Page.Generate();
        calibration.Should().Contain("### `parameters[]`").And.Contain("### `observed`").And.Contain("### `smm`").And.Contain("### `abc_smc`")
            .And.Contain("| `smm.replications` | integer |").And.Contain("| `parameters[].scale` |");
        var sensitivity = SensitivityDocs.Page.Generate();
        sensitivity.Should().Contain("### `outputs[]`").And.Contain("| `morris.levels` | integer |").And.Contain("| `sobol.base_samples` |");
    }

    [Fact]
    public void A_page_without_the_markers_is_refused()
    {
        var act = () => CalibrationDocs.Page.Splice("# Calibration\n");
        act.Should().Throw<InvalidDataException>().WithMessage("*docs/calibration.md has no generated key reference*");
    }
}
