using AdoptionSim.Model;
using AdoptionSim.Model.Measures;

namespace AdoptionSim.Model.Tests.Runs;

public sealed class IncrementalExposureTests
{
    [Fact]
    public void Incremental_Exposure_Equals_A_Recount_After_A_Run()
    {
        var spec = TestScenarios.TwoCities(ticks: 30);
        spec.Network.CompetitorTrust = 0.5; // dyadic weights: float sums are exact in any order
        // Moves as well as exits and entries, so that ties are cut and made in every way the run can.
        spec.Economy.RelocationRate = 0.2;
        spec.Economy.RelocationThreshold = 0;
        spec.Economy.RelocationCertainGain = 1e-3;
        var recorder = new RecordingObserver();
        AdoptionModel.Run(spec, new RunOptions(11, 30, 2), recorder);
        var world = recorder.Last!;
        world.Ideas.Count.Should().BeGreaterThan(1);
        recorder.Events.Should().NotBeEmpty();
        // The run must have cut and made ties (exits, moves, entries) for the check to mean anything.
        var all = recorder.Rows.SelectMany(r => r).ToArray();
        all.Sum(r => r.Exits).Should().BeGreaterThan(0);
        all.Sum(r => r.Entries).Should().BeGreaterThan(0);
        all.Sum(r => r.RelocationsOut).Should().BeGreaterThan(0);
        for (var idea = 0; idea < world.Ideas.Count; idea++)
        {
            var recount = world.Adoption.Recount(idea, world.Network, world.DynamicTies, world.Firms.Count);
            world.Adoption.Exposure[idea].AsSpan(0, recount.Length).ToArray().Should().Equal(recount, $"idea {idea}");
            var adopted = world.Adoption.Adopted[idea];
            world.Adoption.AdopterCount[idea].Should().Be(Enumerable.Range(0, world.Firms.Count).Count(f => world.Firms.Alive[f] && adopted[f] != 0));
        }
        for (var f = 0; f < world.Firms.Count; f++)
            world.Firms.AdoptedCount[f].Should().Be(Enumerable.Range(0, world.Ideas.Count).Count(i => world.Adoption.Has(i, f)));
    }

    [Fact]
    public void Brokers_Make_Ties_And_Brokered_Adoptions_Happen()
    {
        var recorder = new RecordingObserver();
        AdoptionModel.Run(TestScenarios.TwoCities(ticks: 30), new RunOptions(2, 30, 1), recorder);
        recorder.Rows.Sum(r => r.Sum(c => c.Introductions)).Should().BeGreaterThan(0);
        recorder.Rows.Sum(r => r.Sum(c => c.AdoptionsBrokered)).Should().BeGreaterThan(0);
        recorder.Rows.Sum(r => r.Sum(c => c.AdoptionsPeer)).Should().BeGreaterThan(0);
        recorder.Rows.Sum(r => r.Sum(c => c.AdoptionsExternal)).Should().BeGreaterThan(0);
        foreach (var tick in recorder.Rows)
        foreach (var row in tick)
            row.Adoptions.Should().Be(row.AdoptionsExternal + row.AdoptionsPeer + row.AdoptionsBrokered + row.AdoptionsProcurement);
    }
}
