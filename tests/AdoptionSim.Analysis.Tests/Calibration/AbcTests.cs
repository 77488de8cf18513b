using AdoptionSim.Analysis.Calibration;

namespace AdoptionSim.Analysis.Tests.Calibration;

public sealed class AbcTests
{
    private const int N = 100;
    private static readonly ParameterSpace NormalSpace = new(Parameter.Uniform("mu", 0, 6), Parameter.Uniform("sigma", 0.5, 5));

    /// <summary>A sample of 100 from N(3, 2²), summarised by mean and sd with their standard errors.</summary>
    private static (ObservedMoments Observed, double Mean, double MeanSe) NormalData()
    {
        var sample = TestFunctions.StandardNormals(77, N).Select(z => 3 + 2 * z).ToArray();
        var stats = TestFunctions.MeanAndSd(sample);
        var meanSe = stats[1] / Math.Sqrt(N);
        return (new ObservedMoments(new Moment("mean", stats[0], meanSe), new Moment("sd", stats[1], stats[1] / Math.Sqrt(2.0 * N))), stats[0], meanSe);
    }

    /// <summary>
    /// With a flat prior, statistics s = θ + se·z and acceptance ‖(s − o)/se‖ ≤ ε in two dimensions, the ABC
    /// posterior of θ is the exact posterior N(o, se²) convolved with the uniform disc of radius ε·se, whose
    /// variance per coordinate is ε²se²/4: its sd is se·√(1 + ε²/4). Exact for μ (a location parameter).
    /// </summary>
    private static double AbcPosteriorSd(double se, double epsilon) => se * Math.Sqrt(1 + epsilon * epsilon / 4);

    [Fact]
    public void Abc_Smc_Recovers_A_Normal_Mean_And_Sd_With_The_Posterior_Spread_Theory_Predicts()
    {
        var (observed, mean, se) = NormalData();
        var posterior = SmcAbc.Run(NormalSpace, observed, TestFunctions.NormalSample(N), new SmcAbcOptions { Seed = 1, Particles = 400, MaxGenerations = 8 });
        posterior.Generations.Should().HaveCount(8);
        posterior.Generations.Select(g => g.Epsilon).Should().BeInDescendingOrder().And.OnlyHaveUniqueItems();
        posterior.Particles.Sum(p => p.Weight).Should().BeApproximately(1, 1e-12);
        posterior.Particles.Should().OnlyContain(p => p.Distance <= posterior.Epsilon);
        var summary = posterior.Summarize();
        summary[0].Credible.Contains(3).Should().BeTrue($"the μ interval {summary[0].Credible} covers 3");
        summary[1].Credible.Contains(2).Should().BeTrue($"the σ interval {summary[1].Credible} covers 2");
        // Monte Carlo error of a weighted mean of ~400 particles is ≈ sd/20: 0.25 se is 5 of those.
        summary[0].Mean.Should().BeApproximately(mean, 0.25 * se, "a flat prior's posterior mean is the sample mean");
        // The sd of ~400 draws is known to about ±4% (1/√(2·ESS)); 15% is nearly 4 of those.
        var expectedSd = AbcPosteriorSd(se, posterior.Epsilon);
        summary[0].StandardDeviation.Should().BeApproximately(expectedSd, 0.15 * expectedSd);
    }

    [Fact]
    public void Rejection_Abc_Recovers_A_Normal_Mean_And_Sd()
    {
        var (observed, mean, se) = NormalData();
        var posterior = RejectionAbc.Run(NormalSpace, observed, TestFunctions.NormalSample(N), new RejectionAbcOptions { Seed = 2, Simulations = 20_000, Accepted = 400 });
        posterior.Particles.Should().HaveCount(400);
        posterior.Simulations.Should().Be(20_000);
        var summary = posterior.Summarize();
        summary[0].Credible.Contains(3).Should().BeTrue($"the μ interval {summary[0].Credible} covers 3");
        summary[1].Credible.Contains(2).Should().BeTrue($"the σ interval {summary[1].Credible} covers 2");
        summary[0].Mean.Should().BeApproximately(mean, 0.25 * AbcPosteriorSd(se, posterior.Epsilon));
        var expectedSd = AbcPosteriorSd(se, posterior.Epsilon);
        summary[0].StandardDeviation.Should().BeApproximately(expectedSd, 0.15 * expectedSd);
    }

