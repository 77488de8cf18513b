using AdoptionSim.Analysis.Sampling;

namespace AdoptionSim.Analysis.Sensitivity;

/// <summary>
/// Morris's elementary effects from a <see cref="MorrisDesign"/>'s outputs: at step s of a trajectory the moved
/// parameter i changes by ±Δ and EE_i = (y_s − y_{s−1}) / (u_s,i − u_{s−1},i). Over the r trajectories,
/// μ_i = mean EE_i, μ*_i = mean |EE_i|, σ_i = standard deviation of EE_i (divisor r − 1). The μ* interval
/// bootstraps the trajectories.
/// </summary>
public static class MorrisEffects
{
    /// <param name="design">The design the outputs were computed on.</param>
    /// <param name="outputs">One model output per run, in the design's run order.</param>
    /// <param name="bootstrap">Resamples, level and seed of the μ* intervals (default: 1000, 95%, seed 0).</param>
    public static IReadOnlyList<ElementaryEffects> Estimate(MorrisDesign design, IReadOnlyList<double> outputs, BootstrapOptions? bootstrap = null)
    {
        bootstrap ??= new BootstrapOptions();
        var y = Outputs.Check(outputs, design.RunCount);
        var k = design.Space.Count;
        var r = design.Trajectories;
        var effects = new double[k][];
        for (var i = 0; i < k; i++) effects[i] = new double[r];
        for (var t = 0; t < r; t++)
            for (var s = 1; s <= k; s++)
            {
                var i = design.MovedAt(t, s);
                var before = t * (k + 1) + s - 1;
                var step = design.Unit[before + 1][i] - design.Unit[before][i];
                effects[i][t] = (y[before + 1] - y[before]) / step;
            }
        var intervals = Bootstrap.Percentile(r, k, sample => effects.Select(e => sample.Average(t => Math.Abs(e[t]))).ToArray(), bootstrap);
        return Enumerable.Range(0, k).Select(i =>
        {
            var e = effects[i];
            var mu = e.Average();
            var sigma = Math.Sqrt(e.Sum(x => (x - mu) * (x - mu)) / (r - 1));
            return new ElementaryEffects(design.Space[i].Name, mu, e.Average(Math.Abs), sigma, intervals[i]);
        }).ToArray();
    }
}
