using AdoptionSim.Model;
using AdoptionSim.Model.Measures;

namespace AdoptionSim.Model.Tests.Runs;

/// <summary>Firms are neither made nor lost except by entry and exit; relocation only moves them.</summary>
public sealed class FirmAccountingTests
{
    [Fact]
    public void Firm_counts_change_by_entries_minus_exits_plus_net_relocations_in_every_city_and_tick()
    {
        var spec = TestScenarios.TwoCities(ticks: 30);
        // Plenty of moves to account for: any attractiveness gained, however small, is worth a move.
        spec.Economy.RelocationRate = 0.2;
        spec.Economy.RelocationThreshold = 0;
        spec.Economy.RelocationCertainGain = 1e-3;
        var recorder = new RecordingObserver();
        AdoptionModel.Run(spec, new RunOptions(21, 30, 2), recorder);
        var rows = recorder.Rows;
        rows.SelectMany(r => r).Sum(r => r.RelocationsIn).Should().BeGreaterThan(0);
        rows.SelectMany(r => r).Sum(r => r.Exits).Should().BeGreaterThan(0);
        rows.SelectMany(r => r).Sum(r => r.Entries).Should().BeGreaterThan(0);
        for (var t = 1; t < rows.Count; t++)
        {
            rows[t].Sum(r => r.RelocationsIn).Should().Be(rows[t].Sum(r => r.RelocationsOut), $"relocation conserves firms at tick {t}");
            for (var c = 0; c < rows[t].Length; c++)
            {
                var now = rows[t][c];
                var before = rows[t - 1][c];
                now.Firms.Should().Be(before.Firms + now.Entries - now.Exits + now.RelocationsIn - now.RelocationsOut, $"city {c}, tick {t}");
            }
        }
    }
}
