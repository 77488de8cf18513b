using AdoptionSim.Analysis.Calibration;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Calibration;

/// <summary>What a calibrate command did: the folder, the fit or the posterior (neither when it ran one shard only), and the files written.</summary>
public sealed record CalibrationResult(string Directory, CalibrationSpec Spec, MomentsFit? Fit, AbcPosterior? Posterior, int Runs, int Batches,
    IReadOnlyList<string> Files)
{
    /// <summary>True when this process made one shard's runs and left the results to a run without --shard.</summary>
    public bool ShardOnly => Fit is null && Posterior is null;
}

/// <summary>
/// <c>adoptionsim calibrate</c>: runs the file's method (<see cref="MethodOfMoments"/>, <see cref="RejectionAbc"/>,
/// <see cref="SmcAbc"/>) with the model as a <see cref="SweepSimulator"/>, so every batch the method asks for is a
/// sweep under <c>DIR/batches/</c> and an interrupted calibration resumes by replaying its batches. Sharding:
/// rejection ABC's draws do not depend on any output, so with <c>--shard</c> a process makes its share of every
/// batch and stops; the method of moments and ABC-SMC choose each batch from the outputs of the last, so their
/// shards run together, each making its share of a batch and waiting for the others'. Either way the results are
/// written by the command without <c>--shard</c>, which finds every run done.
/// </summary>
public static class CalibrationRunner
{
    public const string Kind = "calibration";

    public static CalibrationResult Execute(CalibrationSpec spec, string directory, StudyRunOptions options, CancellationToken cancellation = default)
    {
        var resolved = CalibrationOutputs.Resolved(spec);
        StudyManifest.Claim(directory, Kind, resolved);
        var simulator = new SweepSimulator(spec.Setup, directory, spec.Probes, options, cancellation);
        var space = spec.Setup.Space;
        MomentsFit? fit = null;
        AbcPosterior? posterior = null;
        try
        {
            switch (spec.Method)
            {
                case CalibrationMethod.Smm:
                    fit = MethodOfMoments.Fit(space, spec.Moments, simulator, spec.Smm);
                    break;
                case CalibrationMethod.AbcRejection when options.Shard.Count > 1:
                    foreach (var batch in PlanRejection(spec)) simulator.RunShare(batch);
                    break;
                case CalibrationMethod.AbcRejection:
                    posterior = RejectionAbc.Run(space, spec.Moments, simulator, spec.AbcRejection);
                    break;
                default:
                    posterior = SmcAbc.Run(space, spec.Moments, simulator, spec.AbcSmc);
                    break;
            }
        }
        catch (InvalidOperationException e)
        {
            throw new StudyRunException($"the {spec.MethodName} calibration stopped: {e.Message}");
        }

        var runs = simulator.Records.Select(r => (r.Batch, r.Point, r.Replicate)).Distinct().Count();
        if (options.Shard.Count > 1) return new CalibrationResult(directory, spec, null, null, runs, simulator.Batches, []);
        var files = CalibrationOutputs.Write(directory, spec, resolved, simulator, fit, posterior);
        return new CalibrationResult(directory, spec, fit, posterior, runs, simulator.Batches, files);
    }

    /// <summary>
    /// Rejection ABC's batches, made without running anything: its draws and seeds come from streams keyed by the
    /// draw's index, never from outputs, so a simulator that records the requests and answers zeros sees exactly the
    /// batches the real run will ask for.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<SimulationRequest>> PlanRejection(CalibrationSpec spec)
    {
        var recorder = new RecordingSimulator(spec.Moments.Count);
        RejectionAbc.Run(spec.Setup.Space, spec.Moments, recorder, spec.AbcRejection);
        return recorder.Batches;
    }

    private sealed class RecordingSimulator(int statistics) : ISimulator
    {
        public List<IReadOnlyList<SimulationRequest>> Batches { get; } = [];

        public IReadOnlyList<double[]> Run(IReadOnlyList<SimulationRequest> batch)
        {
            Batches.Add(batch.ToArray());
            return batch.Select(_ => new double[statistics]).ToArray();
        }
    }
}
