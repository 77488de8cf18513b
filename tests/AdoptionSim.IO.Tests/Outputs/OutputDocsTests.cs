using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Outputs;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.IO.Tests.Scenarios;

namespace AdoptionSim.IO.Tests.Outputs;

public sealed class OutputDocsTests
{
    /// <summary>
    /// docs/outputs.md is generated from the table declarations. When this fails, regenerate it with
    /// <c>UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter OutputDocsTests</c> and commit it.
    /// </summary>
    [Fact]
    public void The_committed_reference_is_the_generated_one()
    {
        var path = Path.Combine(Repo.Root, OutputDocs.RelativePath);
        var generated = OutputDocs.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.Exists(path).Should().BeTrue($"{OutputDocs.RelativePath} should exist; generate it with UPDATE_DOCS=1 (see this test)");
        File.ReadAllText(path).Should().Be(generated,
            $"{OutputDocs.RelativePath} is generated from the table declarations: regenerate it with "
            + "UPDATE_DOCS=1 dotnet test tests/AdoptionSim.IO.Tests -c Release --filter OutputDocsTests");
    }

    [Fact]
    public void Every_table_and_column_is_documented_with_its_type()
    {
        var docs = OutputDocs.Generate();
        foreach (var table in RunTables.All.Concat(SummaryTables.Pairs.SelectMany(p => new[] { p.Summary, p.Differences })))
        {
            docs.Should().Contain($"`{table.FileName}`");
        }

        foreach (var column in RunTables.All.SelectMany(t => t.Columns))
        {
            docs.Should().Contain($"| `{column.Name}` |");
        }

        foreach (var column in SummaryTables.Pairs.SelectMany(p => p.Summary.Columns))
        {
            docs.Should().Contain($"`{column.Name}`");
        }

        docs.Should().Contain("| `seed` | int64 | the run's seed |");
        docs.Should().Contain("| `adoption_share` | double | weighted mean |");
        docs.Should().Contain("| `spend` | double | sum | £ spent this tick in the city |");
        docs.Should().Contain("| `budget_remaining` | double | — |");
        docs.Should().Contain("Dataset tables: `city_ticks`, `gap_ticks`, `policy_ticks`, `region_ticks`.");
    }
}
