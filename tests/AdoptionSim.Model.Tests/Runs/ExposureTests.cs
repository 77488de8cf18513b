using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model;
using AdoptionSim.Model.Phases;
using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Setup;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Runs;

public sealed class ExposureTests
{
    /// <summary>Two cities with moves as well as exits and entries, so that ties are cut and made in every way a run can.</summary>
    private static ScenarioSpec Churning(double competitorTrust)
    {
        var spec = TestScenarios.TwoCities(ticks: 30);
        spec.Network.CompetitorTrust = competitorTrust;
        spec.Economy.RelocationRate = 0.2;
        spec.Economy.RelocationThreshold = 0;
        spec.Economy.RelocationCertainGain = 1e-3;
        return spec;
    }

    private static RecordingObserver Run(ScenarioSpec spec, long seed, int threads, bool boundedRejection, bool groupedRecount = true)
    {
        var streams = new RandomStreams((ulong)seed);
        var world = WorldBuilder.Build(spec, streams);
        var phases = AdoptionModel.Schedule().Phases.Select(p => p is AdoptPhase ? new AdoptPhase(boundedRejection, groupedRecount) : p);
        var recorder = new RecordingObserver();
        Simulation.Run(world, new TickSchedule<World>(phases), spec.Ticks, spec.Tick.Years, streams, threads, recorder);
        return recorder;
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.3)] // not a dyadic fraction: float sums round
    public void The_Hazard_Bound_Changes_No_Decision(double competitorTrust)
    {
        // The adoption phase rejects a draw at or above the hazard's upper bound without recounting the
        // exposure; recounting for every draw must give the same adoptions, tick by tick.
        var spec = Churning(competitorTrust);
        var bounded = Run(spec, 11, 2, boundedRejection: true);
        var exact = Run(spec, 11, 2, boundedRejection: false);
        bounded.Events.Should().NotBeEmpty();
        bounded.Events.Should().Equal(exact.Events);
        bounded.Rows.SelectMany(r => r).Should().Equal(exact.Rows.SelectMany(r => r));
    }

    [Theory]
    [InlineData(1.0, 1)] // every tie at the largest weight: a firm whose contacts all adopted is at its bound, so a bound too low shows
    [InlineData(0.3, 2)]
    public void The_Shared_Bound_Changes_No_Decision_With_Every_Firm_Value_Moving(double competitorTrust, int threads)
    {
        // Most draws are rejected by one bound shared by every firm (from ceilings of absorptive capacity, boosts and
        // contacts); every value it bounds moves here: a skills lever raises absorptive capacity, a lead market and an
        // innovation fund's outreach add boosts, migration shifts capacity by skills, localisation scales it, brokers and
        // churn make and cut ties. Recounting every draw (no bound at all) must give the same adoptions, tick by tick.
        // One idea at first (per-firm values read lazily, behind the shared bound), more invented later (read eagerly).
        var spec = Churning(competitorTrust);
        spec.Invention.InitialIdeas = 1;
        spec.Invention.BaseRate *= 3;
        spec.Adoption.Localisation = 0.5;
        spec.Adoption.Q = 3; // imitation dominates: many draws near the bound
        spec.Policies =
        [
            new PolicySpec { Type = Skills.Instance, Cities = ["Town"], Budget = 1e12, Start = 3 }.Set(Skills.AbsorptiveGain, 0.5),
            new PolicySpec { Type = PublicProcurement.Instance, Cities = ["Hub"], Budget = 1e9, Start = 5, End = 20 }.Set(LeverParameters.PBoost, 0.3),
            new PolicySpec { Type = InnovationFund.Instance, Cities = ["Town"], Budget = 1e9 }
                .Set(LeverParameters.OutreachPerYear, 800.0).Set(LeverParameters.PBoost, 0.2),
        ];
        var bounded = Run(spec, 11, threads, boundedRejection: true);
        var exact = Run(spec, 11, threads, boundedRejection: false);

        exact.Last!.Ideas.Count.Should().BeGreaterThan(2, "ideas invented during the run take the phase past its lazy way");
        exact.Events.Count(e => exact.Ideas[e.Tick] <= 2).Should().BeGreaterThan(20, "adoptions while the phase is lazy");
        var all = exact.Rows.SelectMany(r => r).ToArray();
        all.Sum(r => r.AdoptionsProcurement).Should().BeGreaterThan(0, "the lead market's boost must reach adopters");
        exact.Events.Should().HaveCountGreaterThan(100);
        bounded.Events.Should().Equal(exact.Events);
        bounded.Rows.SelectMany(r => r).Should().Equal(all);
    }

    [Theory]
    [InlineData(6, 1)]
    [InlineData(6, 2)]
    [InlineData(62, 2)] // invention takes the ideas past 64: two words per firm-major row, widened during the run
    public void Recounting_A_Firm_Once_For_All_Its_Ideas_Changes_No_Decision(int initialIdeas, int threads)
    {
        // The adoption phase recounts a firm's exposure to all its pending ideas in one walk over its ties (from the
        // firm-major adopter rows); recounting each draw alone from its idea's bitset must give the same adoptions.
        // Without the bound every draw is recounted, so each firm's open ideas form one group: the grouped walk
        // certainly runs, over many ideas at once. Trust 0.3 is no dyadic fraction: float sums round, so the
        // order of the additions per idea must be the same for the exposures to be equal.
        var spec = Churning(competitorTrust: 0.3);
        spec.Invention.InitialIdeas = initialIdeas;
        if (initialIdeas > 60) spec.Invention.BaseRate *= 10; // a few ideas invented, past 64
        var reference = Run(spec, 11, threads, boundedRejection: false, groupedRecount: false);
        var groupedExact = Run(spec, 11, threads, boundedRejection: false, groupedRecount: true);
        var grouped = Run(spec, 11, threads, boundedRejection: true, groupedRecount: true);

        var world = reference.Last!;
        world.Ideas.Count.Should().BeGreaterThan(initialIdeas > 60 ? 64 : 5);
        Enumerable.Range(0, world.Firms.Count).Count(f => world.DynamicTies.Count(f) > 0).Should().BeGreaterThan(100, "dynamic ties count in the walk too");
        reference.Events.Select(e => e.Event.Idea).Distinct().Count().Should().BeGreaterThan(1);
        reference.Events.Should().HaveCountGreaterThan(100);
        groupedExact.Events.Should().Equal(reference.Events);
        grouped.Events.Should().Equal(reference.Events);
        grouped.Rows.SelectMany(r => r).Should().Equal(reference.Rows.SelectMany(r => r));
    }

    [Fact]
    public void Exposure_Counts_The_Trust_Of_Live_Contacts_That_Adopted_And_Counts_Match_The_Bits()
    {
        var recorder = Run(Churning(0.5), 11, 2, boundedRejection: true);
        var world = recorder.Last!;
        world.Ideas.Count.Should().BeGreaterThan(1);
        // The run must have cut and made ties (exits, moves, entries) for the check to mean anything.
        var all = recorder.Rows.SelectMany(r => r).ToArray();
        all.Sum(r => r.Exits).Should().BeGreaterThan(0);
        all.Sum(r => r.Entries).Should().BeGreaterThan(0);
        all.Sum(r => r.RelocationsOut).Should().BeGreaterThan(0);
        var checkedPositive = 0;
        for (var idea = 0; idea < world.Ideas.Count; idea++)
        {
            for (var f = 0; f < world.Firms.Count; f++)
            {
                // Straight from the definition: live standing ties (weight > 0) and dynamic ties to adopters.
                var expected = 0.0;
                var contacts = 0;
                if (f < world.Network.FirmCount)
                {
                    var neighbours = world.Network.Neighbours(f);
                    var weights = world.Network.NeighbourWeights(f);
                    for (var k = 0; k < neighbours.Length; k++)
                    {
                        if (weights[k] <= 0) continue;
                        contacts++;
                        if (world.Adoption.Has(idea, neighbours[k])) expected += weights[k];
                    }
                }
                foreach (var t in world.DynamicTies.Of(f))
                {
                    contacts++;
                    if (world.Adoption.Has(idea, t.Partner)) expected += t.Weight;
                }
                world.Adoption.Exposure(idea, f, world.Network, world.DynamicTies).Should().Be((float)expected, $"idea {idea}, firm {f}");
                ((f < world.Network.FirmCount ? world.Network.LiveTies[f] : 0) + world.DynamicTies.Count(f)).Should().Be(contacts, $"contacts of firm {f}");
                if (expected > 0) checkedPositive++;
            }
            world.Adoption.AdopterCount[idea].Should().Be(Enumerable.Range(0, world.Firms.Count).Count(f => world.Firms.Alive[f] && world.Adoption.Has(idea, f)));
        }
        checkedPositive.Should().BeGreaterThan(100);
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
