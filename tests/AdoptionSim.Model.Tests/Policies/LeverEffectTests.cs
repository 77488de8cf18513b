using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Scenario;
using static AdoptionSim.Model.Tests.Policies.LeverHarness;

namespace AdoptionSim.Model.Tests.Policies;

/// <summary>Every lever moves what it should, in the direction it should, against the baseline under the same seeds.</summary>
public sealed class LeverEffectTests
{
    private const int Town = 1;
    private const int Hub = 0;

    private static void ShouldRaise(Model.Statistics.SampleSummary effect, string what) =>
        effect.Lower.Should().BeGreaterThan(0, $"{what}: mean {effect.Mean:G4}, 95% CI [{effect.Lower:G4}, {effect.Upper:G4}]");

    private static void ShouldLower(Model.Statistics.SampleSummary effect, string what) =>
        effect.Upper.Should().BeLessThan(0, $"{what}: mean {effect.Mean:G4}, 95% CI [{effect.Lower:G4}, {effect.Upper:G4}]");

    [Fact]
    public void Innovation_fund_raises_introductions_and_adoption_in_the_target_city()
    {
        var fund = new PolicySpec { Type = InnovationFund.Instance, Cities = ["Town"], Budget = 1e9 }
            .Set(LeverParameters.IntroductionsPerYear, 300.0).Set(LeverParameters.OutreachPerYear, 800.0).Set(LeverParameters.PBoost, 0.2);
        ShouldRaise(Effect(fund, r => SumOver(r, Town, c => c.Introductions)), "Town introductions");
        ShouldRaise(Effect(fund, r => Final(r, Town, c => c.AdoptionShare)), "Town adoption share");
    }

    [Fact]
    public void Broker_raises_introductions_in_its_city()
    {
        var broker = new PolicySpec { Type = Broker.Instance, Cities = ["Town"], Budget = 1e9 }
            .Set(Broker.Kind, BrokerKind.University).Set(LeverParameters.IntroductionsPerYear, 300.0).Set(LeverParameters.OutreachPerYear, 0.0);
        ShouldRaise(Effect(broker, r => SumOver(r, Town, c => c.Introductions)), "Town introductions");
        ShouldRaise(Effect(broker, r => UniversityLinked(r, Town)), "Town firms linked to a university");
    }

    private static double UniversityLinked(Runs.RecordingObserver r, int city)
    {
        var w = r.Last!;
        return Enumerable.Range(0, w.Firms.Count).Count(f => w.Firms.Alive[f] && w.Firms.City[f] == city && w.Firms.UniversityLinked[f]);
    }

    [Fact]
    public void Business_rate_cut_reduces_exits_in_the_target_city()
    {
        // Higher rates and rents in Town make margins bite, so relief has something to retain.
        void Squeeze(ScenarioSpec s) => s.Cities.Inline[Town].RateMultiplier = 1.5;
        var cut = new PolicySpec { Type = BusinessRateCut.Instance, Cities = ["Town"], Budget = 1e12 }.Set(LeverParameters.RateCut, 1.0);
        ShouldLower(Effect(cut, r => SumOver(r, Town, c => c.Exits), Squeeze), "Town exits");
        // Entrants replace exits towards the city's firm-count target, so relief keeps the cluster's own firms
        // (less churn) rather than adding firms: entries fall with exits.
        ShouldLower(Effect(cut, r => SumOver(r, Town, c => c.Entries), Squeeze), "Town entries (churn)");
    }

    [Fact]
    public void Public_procurement_creates_procurement_adoptions_and_raises_adoption()
    {
        var lead = new PolicySpec { Type = PublicProcurement.Instance, Cities = ["Town"], Budget = 1e12 }
            .Set(LeverParameters.PBoost, 0.3).Set(PublicProcurement.RevenueBonus, 0.1);
        ShouldRaise(Effect(lead, r => SumOver(r, Town, c => c.AdoptionsProcurement)), "Town procurement adoptions");
        ShouldRaise(Effect(lead, r => Final(r, Town, c => c.AdoptionShare)), "Town adoption share");
        Effect(lead, r => SumOver(r, Hub, c => c.AdoptionsProcurement)).Mean.Should().Be(0, "the hub is not targeted");
    }

