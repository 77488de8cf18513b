using AdoptionSim.Core.Engine;
using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Tests.Policies;

/// <summary>
/// Each allocation rule shares a lever's budget between its eligible cities as docs/model.md §7.5 states, from the
/// world at the first tick of the window (the policy phase of tick 1 runs before adoption and the economy, so the
/// world then is the world at the start).
/// </summary>
public sealed class LeverAllocationTests
{
    /// <summary>The two-city world at the start (copied, since the run goes on changing it) and the lever's shares.</summary>
    private static (Snapshot Start, double[] Share) Shares(AllocationRule rule, double budget = 10e6, List<string>? sectors = null)
    {
        var spec = TestScenarios.TwoCities(4);
        spec.Policies.Add(new PolicySpec { Type = InnovationFund.Instance, Budget = budget, Allocation = rule, Sectors = sectors ?? [] });
        var observer = new StartRecorder();
        AdoptionModel.Run(spec, new RunOptions(7, 1, 1), observer);
        return (observer.Start!, observer.World!.Levers[0].Share);
    }

    private sealed record Snapshot(double[] Population, double[] Productivity, int[][] FirmsByCity, int[] Sector, float[] Absorptive);

    private sealed class StartRecorder : ISimulationObserver<World>
    {
        public Snapshot? Start { get; private set; }
        public World? World { get; private set; }

        public void OnStart(World state)
        {
            World = state;
            Start = new Snapshot([.. state.CityState.Population], [.. state.CityState.Productivity],
                state.FirmsByCity.Select(c => c.ToArray()).ToArray(), state.Firms.Sector[..state.Firms.Count].Select(s => (int)s).ToArray(),
                [.. state.Firms.Absorptive[..state.Firms.Count]]);
        }

        public void OnTick(World state, int tick)
        {
        }
    }

    private static double[] Normalised(IEnumerable<double> weights)
    {
        var w = weights.ToArray();
        return w.Select(x => x / w.Sum()).ToArray();
    }

    /// <summary>Shares are exact (a deterministic formula of the start): tolerance 1e-9 for rounding.</summary>
    [Fact]
    public void Per_head_per_firm_by_need_and_by_strength_share_by_their_formulas()
    {
        var (start, perHead) = Shares(AllocationRule.PerHead);
        perHead.Should().Equal(Normalised(start.Population), (a, b) => Math.Abs(a - b) < 1e-9, "per head: population");

        var (_, perFirm) = Shares(AllocationRule.PerFirm);
        perFirm.Should().Equal(Normalised(start.FirmsByCity.Select(c => (double)c.Length)), (a, b) => Math.Abs(a - b) < 1e-9, "per firm: eligible firms");

        // National productivity cancels when the weights are normalised: population / productivity.
        var (_, byNeed) = Shares(AllocationRule.ByNeed);
        byNeed.Should().Equal(Normalised(start.Population.Zip(start.Productivity, (p, y) => p / y)), (a, b) => Math.Abs(a - b) < 1e-9, "by need");

        const int kis = 0;
        var (_, byStrength) = Shares(AllocationRule.ByStrength, sectors: ["kis"]);
        var all = start.FirmsByCity.Sum(c => c.Length);
        var national = (double)start.FirmsByCity.Sum(c => c.Count(f => start.Sector[f] == kis)) / all;
        var quotients = start.FirmsByCity.Select(c => (double)c.Count(f => start.Sector[f] == kis) / c.Length / national).ToArray();
        quotients.Should().NotBeEquivalentTo(new[] { 1.0, 1.0 }, "the two cities differ in kis, so the rule is tested");
        byStrength.Should().Equal(Normalised(start.Population.Zip(quotients, (p, q) => p * q)), (a, b) => Math.Abs(a - b) < 1e-9, "by strength");
    }

    /// <summary>
    /// A pot smaller than any bid goes to the best-scoring city alone (score: location quotient × mean absorptive
    /// capacity of the eligible firms; every sector is eligible here, so the quotient is 1 in both cities).
    /// </summary>
    [Fact]
    public void A_competitive_bid_funds_the_best_scoring_city_first()
    {
        var (start, shares) = Shares(AllocationRule.CompetitiveBid, budget: 1.0);
        var scores = start.FirmsByCity.Select(c => c.Average(f => (double)start.Absorptive[f])).ToArray();
        var best = scores[0] >= scores[1] ? 0 : 1;
        shares[best].Should().Be(1.0);
        shares[1 - best].Should().Be(0.0);
    }
}
