using AdoptionSim.Analysis.Statistics;
using MathNet.Numerics.LinearAlgebra;

namespace AdoptionSim.Analysis.Calibration;

/// <summary>
/// The ABC-SMC proposal of Beaumont, Cornuet, Marin and Robert (2009): pick a particle of the previous
/// generation by weight and move it by a multivariate normal with twice the population's weighted covariance,
/// in unit coordinates. A move that leaves the unit cube (the prior's support) is discarded and both the particle
/// and the move are drawn again (Toni et al. 2009), so the proposal density is Σ_j w_j K(θ | θ_j) restricted to
/// the support and renormalised by a constant that cancels in the weights.
/// </summary>
internal sealed class PerturbationKernel
{
    private const int MaxAttempts = 100_000;

    private readonly double[][] _centres;
    private readonly double[] _logWeights;
    private readonly double[] _cumulative;
    private readonly double[,] _cholesky;
    private readonly int _k;

    public PerturbationKernel(double[][] units, double[] weights)
    {
        _centres = units;
        _k = units[0].Length;
        _logWeights = weights.Select(w => Math.Log(w)).ToArray();
        _cumulative = new double[weights.Length];
        var running = 0.0;
        for (var j = 0; j < weights.Length; j++) _cumulative[j] = running += weights[j];
        _cholesky = Cholesky(TwiceWeightedCovariance(units, weights));
    }

    /// <summary>A proposal inside the unit cube, from the draws' stream.</summary>
    public double[] Propose(ref Draws draws)
    {
        var z = new double[_k];
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var u = draws.Uniform() * _cumulative[^1];
            var j = Array.BinarySearch(_cumulative, u);
            j = Math.Min(j < 0 ? ~j : j, _centres.Length - 1);
            for (var a = 0; a < _k; a++) z[a] = draws.Normal();
            var x = new double[_k];
            var inside = true;
            for (var a = 0; a < _k; a++)
            {
                var move = 0.0;
                for (var b = 0; b <= a; b++) move += _cholesky[a, b] * z[b];
                x[a] = _centres[j][a] + move;
                inside &= x[a] >= 0 && x[a] <= 1;
            }
            if (inside) return x;
        }
        throw new InvalidOperationException($"the perturbation kernel left the parameter ranges {MaxAttempts} times in a row; the posterior may sit on a bound");
    }

    /// <summary>log Σ_j w_j exp(−½ (x − θ_j)' Σ⁻¹ (x − θ_j)), the log proposal density up to a constant (log-sum-exp).</summary>
    public double LogProposalDensity(double[] x)
    {
        var terms = new double[_centres.Length];
        var y = new double[_k];
        for (var j = 0; j < _centres.Length; j++)
        {
            // Solve L y = x − θ_j by forward substitution; then (x − θ_j)' Σ⁻¹ (x − θ_j) = |y|².
            var squared = 0.0;
            for (var a = 0; a < _k; a++)
            {
                var s = x[a] - _centres[j][a];
                for (var b = 0; b < a; b++) s -= _cholesky[a, b] * y[b];
                y[a] = s / _cholesky[a, a];
                squared += y[a] * y[a];
            }
            terms[j] = _logWeights[j] - 0.5 * squared;
        }
        var max = terms.Max();
        return max + Math.Log(terms.Sum(t => Math.Exp(t - max)));
    }

    private static double[,] TwiceWeightedCovariance(double[][] units, double[] weights)
    {
        var k = units[0].Length;
        var mean = new double[k];
        for (var j = 0; j < units.Length; j++)
            for (var a = 0; a < k; a++) mean[a] += weights[j] * units[j][a];
        var cov = new double[k, k];
        for (var j = 0; j < units.Length; j++)
            for (var a = 0; a < k; a++)
                for (var b = 0; b < k; b++)
                    cov[a, b] += 2 * weights[j] * (units[j][a] - mean[a]) * (units[j][b] - mean[b]);
        return cov;
    }

    /// <summary>The lower Cholesky factor, with a growing ridge if the population has collapsed in some direction.</summary>
    private static double[,] Cholesky(double[,] covariance)
    {
        var matrix = Matrix<double>.Build.DenseOfArray(covariance);
        var k = matrix.RowCount;
        for (var ridge = 1e-12; ridge < 1; ridge *= 100)
        {
            try
            {
                var factor = (matrix + ridge * Matrix<double>.Build.DenseIdentity(k)).Cholesky().Factor;
                if (factor.ForAll(double.IsFinite)) return factor.ToArray();
            }
            catch (ArgumentException)
            {
                // Not positive definite: try again with a larger ridge.
            }
        }
        throw new InvalidOperationException("the particles' covariance is not usable for a perturbation kernel");
    }
}
