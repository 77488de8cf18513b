namespace AdoptionSim.Analysis.Calibration;

/// <summary>
/// The model as the calibration algorithms see it: a batch of runs in, one vector of summary statistics per run
/// out (one number per observed <see cref="Moment"/>, in their order). An implementation may run the batch in
/// any order, in parallel, as a sweep on a cluster or from a cache of earlier runs, but must return the outputs
/// in request order, and each output must depend on its request only. The algorithms are deterministic given
/// their seed and these outputs, so a simulator that caches runs by (values, seed) makes an interrupted
/// calibration resumable: re-running it replays the same requests and finds them done.
/// A statistic the model cannot produce may be NaN: that run then counts as infinitely far from the data.
/// </summary>
public interface ISimulator
{
    /// <summary>Runs every request of the batch; returns one array of statistics per request, in request order.</summary>
    IReadOnlyList<double[]> Run(IReadOnlyList<SimulationRequest> batch);
}

/// <summary>Simulators made from a function of one run.</summary>
public static class Simulator
{
    /// <summary>
    /// A simulator that calls <paramref name="run"/> for each request, on up to <paramref name="parallelism"/>
    /// threads; outputs are stored by request position, so the result does not depend on scheduling.
    /// </summary>
    public static ISimulator FromFunction(Func<SimulationRequest, double[]> run, int parallelism = 1) =>
        new FunctionSimulator(run, parallelism);

    private sealed class FunctionSimulator(Func<SimulationRequest, double[]> run, int parallelism) : ISimulator
    {
        public IReadOnlyList<double[]> Run(IReadOnlyList<SimulationRequest> batch)
        {
            var outputs = new double[batch.Count][];
            if (parallelism <= 1)
                for (var i = 0; i < outputs.Length; i++) outputs[i] = run(batch[i]);
            else
                Parallel.For(0, outputs.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i => outputs[i] = run(batch[i]));
            return outputs;
        }
    }
}
