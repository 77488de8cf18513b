using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Rules;

/// <summary>
/// Leadership of each region: its innovation diversity (the actors engaged and the variety of its firms), its
/// dispersal of decision-making (from the scenario), the style they make, and the factors its stage and style put
/// on the brokers and on lever money in its cities.
/// </summary>
public static class Leadership
{
    /// <summary>
    /// Diversity of every region from the world as it is: H × (1 − exp(−actors / diversity_scale)), H the entropy
    /// of its alive firms over sectors divided by ln(number of sectors) (0 with one sector), actors its brokers
    /// with any capacity or outreach plus its anchor firms (the universities, LEPs, local authorities, sector
    /// networks and multinationals the paper counts as actors).
    /// </summary>
    public static void AssessDiversity(World world, GovernanceState state, GovernanceSpec spec)
    {
        var sectors = world.Sectors.Count;
        var counts = new double[state.Count, sectors];
        for (var c = 0; c < world.Cities.Count; c++)
        {
            var r = state.RegionOf[c];
            foreach (var f in world.FirmsByCity[c]) counts[r, world.Firms.Sector[f]]++;
        }

        Array.Clear(state.Actors);
        for (var b = 0; b < world.Brokers.Count; b++)
        {
            if (world.Brokers.Capacity[b] > 0 || world.Brokers.Outreach[b] > 0) state.Actors[state.RegionOf[world.Brokers.HomeCity[b]]]++;
        }
        for (var c = 0; c < world.Cities.Count; c++) state.Actors[state.RegionOf[c]] += world.Cities.AnchorFirms[c];

        for (var r = 0; r < state.Count; r++)
        {
            var total = 0.0;
            for (var s = 0; s < sectors; s++) total += counts[r, s];
            var entropy = 0.0;
            for (var s = 0; s < sectors; s++)
            {
                if (counts[r, s] <= 0) continue;
                var p = counts[r, s] / total;
                entropy -= p * Math.Log(p);
            }
            state.SectorEntropy[r] = sectors > 1 && total > 0 ? entropy / Math.Log(sectors) : 0;
            state.Diversity[r] = state.SectorEntropy[r] * (1 - Math.Exp(-state.Actors[r] / spec.DiversityScale));
        }
    }

    /// <summary>
    /// Dispersal of every region: dispersal_by_region if it names the region, else the population-weighted mean
    /// over its cities of dispersal_by_class for the city's class (or dispersal).
    /// </summary>
    public static void AssessDispersal(CityTable cities, GovernanceState state, GovernanceSpec spec)
    {
        var weighted = new double[state.Count];
        var population = new double[state.Count];
        for (var c = 0; c < cities.Count; c++)
        {
            var r = state.RegionOf[c];
            var value = spec.DispersalByClass.TryGetValue(cities.Classes[c], out var byClass) ? byClass : spec.Dispersal;
            var weight = Math.Max(cities.Population[c], 1e-9);
            weighted[r] += weight * value;
            population[r] += weight;
        }

        for (var r = 0; r < state.Count; r++)
        {
            state.Dispersal[r] = spec.DispersalByRegion.TryGetValue(state.Names[r], out var byRegion) ? byRegion
                : population[r] > 0 ? weighted[r] / population[r] : spec.Dispersal;
        }
    }

    /// <summary>The region's style: style_by_region if it names the region, else style, else from diversity × dispersal.</summary>
    public static LeadershipStyle StyleOf(GovernanceState state, GovernanceSpec spec, int region) =>
        spec.StyleByRegion.TryGetValue(state.Names[region], out var named) ? named
        : spec.Style ?? spec.StyleOf(state.Diversity[region], state.Dispersal[region]);

    /// <summary>
    /// Sets every city's broker-capacity factor and lever absorption from its region's stage and style:
    /// stage value × exp(style_effect × suitability of the style to the stage); absorption at most 1.
    /// </summary>
    public static void SetFactors(CityState cities, GovernanceState state, GovernanceSpec spec)
    {
        for (var c = 0; c < cities.Count; c++)
        {
            var r = state.RegionOf[c];
            var stage = state.Stage[r];
            var style = Math.Exp(spec.StyleEffect * spec.Suitability.Of(state.Style[r], stage));
            cities.BrokerCapacityFactor[c] = spec.BrokerCapacity.Of(stage) * style;
            cities.LeverAbsorption[c] = Math.Min(1.0, spec.Absorption.Of(stage) * style);
        }
    }

    /// <summary>The tick-0 state: every region at the initial stage with its assessed style, and the factors that go with them.</summary>
    public static void Initialise(World world)
    {
        var state = world.Governance;
        if (!state.Enabled) return;
        var spec = world.Spec.Governance;
        state.ResetTick();
        AssessDispersal(world.Cities, state, spec);
        AssessDiversity(world, state, spec);
        var national = state.AdoptionShare(world.CityState, -1);
        for (var r = 0; r < state.Count; r++)
        {
            state.Stage[r] = spec.InitialStage;
            state.Style[r] = StyleOf(state, spec, r);
            state.ShareAtLastMoment[r] = state.AdoptionShare(world.CityState, r);
            state.NationalAtLastMoment[r] = national;
        }
        SetFactors(world.CityState, state, spec);
    }
}
