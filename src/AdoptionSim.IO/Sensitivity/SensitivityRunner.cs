using AdoptionSim.Analysis.Calibration;
using AdoptionSim.Analysis.Sensitivity;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Sensitivity;

/// <summary>What a sensitivity command did: the folder, the runs, and the estimates (none when it ran one shard only).</summary>
public sealed record SensitivityResult(string Directory, SensitivitySpec Spec, int Runs, IReadOnlyList<ResponseEstimates> Estimates, IReadOnlyList<string> Files)
{
    /// <summary>True when this process made one shard's runs and left the estimates to a run without --shard.</summary>
    public bool ShardOnly => Estimates.Count == 0;
}

/// <summary>
/// <c>adoptionsim sensitivity</c>: the design is fixed before any run, so it runs as one batch, one sweep
/// (<c>DIR/batches/batch=0000/</c>) of design points × replications with the same seeds at every point. With a
/// shard the process makes its share of the runs and stops; without one it makes (or finds) every run, averages
/// each response over the replications, estimates Morris's effects or Sobol' indices with bootstrap intervals,
/// and writes the tables, the summary and the figures (<see cref="SensitivityOutputs"/>).
/// </summary>
public static class SensitivityRunner
{
    public const string Kind = "sensitivity";

    public static SensitivityResult Execute(SensitivitySpec spec, string directory, StudyRunOptions options, CancellationToken cancellation = default)
    {
        var resolved = SensitivityOutputs.Resolved(spec);
        StudyManifest.Claim(directory, Kind, resolved);
        var design = SensitivityDesign.Create(spec);
        var seeds = ReplicateSeeds(spec);
        var requests = design.Values.SelectMany(values => seeds.Select(seed => new SimulationRequest(values, seed))).ToArray();
        var simulator = new SweepSimulator(spec.Setup, directory, spec.Responses.Select(r => r.Probe).ToArray(), options, cancellation);
        if (options.Shard.Count > 1)
        {
            simulator.RunShare(requests);
            return new SensitivityResult(directory, spec, requests.Length, [], []);
        }

        var statistics = simulator.Run(requests);
        var estimates = new List<ResponseEstimates>();
        var bootstrap = new BootstrapOptions { Resamples = spec.BootstrapResamples, Seed = (ulong)spec.Setup.Seed };
        for (var k = 0; k < spec.Responses.Count; k++)
        {
            var response = spec.Responses[k];
            var means = new double[design.Count];
            for (var point = 0; point < design.Count; point++)
            {
                var sum = 0.0;
                for (var r = 0; r < seeds.Count; r++) sum += statistics[point * seeds.Count + r][k];
                means[point] = sum / seeds.Count;
                if (!double.IsFinite(means[point]))
                {
                    var record = simulator.Records[point * seeds.Count];
                    throw new StudyRunException($"{response.Name} is not a number at design point {point} (sweep point {record.Point} of "
                        + $"{StudyBatch.Folder(directory, record.Batch)}): the measure has no value there, so no index can be estimated");
                }
            }

            estimates.Add(design.Estimate(response, means, bootstrap));
        }

        var files = SensitivityOutputs.Write(directory, spec, resolved, design, seeds, simulator.Records, estimates);
        return new SensitivityResult(directory, spec, requests.Length, estimates, files);
    }

    /// <summary>The seeds of replicates 0 … R − 1, the same at every design point: an experiment's replicate seeds of the file's seed.</summary>
    public static IReadOnlyList<long> ReplicateSeeds(SensitivitySpec spec) =>
        Enumerable.Range(0, spec.Replications).Select(r => GridExpansion.ReplicateSeed(spec.Setup.Seed, r)).ToArray();
}
