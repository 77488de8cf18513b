using System.Globalization;
using AdoptionSim.Cli.Commands;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Experiments.Reports;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests;

/// <summary><c>report mechanisms</c> on a small sweep of the two-cities scenario against its no-brokers variant.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Report_mechanisms_gives_each_arm_and_the_paired_differences_of_the_rise_of_sigma()
    {
        var experiment = Path.Combine(_dir, "mech.yaml");
        File.WriteAllText(experiment, $"""
            name: mech
            arms:
              - name: full
                scenario: {Scenario("two-cities.yaml")}
                baseline: true
              - name: no-brokers
                scenario: {Scenario("two-cities.yaml")}
                set:
                  brokers.enabled: false
            replications: 3
            ticks: 12
            """);
        var sweep = Path.Combine(_dir, "s");
        Run("sweep", experiment, "--out", sweep, "--parallel", "2").ExitCode.Should().Be(ExitCodes.Ok);

        var table = Path.Combine(_dir, "table.md");
        var (exit, output, error) = Run("report", "mechanisms", sweep, "--out", table);
        exit.Should().Be(ExitCodes.Ok, error);
        File.ReadAllText(table).Should().Be(output);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows.Should().HaveCount(4, "a header, its rule and one row per arm");
        rows[2].Should().StartWith("| full | 3 |").And.Contain("| — | — |", "the baseline has no difference with itself");
        rows[3].Should().StartWith("| no-brokers | 3 |");

        // The paired difference in the table is the mean over replicates of (full − no-brokers) rise of σ.
        var input = SummaryInput.FromSweep(sweep);
        double Rise(string arm, int replicate)
        {
            var point = input.Arms.Single(a => a.Label == arm).Points[0];
            return ReplicateMeasures.Read(point.Replicates.Single(r => r.Replicate == replicate), point.TickYears).SigmaRise;
        }
        var expected = Enumerable.Range(0, 3).Average(r => Rise("full", r) - Rise("no-brokers", r));
        rows[3].Split('|')[4].Trim().Should().StartWith(expected.ToString("F3", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Report_mechanisms_refuses_a_folder_that_is_not_a_sweep()
    {
        Run("report", "mechanisms", _dir).ExitCode.Should().Be(ExitCodes.Usage);
    }
}
