using AdoptionSim.Analysis.Statistics;

namespace AdoptionSim.Analysis.Calibration;

/// <summary>Settings of rejection ABC.</summary>
public sealed record RejectionAbcOptions
{
    /// <summary>Draws from the prior, each run once (default 10 000).</summary>
    public int Simulations { get; init; } = 10_000;

    /// <summary>How many of the closest draws to keep (default 100): ε is then the largest kept distance.</summary>
    public int Accepted { get; init; } = 100;

    /// <summary>Runs per simulator call (default 1000).</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Seed of the prior draws and of the runs' seeds.</summary>
    public ulong Seed { get; init; }
}

/// <summary>
/// Rejection ABC (Pritchard et al. 1999; Beaumont, Zhang and Balding 2002): draw θ from the prior, run the model
/// once, keep the draws whose distance d = √(Σ_k w_k (s_k − o_k)²) is among the smallest. Draw i and its run's
/// seed come from streams keyed by i, so the result does not depend on batch size or evaluation order.
/// </summary>
public static class RejectionAbc
{
    /// <summary>Runs rejection ABC; the posterior's particles carry equal weights.</summary>
    public static AbcPosterior Run(ParameterSpace space, ObservedMoments observed, ISimulator simulator, RejectionAbcOptions options)
    {
        if (options.Accepted < 1 || options.Accepted > options.Simulations)
            throw new ArgumentOutOfRangeException(nameof(options), $"expected 1 ≤ accepted ≤ simulations, got {options.Accepted} of {options.Simulations}");
        if (options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "expected a batch size of at least 1");
        var runner = new SimulationRunner(simulator, observed.Count);
        var draws = new List<(double[] Unit, double[] Values, long Seed, double Distance)>(options.Simulations);
        for (var start = 0; start < options.Simulations; start += options.BatchSize)
        {
            var count = Math.Min(options.BatchSize, options.Simulations - start);
            var batch = Enumerable.Range(start, count).Select(i =>
            {
                var d = new Draws(AnalysisStreams.Key(options.Seed, AnalysisStream.AbcPrior, 0, i));
                var unit = Enumerable.Range(0, space.Count).Select(_ => d.Uniform()).ToArray();
                var seed = AnalysisStreams.SimulationSeed(AnalysisStreams.Key(options.Seed, AnalysisStream.AbcSimulation, 0, i));
                return (Unit: unit, Values: space.ToValues(unit), Seed: seed);
            }).ToArray();
            var outputs = runner.Run(batch.Select(b => new SimulationRequest(b.Values, b.Seed)).ToArray());
            for (var i = 0; i < count; i++) draws.Add((batch[i].Unit, batch[i].Values, batch[i].Seed, observed.Distance(outputs[i])));
        }
        var kept = draws.Select((d, i) => (d, i)).Where(x => double.IsFinite(x.d.Distance))
            .OrderBy(x => x.d.Distance).ThenBy(x => x.i).Take(options.Accepted).Select(x => x.d).ToArray();
        if (kept.Length == 0) throw new InvalidOperationException("every simulation returned a non-finite statistic: nothing to accept");
        var weight = 1.0 / kept.Length;
        var particles = kept.Select(d => new AbcParticle(d.Values, d.Unit, weight, d.Distance, d.Seed)).ToArray();
        var epsilon = kept[^1].Distance;
        var generation = new AbcGeneration(0, epsilon, kept.Length, runner.Simulations, kept.Length / (double)runner.Simulations, kept.Length);
        return new AbcPosterior(space, particles, [generation], runner.Simulations, $"kept the {kept.Length} closest of {runner.Simulations} prior draws");
    }
}
