using AdoptionSim.Model;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.Policies;
using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Setup;
using AdoptionSim.Model.State;
using static AdoptionSim.Model.Tests.Policies.LeverHarness;

namespace AdoptionSim.Model.Tests.Policies;

public sealed class LeverAccountingTests
{
    /// <summary>A policy of every lever on Town (an allocation national, for kis), with a large budget.</summary>
    private static readonly Func<PolicySpec>[] EveryType = LeverCatalog.All
        .Select(t => (Func<PolicySpec>)(() => new PolicySpec { Type = t, Cities = ["Town"], Budget = 1e12 }
            .Set(Allocation.Mode, AllocationMode.National).Set(Allocation.PrioritySector, "kis")))
        .ToArray();

    [Fact]
    public void A_lever_with_zero_budget_or_outside_its_window_changes_nothing()
    {
        var baseline = Run(LeverHarness.Scenario(null), 77);
        foreach (var template in EveryType)
        {
            var broke = Clone(template, p => p.Budget = 0);
            var late = Clone(template, p => { p.Start = Ticks + 1; p.End = Ticks + 5; });
            foreach (var lever in new[] { broke, late })
            {
                var run = Run(LeverHarness.Scenario(lever), 77);
                run.Events.Should().Equal(baseline.Events, $"{lever.Type} (budget {lever.Budget}, start {lever.Start})");
                run.Rows.SelectMany(r => r).Should().Equal(baseline.Rows.SelectMany(r => r), lever.Type.ToString());
            }
        }
    }

    [Fact]
    public void Spend_never_exceeds_budget_and_a_binding_budget_is_spent()
    {
        foreach (var template in EveryType)
        {
            // A budget small enough to bind within the run for every type, large against one model purchase (a model
            // introduction stands for R real ones, so it costs R × cost_per_introduction).
            var lever = Clone(template, p =>
            {
                p.Budget = 200_000;
                p.Set(LeverParameters.CostPerIntroduction, 500.0).Set(EnterpriseZone.RelocationBonus, 3.0).Set(EnterpriseZone.RelocationGrant, 10_000.0);
            });
            var spec = LeverHarness.Scenario(lever, s => s.Economy.RelocationRate = 0.2);
            var world = RunCollectingSpend(spec, out var spentPerTick);
            var spent = spentPerTick.Sum();
            spent.Should().BeLessThanOrEqualTo(200_000 + 1e-6, lever.Type.ToString());
            spent.Should().BeGreaterThan(0, $"{lever.Type} spends something");
            (world.Levers[0].Remaining + spent).Should().BeApproximately(200_000, 1e-6, $"{lever.Type}: spend accounting adds up");
        }
    }

    /// <summary>Runs and sums every tick's spend (the lever's per-tick counters are reset each tick).</summary>
    private static World RunCollectingSpend(ScenarioSpec spec, out List<double> spentPerTick)
    {
        var spent = new List<double>();
        var observer = new SpendObserver(spent);
        AdoptionModel.Run(spec, new RunOptions(3, Ticks, 1), observer);
        spentPerTick = spent;
        return observer.Last!;
    }

    private sealed class SpendObserver(List<double> spent) : Core.Engine.ISimulationObserver<World>
    {
        public World? Last { get; private set; }
        public void OnStart(World state) => Last = state;
        public void OnTick(World state, int tick) => spent.Add(state.Levers.Sum(l => l.Spend.Sum()));
    }

    [Fact]
    public void Place_based_allocation_funds_each_city_s_strongest_sector_by_location_quotient()
    {
        var sectors = SectorTableFactory.Create(SectorSpec.Defaults()); // kis, htm, bs, other
        var cities = new CityTable
        {
            Names = ["A", "B"],
            Regions = ["", ""],
            FunctionalRegions = ["A", "B"],
            Classes = ["x", "x"],
            ClassSources = ["", ""],
            Lat = [0, 0],
            Lon = [0, 0],
            Population = [300, 100],
            Skills = [0, 0],
            Rent = [1, 1],
            RateMultiplier = [0, 0],
            InventionMultiplier = [1, 1],
            Universities = [0, 0],
            AnchorFirms = [0, 0],
            SectorMix = [[1, 0, 0, 0], [1, 0, 0, 0]],
        };
        // A: 60 kis, 10 htm, 10 bs, 20 other; B: 10 kis, 30 htm, 10 bs, 50 other. National: 70, 40, 20, 70 of 200.
        // LQ(A) = (0.6/0.35, 0.1/0.2, 0.1/0.1, 0.2/0.35) = (1.71, 0.5, 1, 0.57) → kis.
        // LQ(B) = (0.1/0.35, 0.3/0.2, 0.1/0.1, 0.5/0.35) = (0.29, 1.5, 1, 1.43) → htm.
        int[] perCitySector = [60, 10, 10, 20, 10, 30, 10, 50];
        var placeBased = Allocation.FundedSectors(Allocating(AllocationMode.PlaceBased), cities, sectors, [true, true], [100, 100], perCitySector);
        placeBased.Should().Equal(0, 1);
        var national = Allocation.FundedSectors(Allocating(AllocationMode.National).Set(Allocation.PrioritySector, "bs"), cities, sectors, [true, true], [100, 100], perCitySector);
        national.Should().Equal(2, 2);
    }

    private static PolicySpec Allocating(AllocationMode mode) => new PolicySpec { Type = Allocation.Instance }.Set(Allocation.Mode, mode);

    private static PolicySpec Clone(Func<PolicySpec> template, Action<PolicySpec> change)
    {
        var copy = template();
        change(copy);
        return copy;
    }
}
