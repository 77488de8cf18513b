using AdoptionSim.Analysis.Calibration;
using AdoptionSim.Analysis.Statistics;

namespace AdoptionSim.Analysis.Tests;

/// <summary>Functions and simulators with known answers.</summary>
internal static class TestFunctions
{
    public const double IshigamiA = 7.0;
    public const double IshigamiB = 0.1;

    /// <summary>Ishigami and Homma (1990): sin x₁ + a sin² x₂ + b x₃⁴ sin x₁ on [−π, π]³.</summary>
    public static double Ishigami(IReadOnlyList<double> x) =>
        Math.Sin(x[0]) + IshigamiA * Math.Pow(Math.Sin(x[1]), 2) + IshigamiB * Math.Pow(x[2], 4) * Math.Sin(x[0]);

    public static ParameterSpace IshigamiSpace() => new(
        Parameter.Uniform("x1", -Math.PI, Math.PI),
        Parameter.Uniform("x2", -Math.PI, Math.PI),
        Parameter.Uniform("x3", -Math.PI, Math.PI));

    /// <summary>
    /// The Ishigami function's exact first-order and total indices from its closed-form variance decomposition
    /// (Sobol' and Levitan 1999): V₁ = ½(1 + bπ⁴/5)², V₂ = a²/8, V₃ = 0, V₁₃ = 8b²π⁸/225, V = V₁ + V₂ + V₁₃.
    /// </summary>
    public static (double[] First, double[] Total) IshigamiIndices()
    {
        double a = IshigamiA, b = IshigamiB, pi4 = Math.Pow(Math.PI, 4), pi8 = Math.Pow(Math.PI, 8);
        var v1 = 0.5 * Math.Pow(1 + b * pi4 / 5, 2);
        var v2 = a * a / 8;
        var v13 = 8 * b * b * pi8 / 225;
        var v = v1 + v2 + v13;
        return ([v1 / v, v2 / v, 0.0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    /// <summary>n standard normal draws from a run's seed (the project's SplitMix64 streams).</summary>
    public static double[] StandardNormals(long seed, int n)
    {
        var draws = new Draws(AnalysisStreams.Key((ulong)seed, AnalysisStream.Replicate));
        var z = new double[n];
        for (var i = 0; i < n; i++) z[i] = draws.Normal();
        return z;
    }

    /// <summary>Mean and sample standard deviation.</summary>
    public static double[] MeanAndSd(IReadOnlyList<double> x)
    {
        var mean = x.Average();
        return [mean, Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Count - 1))];
    }

    /// <summary>A normal-sample simulator: values (μ, σ), a sample of n, statistics (mean, sd).</summary>
    public static ISimulator NormalSample(int n, int parallelism = 1) => Simulator.FromFunction(request =>
    {
        var z = StandardNormals(request.Seed, n);
        return MeanAndSd(z.Select(v => request.Values[0] + request.Values[1] * v).ToArray());
    }, parallelism);

    /// <summary>The Bass cumulative adoption share F(t) = (1 − e^−(p+q)t) / (1 + (q/p) e^−(p+q)t).</summary>
    public static double Bass(double p, double q, double t)
    {
        var e = Math.Exp(-(p + q) * t);
        return (1 - e) / (1 + q / p * e);
    }

    /// <summary>A noisy Bass curve: values (p, q), statistics F(1 … T) + N(0, noise²).</summary>
    public static ISimulator NoisyBass(int ticks, double noise, int parallelism = 1) => Simulator.FromFunction(request =>
    {
        var z = StandardNormals(request.Seed, ticks);
        return Enumerable.Range(1, ticks).Select(t => Bass(request.Values[0], request.Values[1], t) + noise * z[t - 1]).ToArray();
    }, parallelism);
}
