using AdoptionSim.Core.Engine;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// Skilled workers move between cities (people are stocks, not agents). A city's utility for the skilled
/// is its change since tick 0: U = w_wage·ln(wage/wage₀) + w_innovation·(share − share₀) − w_rent·ln(rent/rent₀).
/// Each year a share rate·max(0, U_j − U_c − threshold)·d_cj of city c's skilled workers moves to j, with
/// d_cj = exp(−distance/D) normalised over c's destinations; flows are computed on the state at the start
/// of the phase and applied together. Arrivals raise the city's skills index (skilled / population), which
/// shifts its firms' absorptive capacity and, through the human-capital spillover, their output per worker
/// (<see cref="State.CityState.Spillover"/>), and its population, which bids its rents up (congestion).
/// Deterministic: no random draws.
/// </summary>
public sealed class MigrationPhase : ITickPhase<World>
{
    private double[,]? _weights;
    private double[] _utility = [];
    private double[] _delta = [];

    public string Name => "migrate";

    public void Run(World world, in TickContext context)
    {
        if (!world.Spec.Feedbacks.Migration || world.Cities.Count < 2) return;
        var spec = world.Spec.Migration;
        var state = world.CityState;
        var cities = world.Cities.Count;
        var weights = _weights ??= DestinationWeights(world, spec.DistanceKm);
        if (_utility.Length != cities)
        {
            _utility = new double[cities];
            _delta = new double[cities];
        }
        // Workers perceive a city's changes through the same moving average as firms (economy.perception_years).
        var tau = world.Spec.Economy.PerceptionYears;
        var step = tau > 0 ? -double.ExpM1(-context.Dt / tau) : 1.0;
        for (var c = 0; c < cities; c++) _utility[c] = state.PerceivedUtility[c] += step * (Utility(spec, state, c) - state.PerceivedUtility[c]);
        Array.Clear(_delta);
        for (var c = 0; c < cities; c++)
        {
            if (state.SkilledWorkers[c] <= 0) continue;
            var share = 0.0;
            for (var j = 0; j < cities; j++)
                if (j != c && state.Firms[j] > 0) share += Math.Max(0, _utility[j] - _utility[c] - spec.Threshold) * weights[c, j];
            if (share <= 0) continue;
            // Never more than the whole stock in a tick; the per-destination split follows the same weights.
            var leaving = Math.Min(1.0, spec.Rate * share * context.Dt) * state.SkilledWorkers[c];
            for (var j = 0; j < cities; j++)
            {
                if (j == c || state.Firms[j] == 0) continue;
                var gain = Math.Max(0, _utility[j] - _utility[c] - spec.Threshold) * weights[c, j];
                if (gain <= 0) continue;
                var flow = leaving * gain / share;
                _delta[c] -= flow;
                _delta[j] += flow;
            }
        }
        for (var c = 0; c < cities; c++)
        {
            if (_delta[c] == 0) continue;
            state.SkilledWorkers[c] += _delta[c];
            state.Population[c] += _delta[c];
            state.Skills[c] = state.Population[c] > 0 ? Math.Clamp(state.SkilledWorkers[c] / state.Population[c], 0, 1) : 0;
            state.Spillover[c] = Math.Exp(world.Spec.Economy.SkillsSpillover * state.SkillsGain(c));
            world.Counters.SkilledMigration[c] += _delta[c];
        }
    }

    private static double Utility(Scenario.MigrationSpec spec, CityState state, int c)
    {
        static double LogRatio(double now, double then) => now > 0 && then > 0 ? Math.Log(now / then) : 0.0;
        return spec.WageWeight * LogRatio(state.Wage[c], state.InitialWage[c])
            + spec.InnovationWeight * (state.AdoptionShare[c] - state.InitialAdoptionShare[c])
            - spec.RentWeight * LogRatio(state.Rent[c], state.InitialRent[c]);
    }

    /// <summary>exp(−d/D) normalised over each city's destinations.</summary>
    private static double[,] DestinationWeights(World world, double distanceKm)
    {
        var distance = Geography.DistanceMatrix(world.Cities);
        var n = world.Cities.Count;
        var weights = new double[n, n];
        for (var c = 0; c < n; c++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++) if (j != c) sum += weights[c, j] = Math.Exp(-distance[c, j] / distanceKm);
            if (sum > 0) for (var j = 0; j < n; j++) weights[c, j] /= sum;
        }
        return weights;
    }
}