    [Fact]
    public void Enterprise_zone_draws_relocations()
    {
        var zone = new PolicySpec { Type = EnterpriseZone.Instance, Cities = ["Town"], Budget = 1e12 }
            .Set(LeverParameters.RateCut, 1.0).Set(EnterpriseZone.RelocationBonus, 3.0).Set(EnterpriseZone.RelocationGrant, 1.0);
        void Mobile(ScenarioSpec s) => s.Economy.RelocationRate = 0.2;
        ShouldRaise(Effect(zone, r => SumOver(r, Town, c => c.RelocationsIn), Mobile), "relocations into Town");
    }

    /// <summary>
    /// Without its relocation pull, a zone's rate relief retains firms. (With a strong pull the model
    /// shows the opposite: productive movers raise local wages and rents and squeeze incumbents out.)
    /// </summary>
    [Fact]
    public void Enterprise_zone_rate_relief_reduces_exits()
    {
        void Squeeze(ScenarioSpec s) => s.Cities.Inline[Town].RateMultiplier = 1.5;
        var zone = new PolicySpec { Type = EnterpriseZone.Instance, Cities = ["Town"], Budget = 1e12 }
            .Set(LeverParameters.RateCut, 1.0).Set(EnterpriseZone.RelocationBonus, 0.0);
        ShouldLower(Effect(zone, r => SumOver(r, Town, c => c.Exits), Squeeze), "Town exits");
    }

    [Fact]
    public void Multi_area_agreement_makes_ties_across_the_region()
    {
        void OneRegion(ScenarioSpec s)
        {
            foreach (var city in s.Cities.Inline) city.FunctionalRegion = "Midlands";
            s.Brokers.Lep.Capacity = 0; // only the agreement reaches across cities
        }
        var maa = new PolicySpec { Type = MultiAreaAgreement.Instance, Cities = ["Town"], Budget = 1e9 }.Set(LeverParameters.IntroductionsPerYear, 400.0);
        ShouldRaise(Effect(maa, r => SumOver(r, Town, c => c.Introductions), OneRegion), "Town introductions");
        ShouldRaise(Effect(maa, r => CrossCityDynamicTies(r), OneRegion), "dynamic ties between the two cities at the end");
    }

    private static double CrossCityDynamicTies(Runs.RecordingObserver r)
    {
        var world = r.Last!;
        var count = 0;
        for (var f = 0; f < world.Firms.Count; f++)
            foreach (var t in world.DynamicTies.Of(f))
                if (t.Brokered && world.Firms.City[t.Partner] != world.Firms.City[f]) count++;
        return count;
    }

    [Fact]
    public void Skills_raise_absorptive_capacity_and_adoption_in_the_target_city()
    {
        var skills = new PolicySpec { Type = Skills.Instance, Cities = ["Town"], Budget = 1e12 }.Set(Skills.AbsorptiveGain, 0.5);
        ShouldRaise(Effect(skills, r => MeanAbsorptive(r, Town)), "Town mean absorptive capacity");
        ShouldRaise(Effect(skills, r => Final(r, Town, c => c.AdoptionShare)), "Town adoption share");
        Effect(skills, r => MeanAbsorptive(r, Hub)).Mean.Should().BeApproximately(0, 0.02, "the hub is not targeted (only entrants and movers differ)");
    }

    private static double MeanAbsorptive(Runs.RecordingObserver r, int city)
    {
        var w = r.Last!;
        return Enumerable.Range(0, w.Firms.Count).Where(f => w.Firms.Alive[f] && w.Firms.City[f] == city).Average(f => (double)w.Firms.Absorptive[f]);
    }

    [Fact]
    public void Allocation_funds_introductions_in_every_target_city()
    {
        var allocation = new PolicySpec { Type = Allocation.Instance, Budget = 1e9 }
            .Set(Allocation.Mode, AllocationMode.PlaceBased).Set(LeverParameters.IntroductionsPerYear, 300.0).Set(LeverParameters.OutreachPerYear, 700.0);
        ShouldRaise(Effect(allocation, r => SumOver(r, Town, c => c.Introductions)), "Town introductions");
        ShouldRaise(Effect(allocation, r => SumOver(r, Hub, c => c.Introductions)), "Hub introductions");
    }
}