    [Fact]
    public void Abc_Smc_Recovers_The_P_And_Q_Of_A_Noisy_Bass_Curve()
    {
        var space = new ParameterSpace(Parameter.Uniform("p", 0.001, 0.1), Parameter.Uniform("q", 0.05, 1.0));
        var observedCurve = TestFunctions.NoisyBass(30, 0.01).Run([new SimulationRequest([0.03, 0.4], 5_000)])[0];
        var observed = new ObservedMoments(observedCurve.Select((v, t) => new Moment($"F{t + 1}", v, 0.01)));
        var posterior = SmcAbc.Run(space, observed, TestFunctions.NoisyBass(30, 0.01), new SmcAbcOptions { Seed = 4, Particles = 300 });
        var summary = posterior.Summarize();
        double[] truth = [0.03, 0.4];
        for (var i = 0; i < 2; i++)
        {
            summary[i].Credible.Contains(truth[i]).Should().BeTrue($"the {summary[i].Parameter} interval {summary[i].Credible} covers {truth[i]}");
            summary[i].Mean.Should().BeApproximately(truth[i], 0.1 * truth[i], "within 10% of the truth");
            // The posterior narrows far below the prior (p's prior sd is 0.029, q's 0.27).
            summary[i].StandardDeviation.Should().BeLessThan(0.2 * (space[i].Upper - space[i].Lower) / Math.Sqrt(12));
        }
    }

    [Fact]
    public void The_Posterior_Does_Not_Depend_On_Batch_Size_Evaluation_Order_Or_Parallelism()
    {
        var (observed, _, _) = NormalData();
        var options = new SmcAbcOptions { Seed = 9, Particles = 100, MaxGenerations = 4 };
        var reference = SmcAbc.Run(NormalSpace, observed, TestFunctions.NormalSample(N), options);
        var variants = new[]
        {
            SmcAbc.Run(NormalSpace, observed, TestFunctions.NormalSample(N), options with { BatchSize = 7 }),
            SmcAbc.Run(NormalSpace, observed, TestFunctions.NormalSample(N, parallelism: 2), options with { BatchSize = 1000 }),
        };
        foreach (var other in variants)
        {
            other.Particles.Select(p => (p.Seed, p.Weight, p.Distance)).Should().Equal(reference.Particles.Select(p => (p.Seed, p.Weight, p.Distance)));
            other.Generations.Select(g => (g.Epsilon, g.AcceptanceRate)).Should().Equal(reference.Generations.Select(g => (g.Epsilon, g.AcceptanceRate)));
        }
        variants[0].Simulations.Should().NotBe(variants[1].Simulations, "batching changes only how many extra runs are made");
        var rejection = RejectionAbc.Run(NormalSpace, observed, TestFunctions.NormalSample(N), new RejectionAbcOptions { Seed = 3, Simulations = 500, Accepted = 20, BatchSize = 33 });
        RejectionAbc.Run(NormalSpace, observed, TestFunctions.NormalSample(N), new RejectionAbcOptions { Seed = 3, Simulations = 500, Accepted = 20 })
            .Particles.Select(p => p.Seed).Should().Equal(rejection.Particles.Select(p => p.Seed));
    }

    [Fact]
    public void A_Generation_That_Would_Exceed_The_Budget_Is_Abandoned_For_The_Previous_One()
    {
        var (observed, _, _) = NormalData();
        var posterior = SmcAbc.Run(NormalSpace, observed, TestFunctions.NormalSample(N), new SmcAbcOptions { Seed = 1, Particles = 100, MaxSimulations = 400 });
        posterior.StopReason.Should().Contain("budget of 400 runs");
        posterior.Simulations.Should().BeLessThanOrEqualTo(400);
        posterior.Particles.Should().HaveCount(100);
        posterior.Particles.Should().OnlyContain(p => p.Distance <= posterior.Epsilon);
    }

    [Fact]
    public void Statistics_The_Model_Cannot_Produce_Count_As_Infinitely_Far()
    {
        // A model that fails (NaN) for σ > 3: no accepted particle may come from there.
        var (observed, _, _) = NormalData();
        var failing = Simulator.FromFunction(r => r.Values[1] > 3 ? [double.NaN, double.NaN] : TestFunctions.NormalSample(N).Run([r])[0]);
        var posterior = SmcAbc.Run(NormalSpace, observed, failing, new SmcAbcOptions { Seed = 1, Particles = 100, MaxGenerations = 3 });
        posterior.Particles.Should().OnlyContain(p => p.Values[1] <= 3 && double.IsFinite(p.Distance));
    }
}
