using AdoptionSim.Cli.Commands;
using AdoptionSim.IO.Experiments;
using AdoptionSim.Model.Statistics;
using AdoptionSim.Parquet;

using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests;

/// <summary>
/// <c>report findings</c> and <c>report journeys</c> end to end on a small experiment: two cities at a quarter of
/// their firms, 10 quarters, 3 replications; an arm with an innovation fund, one without brokers, the governance
/// layer on in all of them but one; claims of every kind (a threshold, a paired comparison that spends money, a
/// journey measure, one whose arm lacks the governance layer).
/// </summary>
public sealed class ClaimReportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Scenario = """

        firms:
          scale: 0.25
        governance:
          enabled: true
          moment_rate: 4
          moment_gap_years: 0
        policies:
          - type: innovation_fund
            label: fund
            cities: [Smalltown]
            start: 2
            budget: 5000000
            introductions_per_tick: 5
            outreach_per_tick: 20
            p_boost: 0.05
        """;

    private const string Experiment = """
        name: small-claims
        description: A small test of the claims machinery.
        arms:
          - name: base
            scenario: funded.yaml
            baseline: true
            set: {policies: []}
          - name: fund
            scenario: funded.yaml
          - name: no-brokers
            scenario: funded.yaml
            set: {policies: [], brokers.enabled: false}
          - name: off
            scenario: funded.yaml
            set: {policies: [], governance.enabled: false}
        replications: 3
        master_seed: 2
        ticks: 10
        claims:
          - id: networks
            claim: Most adoption runs through networks.
            arm: base
            threshold: 0.5
            measure: network_share
            expect: higher
          - id: fund
            claim: The fund raises adoption where it is spent.
            arm: fund
            against: base
            measure: target_adoption_share
            expect: higher
            note: A note the reader needs.
          - id: brokers
            claim: Brokers are needed.
            arm: base
            against: no-brokers
            measure: adoption_share
            expect: higher
          - id: forward
            claim: Forward is the least likely outcome.
            arm: base
            measure: forward_margin
            expect: lower
          - id: journey-off
            claim: A journey claim on an arm without the layer.
            arm: off
            measure: mean_stage
            expect: higher
        """;

    private string Sweep()
    {
        File.WriteAllText(Path.Combine(_dir, "funded.yaml"), File.ReadAllText(CliTestSupport.Scenario("two-cities.yaml")) + Scenario);
        File.WriteAllText(Path.Combine(_dir, "claims.yaml"), Experiment);
        var sweep = Path.Combine(_dir, "sweep");
        var (exit, _, error) = Run("sweep", Path.Combine(_dir, "claims.yaml"), "--out", sweep, "--parallel", "2", "--set", "ticks=10");
        exit.Should().Be(0, error);
        return sweep;
    }

    [Fact]
    public void Findings_report_every_claim_with_its_effect_interval_spend_figure_and_verdict()
    {
        var sweep = Sweep();
        var out_ = Path.Combine(_dir, "docs", "findings.md");
        Directory.CreateDirectory(Path.GetDirectoryName(out_)!);
        var (exit, output, error) = Run("report", "findings", sweep, "--out", out_);
        exit.Should().Be(0, error);
        output.Should().Contain("findings.md");
        var markdown = File.ReadAllText(out_);
        foreach (var id in new[] { "networks", "fund", "brokers", "forward", "journey-off" })
        {
            markdown.Should().Contain($"| [{id}](#{id}) |").And.Contain($"## {id}");
        }
        foreach (var id in new[] { "networks", "fund", "brokers", "forward" })
        {
            File.Exists(Path.Combine(_dir, "docs", "figures", "findings", id + ".svg")).Should().BeTrue(id);
            markdown.Should().Contain($"![{id}](figures/findings/{id}.svg)");
        }
        File.Exists(Path.Combine(_dir, "docs", "figures", "findings", "journey-off.svg")).Should().BeFalse();
        markdown.Should().Contain("**Not run**: arm 'off' has no region_ticks rows: the governance layer was off");
        markdown.Should().Contain("- Note: A note the reader needs.");
        markdown.Should().Contain("Swept as `adoptionsim sweep claims.yaml --set 'ticks=10'`.", "a reader must know the sizes behind the numbers");
        markdown.Should().MatchRegex(@"\| \[fund\]\(#fund\) \| target_adoption_share \| fund − base \| [-0-9.]+ \[[-0-9.]+, [-0-9.]+\] \| [-0-9.]+ \[[-0-9.]+, [-0-9.]+\] \| (supported|contradicted|not resolved) \|",
            "the fund spends money, so it has an effect per £m");
        markdown.Should().MatchRegex(@"\| \[brokers\]\(#brokers\) \| adoption_share \| base − no-brokers \| [-0-9.]+ \[[-0-9.]+, [-0-9.]+\] \| — \|", "the base arm spends nothing");

        // The networks claim by hand: per replicate, peer + brokered over all adoptions of every city and tick, minus 0.5.
        var effects = Enumerable.Range(0, 3).Select(rep =>
        {
            var t = ParquetFile.Read(SweepLayout.DatasetFile(sweep, "city_ticks", "base", "p0", rep));
            double all = 0, network = 0;
            for (var i = 0; i < t.RowCount; i++)
            {
                all += t.GetInt32("adoptions_external")[i] + t.GetInt32("adoptions_peer")[i] + t.GetInt32("adoptions_brokered")[i] + t.GetInt32("adoptions_procurement")[i];
                network += t.GetInt32("adoptions_peer")[i] + t.GetInt32("adoptions_brokered")[i];
            }
            return network / all - 0.5;
        }).ToArray();
        var expected = Summary.Of(effects);
        markdown.Should().Contain($"| [networks](#networks) | network_share | base − 0.5 | {IO.Experiments.Reports.FindingsReport.Interval(expected)} |");
    }

    [Fact]
    public void Journeys_report_outcomes_progress_by_stage_and_time_in_stages_per_arm_with_the_layer()
    {
        var sweep = Sweep();
        var (exit, output, error) = Run("report", "journeys", sweep);
        exit.Should().Be(0, error);
        output.Should().Contain("**Outcomes of the critical moments**").And.Contain("| base | 3 |").And.Contain("| fund | 3 |")
            .And.Contain("from A (into B)").And.Contain("from E (into B)").And.Contain("mean stage at the end");
        output.Should().NotContain("| off |", "the arm without the layer has no journeys");
    }

    [Fact]
    public void Findings_of_a_sweep_without_claims_or_of_no_sweep_are_errors()
    {
        File.WriteAllText(Path.Combine(_dir, "plain.yaml"), """
            arms: [{name: a, scenario: PATH}]
            replications: 1
            ticks: 2
            """.Replace("PATH", CliTestSupport.Scenario("two-cities.yaml")));
        var sweep = Path.Combine(_dir, "plain");
        Run("sweep", Path.Combine(_dir, "plain.yaml"), "--out", sweep).ExitCode.Should().Be(0);
        var (exit, _, error) = Run("report", "findings", sweep);
        exit.Should().Be(ExitCodes.Failed);
        error.Should().Contain("declares no claims");
        Run("report", "findings", _dir).ExitCode.Should().Be(ExitCodes.Usage);
    }
}
