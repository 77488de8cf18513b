using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace AdoptionSim.Analysis.Calibration;

/// <summary>
/// Asymptotic (delta-method) intervals of a simulated-method-of-moments estimate, in unit coordinates u:
/// <code>Var(û) = (1 + 1/R) (G'WG)⁻¹ G'W Ω W G (G'WG)⁻¹</code>
/// (the sandwich of McFadden 1989 and Pakes and Pollard 1989 for a diagonal weight matrix W = diag(w)), where
/// G = ∂m̄/∂u is the Jacobian of the mean simulated statistics by central differences of step h under the same
/// common random numbers (one-sided at a bound), Ω the covariance of one observation's statistics (diag(se²)
/// when every observed moment has a standard error, else the sample covariance of
/// <see cref="MomentsOptions.CovarianceReplications"/> runs at the estimate), and 1 + 1/R the share of simulation
/// noise in m̄. The interval û_i ± z·√Var_ii is clipped to [0, 1] and mapped
/// through the parameter's scale, so a log-uniform parameter gets an interval symmetric on the log scale.
/// Chosen over a parametric bootstrap because it costs 2k·R runs instead of a full re-fit per bootstrap sample.
/// </summary>
internal static class MomentsInference
{
    // G'WG with a condition number beyond this is treated as singular: some parameter is not identified.
    private const double MaxCondition = 1e12;

    public sealed record Result(Interval[] Intervals, double[] StandardErrors, double[][] Covariance, MomentCovarianceSource Source, bool Identified);

    public static Result Compute(ParameterSpace space, ObservedMoments observed, MomentsObjective objective, MomentsEvaluation at, MomentsOptions options)
    {
        var k = space.Count;
        var m = observed.Count;
        var h = options.JacobianStep;
        var ends = new List<(double[] Plus, double[] Minus)>(k);
        for (var i = 0; i < k; i++)
        {
            var plus = (double[])at.Unit.Clone();
            var minus = (double[])at.Unit.Clone();
            plus[i] = Math.Min(1.0, at.Unit[i] + h);
            minus[i] = Math.Max(0.0, at.Unit[i] - h);
            ends.Add((plus, minus));
        }
        var evaluated = objective.Evaluate(ends.SelectMany(e => new[] { e.Plus, e.Minus }).ToArray());
        var g = Matrix<double>.Build.Dense(m, k);
        for (var i = 0; i < k; i++)
        {
            var (plus, minus) = (evaluated[2 * i], evaluated[2 * i + 1]);
            var width = ends[i].Plus[i] - ends[i].Minus[i];
            for (var j = 0; j < m; j++) g[j, i] = (plus.Mean[j] - minus.Mean[j]) / width;
        }

        var source = observed.AllHaveStandardErrors ? MomentCovarianceSource.ObservedStandardErrors : MomentCovarianceSource.SimulatedReplicates;
        var omega = source == MomentCovarianceSource.ObservedStandardErrors
            ? Matrix<double>.Build.DenseOfDiagonalArray(observed.Moments.Select(x => x.StandardError!.Value * x.StandardError!.Value).ToArray())
            : Covariance(objective.Replicates(at, Math.Max(options.CovarianceReplications, options.Replications)));
        var w = Matrix<double>.Build.DenseOfDiagonalArray(observed.Weights.ToArray());
        var bread = g.TransposeThisAndMultiply(w) * g;
        var identified = g.ForAll(double.IsFinite) && bread.ConditionNumber() is var c && double.IsFinite(c) && c < MaxCondition;
        var covariance = Matrix<double>.Build.Dense(k, k, double.NaN);
        if (identified)
        {
            var inverse = bread.Inverse();
            var meat = g.TransposeThisAndMultiply(w) * omega * w * g;
            covariance = (1.0 + 1.0 / options.Replications) * inverse * meat * inverse;
        }
        else
        {
            for (var i = 0; i < k; i++) covariance[i, i] = double.PositiveInfinity;
        }

        var z = Normal.InvCDF(0, 1, 1 - (1 - options.Level) / 2);
        var errors = new double[k];
        var intervals = new Interval[k];
        for (var i = 0; i < k; i++)
        {
            errors[i] = identified ? Math.Sqrt(Math.Max(0, covariance[i, i])) : double.PositiveInfinity;
            var low = identified ? Math.Max(0, at.Unit[i] - z * errors[i]) : 0;
            var high = identified ? Math.Min(1, at.Unit[i] + z * errors[i]) : 1;
            intervals[i] = new Interval(space[i].FromUnit(low), space[i].FromUnit(high));
        }
        return new Result(intervals, errors, covariance.ToRowArrays(), source, identified);
    }

    /// <summary>The sample covariance (divisor n − 1) of the replicates' statistics.</summary>
    private static Matrix<double> Covariance(double[][] replicates)
    {
        var n = replicates.Length;
        var m = replicates[0].Length;
        var mean = Enumerable.Range(0, m).Select(a => replicates.Average(r => r[a])).ToArray();
        var omega = Matrix<double>.Build.Dense(m, m);
        foreach (var replicate in replicates)
            for (var a = 0; a < m; a++)
                for (var b = 0; b < m; b++)
                    omega[a, b] += (replicate[a] - mean[a]) * (replicate[b] - mean[b]) / (n - 1);
        return omega;
    }
}
