using AdoptionSim.Core.Engine;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.State;

namespace AdoptionSim.IO.Tests.Validation;

/// <summary>What one run of a control or the baseline comes to: the measures the mechanism tests compare.</summary>
public sealed record RunMeasures(
    double SdLogStart,
    double SdLogEnd,
    long External,
    long Peer,
    long Brokered,
    long Procurement,
    long Entries,
    long Exits,
    double FirmYears,
    int[] FirmsStart,
    int[] FirmsEnd,
    double[] AdoptionShareEnd,
    double NationalAdoptionShare,
    double OwnSectorReach)
{
    public double SdLogRise => SdLogEnd - SdLogStart;
    public long Adoptions => External + Peer + Brokered + Procurement;
    public long ThroughNetworks => Peer + Brokered;
}

/// <summary>
/// Runs a shipped scenario file (the baseline or a control in scenarios/controls/) at a reduced size for
/// several seeds, side by side, and collects <see cref="RunMeasures"/>. Each run uses one thread; results do
/// not depend on how runs are spread over cores (each run's randomness comes from its seed alone).
/// </summary>
public static class ControlRuns
{
    /// <summary>The default size (72,000 firms in 63 cities, a few seconds a run): smaller cities add noise that hides the feedbacks.</summary>
    public const string ReducedSize = "firms.scale=1";

    /// <param name="scenario">A path relative to the repository's scenarios/ folder, or an absolute path.</param>
    public static RunMeasures[] Run(string scenario, int replications, params string[] sets)
    {
        var path = Path.IsPathRooted(scenario) ? scenario : Path.Combine(Scenarios.Repo.Root, "scenarios", scenario);
        var results = new RunMeasures[replications];
        Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, r =>
        {
            var spec = ScenarioLoader.Load(path, [ReducedSize, .. sets]);
            var observer = new MeasuringObserver();
            AdoptionModel.Run(spec, new RunOptions(1000 + r, spec.Ticks, 1), observer);
            results[r] = observer.Result();
        });
        return results;
    }

    private sealed class MeasuringObserver : ISimulationObserver<World>
    {
        private CityGap? _gap;
        private CityTickRow[] _rows = [];
        private double _sdLogStart, _sdLogEnd, _firmYears;
        private long _external, _peer, _brokered, _procurement, _entries, _exits;
        private int[] _firmsStart = [];
        private World? _world;

        public void OnStart(World state)
        {
            _world = state;
            _gap = new CityGap(state.Cities);
            _rows = new CityTickRow[state.Cities.Count];
            _sdLogStart = SdLog(state);
            _firmsStart = _rows.Select(r => r.Firms).ToArray();
        }

        public void OnTick(World state, int tick)
        {
            _sdLogEnd = SdLog(state);
            foreach (var row in _rows)
            {
                _external += row.AdoptionsExternal;
                _peer += row.AdoptionsPeer;
                _brokered += row.AdoptionsBrokered;
                _procurement += row.AdoptionsProcurement;
                _entries += row.Entries;
                _exits += row.Exits;
                _firmYears += row.Firms * state.Dt;
            }
        }

        private double SdLog(World state)
        {
            CityTickMeasures.Compute(state, _rows);
            return _gap!.ForTick(_rows).Single(r => r.Variable == "mean_productivity").Gap.SdLog;
        }

        public RunMeasures Result()
        {
            var world = _world!;
            var firms = _rows.Sum(r => r.Firms);
            var national = firms == 0 ? 0 : _rows.Sum(r => r.AdoptionShare * r.Firms) / firms;
            return new RunMeasures(_sdLogStart, _sdLogEnd, _external, _peer, _brokered, _procurement, _entries, _exits, _firmYears,
                _firmsStart, _rows.Select(r => r.Firms).ToArray(), _rows.Select(r => r.AdoptionShare).ToArray(), national, OwnSectorReach(world));
        }

        /// <summary>
        /// Mean over the ideas born in the first year of the share of alive firms of the idea's own sector
        /// that have adopted it at the end (NaN without such ideas).
        /// </summary>
        private static double OwnSectorReach(World world)
        {
            var firms = world.Firms;
            var reach = new List<double>();
            for (var i = 0; i < world.Ideas.Count; i++)
            {
                if (world.Ideas.Tick[i] * world.Dt > 1.0) continue;
                var sector = world.Ideas.OriginSector[i];
                int alive = 0, adopted = 0;
                for (var f = 0; f < firms.Count; f++)
                {
                    if (!firms.Alive[f] || firms.Sector[f] != sector) continue;
                    alive++;
                    if (world.Adoption.Has(i, f)) adopted++;
                }
                if (alive > 0) reach.Add(adopted / (double)alive);
            }
            return reach.Count == 0 ? double.NaN : reach.Average();
        }
    }
}
