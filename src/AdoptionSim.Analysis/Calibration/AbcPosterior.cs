using AdoptionSim.Analysis.Statistics;

namespace AdoptionSim.Analysis.Calibration;

/// <summary>One accepted parameter draw: model values, unit coordinates, normalised weight, distance and the run's seed.</summary>
public readonly record struct AbcParticle(IReadOnlyList<double> Values, IReadOnlyList<double> Unit, double Weight, double Distance, long Seed);

/// <summary>
/// One generation of ABC-SMC (or the single generation of rejection ABC): its tolerance ε, the particles it
/// accepted, the runs it made, its acceptance rate and the effective sample size 1/Σw² of its weights.
/// </summary>
public readonly record struct AbcGeneration(int Index, double Epsilon, int Accepted, int Simulations, double AcceptanceRate, double EffectiveSampleSize);

/// <summary>A parameter's weighted posterior mean, standard deviation, median and equal-tailed credible interval.</summary>
public readonly record struct PosteriorSummary(string Parameter, double Mean, double StandardDeviation, double Median, Interval Credible);

/// <summary>
/// An ABC posterior: weighted draws (weights sum to 1) from the approximate posterior p(θ | d(s(θ), o) ≤ ε) under
/// priors uniform in each parameter's unit coordinate (uniform, log-uniform or integer-uniform in model values).
/// </summary>
public sealed class AbcPosterior
{
    internal AbcPosterior(ParameterSpace space, IReadOnlyList<AbcParticle> particles, IReadOnlyList<AbcGeneration> generations, int simulations, string stopReason)
    {
        Space = space;
        Particles = particles;
        Generations = generations;
        Simulations = simulations;
        StopReason = stopReason;
    }

    /// <summary>The parameters the particles are points of.</summary>
    public ParameterSpace Space { get; }

    /// <summary>The final generation's particles; their weights sum to 1.</summary>
    public IReadOnlyList<AbcParticle> Particles { get; }

    /// <summary>Every generation run, the last being the one whose particles these are.</summary>
    public IReadOnlyList<AbcGeneration> Generations { get; }

    /// <summary>The tolerance of the final particles.</summary>
    public double Epsilon => Generations[^1].Epsilon;

    /// <summary>Model runs made in all.</summary>
    public int Simulations { get; }

    /// <summary>Why the algorithm stopped, in words (for logs and the JSON summary).</summary>
    public string StopReason { get; }

    /// <summary>1 / Σ w².</summary>
    public double EffectiveSampleSize => 1.0 / Particles.Sum(p => p.Weight * p.Weight);

    /// <summary>Per parameter: weighted mean, standard deviation, median and the central <paramref name="level"/> credible interval.</summary>
    public IReadOnlyList<PosteriorSummary> Summarize(double level = 0.95)
    {
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "expected a credible level in (0, 1)");
        var weights = Particles.Select(p => p.Weight).ToArray();
        var tail = (1 - level) / 2;
        return Enumerable.Range(0, Space.Count).Select(i =>
        {
            var values = Particles.Select(p => p.Values[i]).ToArray();
            var mean = values.Zip(weights, (x, w) => x * w).Sum();
            var variance = values.Zip(weights, (x, w) => w * (x - mean) * (x - mean)).Sum();
            return new PosteriorSummary(Space[i].Name, mean, Math.Sqrt(variance), Quantiles.Weighted(values, weights, 0.5),
                new Interval(Quantiles.Weighted(values, weights, tail), Quantiles.Weighted(values, weights, 1 - tail)));
        }).ToArray();
    }
}
