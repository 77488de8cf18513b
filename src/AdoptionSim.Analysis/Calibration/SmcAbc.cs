using AdoptionSim.Analysis.Statistics;

namespace AdoptionSim.Analysis.Calibration;

/// <summary>
/// ABC by sequential Monte Carlo (T. Toni, D. Welch, N. Strelkowa, A. Ipsen and M. P. H. Stumpf, J. R. Soc.
/// Interface 6 (2009) 187–202; M. A. Beaumont, J.-M. Cornuet, J.-M. Marin and C. P. Robert, Biometrika 96 (2009)
/// 983–990). Generation 0 draws N particles from the prior. Generation t sets ε_t to the weighted α-quantile of
/// generation t − 1's distances (an adaptive schedule, as Del Moral, Doucet and Jasra 2012 and Drovandi and
/// Pettitt 2011), proposes with <see cref="PerturbationKernel"/>, runs the model once per proposal and accepts
/// d ≤ ε_t until N are accepted. An accepted θ gets weight w ∝ π(θ) / Σ_j w_j K(θ | θ_j), π uniform on the cube.
/// <para>
/// Determinism: proposal i of generation t and its run's seed come from streams keyed by (seed, t, i), and the
/// accepted particles are the first N acceptable proposals in index order. Batches only decide how many
/// proposals are run at once, so the posterior does not depend on batch size or on the order runs finish in.
/// </para>
/// </summary>
public static class SmcAbc
{
    private sealed record Population(double[][] Units, double[] Weights, double[] Distances, long[] Seeds, double Epsilon, int Examined);

    /// <summary>Runs ABC-SMC; the posterior is the last complete generation.</summary>
    public static AbcPosterior Run(ParameterSpace space, ObservedMoments observed, ISimulator simulator, SmcAbcOptions options)
    {
        options.Check();
        var runner = new SimulationRunner(simulator, observed.Count);
        var generations = new List<AbcGeneration>();
        Population? previous = null;
        var reason = $"ran the most generations allowed ({options.MaxGenerations})";
        for (var t = 0; t < options.MaxGenerations; t++)
        {
            var epsilon = previous is null
                ? double.PositiveInfinity
                : Math.Max(options.TargetEpsilon, Quantiles.Weighted(previous.Distances, previous.Weights, options.Quantile));
            if (previous is not null && epsilon >= previous.Epsilon)
            {
                reason = $"the tolerance stopped decreasing at {epsilon:G6}";
                break;
            }
            var kernel = previous is null ? null : new PerturbationKernel(previous.Units, previous.Weights);
            var simulationsBefore = runner.Simulations;
            var population = Generation(space, observed, runner, options, t, epsilon, kernel);
            if (population is null)
            {
                reason = $"generation {t} would exceed the budget of {options.MaxSimulations} runs";
                if (previous is null) throw new InvalidOperationException($"the budget of {options.MaxSimulations} runs did not complete the prior generation");
                break;
            }
            previous = population;
            var rate = options.Particles / (double)population.Examined;
            generations.Add(new AbcGeneration(t, epsilon, options.Particles, runner.Simulations - simulationsBefore, rate,
                1.0 / population.Weights.Sum(w => w * w)));
            if (epsilon <= options.TargetEpsilon)
            {
                reason = $"reached the target tolerance {options.TargetEpsilon:G6}";
                break;
            }
            if (t > 0 && rate < options.MinAcceptanceRate)
            {
                reason = $"the acceptance rate {rate:G3} fell below {options.MinAcceptanceRate:G3}";
                break;
            }
        }
        var last = previous!;
        var particles = Enumerable.Range(0, last.Units.Length).Select(i =>
            new AbcParticle(space.ToValues(last.Units[i]), last.Units[i], last.Weights[i], last.Distances[i], last.Seeds[i])).ToArray();
        return new AbcPosterior(space, particles, generations, runner.Simulations, reason);
    }

    /// <summary>Runs proposals of generation t in batches until N are accepted; null if the budget runs out first.</summary>
    private static Population? Generation(ParameterSpace space, ObservedMoments observed, SimulationRunner runner, SmcAbcOptions options,
        int t, double epsilon, PerturbationKernel? kernel)
    {
        var n = options.Particles;
        var units = new List<double[]>(n);
        var distances = new List<double>(n);
        var seeds = new List<long>(n);
        var firstBatch = options.BatchSize > 0 ? options.BatchSize : n;
        var next = 0;
        var examined = 0;
        while (units.Count < n)
        {
            // Size the next call by the acceptance rate seen so far, so a low rate means fewer, larger batches.
            var size = units.Count == 0 ? firstBatch : (int)Math.Min(50L * firstBatch, Math.Ceiling(1.2 * (n - units.Count) * next / (double)units.Count));
            size = Math.Max(size, 1);
            if (runner.Simulations + size > options.MaxSimulations) size = options.MaxSimulations - runner.Simulations;
            if (size <= 0) return null;
            var proposals = new double[size][];
            var requests = new SimulationRequest[size];
            for (var i = 0; i < size; i++)
            {
                var draws = new Draws(AnalysisStreams.Key(options.Seed, AnalysisStream.AbcProposal, t, next + i));
                proposals[i] = kernel is null ? PriorDraw(space.Count, ref draws) : kernel.Propose(ref draws);
                var seed = AnalysisStreams.SimulationSeed(AnalysisStreams.Key(options.Seed, AnalysisStream.AbcSimulation, t, next + i));
                requests[i] = new SimulationRequest(space.ToValues(proposals[i]), seed);
            }
            var outputs = runner.Run(requests);
            for (var i = 0; i < size && units.Count < n; i++)
            {
                examined = next + i + 1;
                var d = observed.Distance(outputs[i]);
                if (!(double.IsFinite(d) && d <= epsilon)) continue;
                units.Add(proposals[i]);
                distances.Add(d);
                seeds.Add(requests[i].Seed);
            }
            next += size;
        }
        var weights = kernel is null ? Enumerable.Repeat(1.0 / n, n).ToArray() : ImportanceWeights(units, kernel);
        return new Population(units.ToArray(), weights, distances.ToArray(), seeds.ToArray(), epsilon, examined);
    }

    private static double[] PriorDraw(int k, ref Draws draws)
    {
        var unit = new double[k];
        for (var a = 0; a < k; a++) unit[a] = draws.Uniform();
        return unit;
    }

    /// <summary>w_i ∝ 1 / Σ_j w_j K(θ_i | θ_j) (the uniform prior is constant on the cube), normalised in log space.</summary>
    private static double[] ImportanceWeights(List<double[]> units, PerturbationKernel kernel)
    {
        var log = units.Select(u => -kernel.LogProposalDensity(u)).ToArray();
        var max = log.Max();
        var weights = log.Select(l => Math.Exp(l - max)).ToArray();
        var total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }
}
