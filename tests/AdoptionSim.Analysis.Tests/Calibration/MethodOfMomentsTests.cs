using AdoptionSim.Analysis.Calibration;

namespace AdoptionSim.Analysis.Tests.Calibration;

public sealed class MethodOfMomentsTests
{
    private static readonly ParameterSpace NormalSpace = new(Parameter.Uniform("mu", -5, 10), Parameter.Uniform("sigma", 0.1, 8));

    private static ObservedMoments NormalData(int n, long seed, double mu = 3, double sigma = 2)
    {
        var sample = TestFunctions.StandardNormals(seed, n).Select(z => mu + sigma * z).ToArray();
        var stats = TestFunctions.MeanAndSd(sample);
        // No standard errors: weights 1, and Ω is estimated from runs at the estimate.
        return new ObservedMoments(new Moment("mean", stats[0]), new Moment("sd", stats[1]));
    }

    [Fact]
    public void The_Mean_And_Sd_Of_A_Normal_Sample_Are_Recovered_With_Standard_Errors_Of_The_Right_Size()
    {
        const int n = 200, r = 10;
        var fit = MethodOfMoments.Fit(NormalSpace, NormalData(n, 1_000_001), TestFunctions.NormalSample(n), new MomentsOptions { Seed = 7, Replications = r });
        fit.Converged.Should().BeTrue();
        fit.Identified.Should().BeTrue();
        fit.CovarianceSource.Should().Be(MomentCovarianceSource.SimulatedReplicates);
        // Asymptotic standard errors of (mean, sd) of n normals, inflated by 1 + 1/R for the simulated side.
        var inflation = Math.Sqrt(1 + 1.0 / r);
        double[] truth = [3, 2];
        double[] se = [2 / Math.Sqrt(n) * inflation, 2 / Math.Sqrt(2.0 * n) * inflation];
        for (var i = 0; i < 2; i++)
        {
            var estimate = fit.Estimates[i];
            estimate.Interval.Contains(truth[i]).Should().BeTrue($"{estimate.Parameter}'s interval {estimate.Interval} covers {truth[i]}");
            estimate.Value.Should().BeApproximately(truth[i], 3 * se[i], "the estimate is within 3 standard errors");
            // The sandwich's standard error against the textbook one: Ω comes from 100 runs, so about ±10%.
            var range = NormalSpace[i].Upper - NormalSpace[i].Lower;
            (estimate.StandardErrorUnit * range).Should().BeApproximately(se[i], 0.25 * se[i], $"the standard error of {estimate.Parameter}");
        }
    }

    [Fact]
    public void Intervals_Cover_The_Truth_About_95_Percent_Of_The_Time_And_Are_Not_Wider_Than_Needed()
    {
        // 40 data sets of n = 50. Coverage of a correct 95% interval is Binomial(40, 0.95): at most 33 of 40 has
        // probability 0.3%; a mean width within 20% of 2 × 1.96 × se rules out intervals that cover by being wide.
        const int n = 50, sets = 40, r = 10;
        var inflation = Math.Sqrt(1 + 1.0 / r);
        double[] truth = [3, 2];
        double[] se = [2 / Math.Sqrt(n) * inflation, 2 / Math.Sqrt(2.0 * n) * inflation];
        var covered = new int[2];
        var widths = new double[2];
        for (var d = 0; d < sets; d++)
        {
            var fit = MethodOfMoments.Fit(NormalSpace, NormalData(n, 2_000_000 + d), TestFunctions.NormalSample(n),
                new MomentsOptions { Seed = (ulong)d, Replications = r, ScreeningPoints = 8, Tolerance = 1e-4, Restarts = 1 });
            for (var i = 0; i < 2; i++)
            {
                if (fit.Estimates[i].Interval.Contains(truth[i])) covered[i]++;
                widths[i] += fit.Estimates[i].Interval.Width / sets;
            }
        }
        for (var i = 0; i < 2; i++)
        {
            covered[i].Should().BeGreaterThanOrEqualTo(34, $"coverage of parameter {i}");
            widths[i].Should().BeApproximately(2 * 1.96 * se[i], 0.2 * 2 * 1.96 * se[i], $"mean interval width of parameter {i}");
        }
    }

    [Fact]
    public void The_P_And_Q_Of_A_Noisy_Bass_Curve_Are_Recovered()
    {
        var space = new ParameterSpace(Parameter.Uniform("p", 0.001, 0.1), Parameter.Uniform("q", 0.05, 1.0));
        var observedCurve = TestFunctions.NoisyBass(30, 0.01).Run([new SimulationRequest([0.03, 0.4], 5_000)])[0];
        var observed = new ObservedMoments(observedCurve.Select((v, t) => new Moment($"F{t + 1}", v, 0.01)));
        var fit = MethodOfMoments.Fit(space, observed, TestFunctions.NoisyBass(30, 0.01), new MomentsOptions { Seed = 3 });
        fit.CovarianceSource.Should().Be(MomentCovarianceSource.ObservedStandardErrors);
        fit.SimulatedMoments.Should().HaveCount(30);
        double[] truth = [0.03, 0.4];
        for (var i = 0; i < 2; i++)
        {
            var estimate = fit.Estimates[i];
            var seInModelUnits = estimate.StandardErrorUnit * (space[i].Upper - space[i].Lower);
            estimate.Interval.Contains(truth[i]).Should().BeTrue($"{estimate.Parameter}'s interval {estimate.Interval} covers {truth[i]}");
            estimate.Value.Should().BeApproximately(truth[i], 3 * seInModelUnits);
            estimate.Value.Should().BeApproximately(truth[i], 0.1 * truth[i], "within 10% of the truth");
        }
        // 30 moments, 2 parameters: Q is about χ²(28)·(1 + 1/R) at the optimum, far below 100.
        fit.Objective.Should().BeLessThan(100);
    }

    [Fact]
    public void A_Log_Scale_Parameter_Gets_An_Interval_Symmetric_In_Logs()
    {
        var space = new ParameterSpace(Parameter.Uniform("mu", -5, 10), Parameter.LogUniform("sigma", 0.1, 10));
        var fit = MethodOfMoments.Fit(space, NormalData(200, 1_000_002), TestFunctions.NormalSample(200), new MomentsOptions { Seed = 2 });
        var sigma = fit.Estimates[1];
        sigma.Interval.Contains(2).Should().BeTrue();
        Math.Log(sigma.Interval.Upper / sigma.Value).Should().BeApproximately(Math.Log(sigma.Value / sigma.Interval.Lower), 1e-9);
    }

    [Fact]
    public void The_Fit_Does_Not_Depend_On_Evaluation_Order_Or_Parallelism()
    {
        var data = NormalData(100, 1_000_003);
        var options = new MomentsOptions { Seed = 5, ScreeningPoints = 4 };
        var sequential = MethodOfMoments.Fit(NormalSpace, data, TestFunctions.NormalSample(100), options);
        var parallel = MethodOfMoments.Fit(NormalSpace, data, TestFunctions.NormalSample(100, parallelism: 2), options);
        var reversed = MethodOfMoments.Fit(NormalSpace, data, new ReversingSimulator(TestFunctions.NormalSample(100)), options);
        foreach (var other in new[] { parallel, reversed })
        {
            other.Estimates.Should().Equal(sequential.Estimates);
            other.Objective.Should().Be(sequential.Objective);
            other.Simulations.Should().Be(sequential.Simulations);
        }
        sequential.Seeds.Should().HaveCount(10).And.OnlyHaveUniqueItems().And.OnlyContain(s => s >= 0);
    }

    [Fact]
    public void A_Parameter_The_Statistics_Ignore_Is_Reported_As_Not_Identified()
    {
        var space = new ParameterSpace(Parameter.Uniform("mu", -5, 10), Parameter.Uniform("sigma", 0.1, 8), Parameter.Uniform("unused", 0, 1));
        var fit = MethodOfMoments.Fit(space, NormalData(100, 1_000_004), TestFunctions.NormalSample(100), new MomentsOptions { Seed = 1 });
        fit.Identified.Should().BeFalse();
        fit.Estimates[2].Interval.Should().Be(new Interval(0, 1));
        fit.Estimates[2].StandardErrorUnit.Should().Be(double.PositiveInfinity);
    }

    [Fact]
    public void Moment_Weights_Scale_The_Distance_And_Leave_An_Exactly_Identified_Fit_Unchanged()
    {
        var weighted = new ObservedMoments(new Moment("a", 1.0, Weight: 4), new Moment("b", 2.0, 0.5, Weight: 3));
        weighted.Weights.Should().Equal(4.0, 12.0);
        weighted.WeightedSquaredDistance([2.0, 3.0]).Should().BeApproximately(4 + 12, 1e-12);
        FluentActions.Invoking(() => new ObservedMoments(new Moment("a", 1, Weight: 0)))
            .Should().Throw<ArgumentException>().WithMessage("*expected a positive weight, got 0*");

        // Two moments, two parameters: the minimum is the same point whatever the weights, and the sandwich
        // (G'WG)⁻¹G'WΩWG(G'WG)⁻¹ = G⁻¹ΩG'⁻¹ does not depend on W. A formula that lost W in one place would scale
        // the standard error of sd by up to √25 here; 2% allows for the optimiser stopping a hair apart.
        var plain = NormalData(100, 1_000_005);
        var heavy = new ObservedMoments(plain.Moments[0], plain.Moments[1] with { Weight = 25 });
        var options = new MomentsOptions { Seed = 5, Replications = 10 };
        var a = MethodOfMoments.Fit(NormalSpace, plain, TestFunctions.NormalSample(100), options);
        var b = MethodOfMoments.Fit(NormalSpace, heavy, TestFunctions.NormalSample(100), options);
        for (var i = 0; i < 2; i++)
        {
            b.Estimates[i].Value.Should().BeApproximately(a.Estimates[i].Value, 0.01 * Math.Abs(a.Estimates[i].Value));
            b.Estimates[i].StandardErrorUnit.Should().BeApproximately(a.Estimates[i].StandardErrorUnit, 0.02 * a.Estimates[i].StandardErrorUnit);
        }
    }

    [Fact]
    public void A_Simulator_Returning_The_Wrong_Number_Of_Statistics_Is_Named_In_The_Error()
    {
        var wrong = Simulator.FromFunction(_ => new double[3]);
        FluentActions.Invoking(() => MethodOfMoments.Fit(NormalSpace, NormalData(10, 1), wrong, new MomentsOptions()))
            .Should().Throw<InvalidOperationException>().WithMessage("*returned 3 statistics*expected 2, one per observed moment*");
        FluentActions.Invoking(() => MethodOfMoments.Fit(NormalSpace, NormalData(10, 1), wrong, new MomentsOptions { Start = [1.0] }))
            .Should().Throw<ArgumentException>().WithMessage("*start value for each of the 2 parameters*");
    }

    /// <summary>Runs each batch back to front, as a sweep might finish it, and returns outputs in request order.</summary>
    private sealed class ReversingSimulator(ISimulator inner) : ISimulator
    {
        public IReadOnlyList<double[]> Run(IReadOnlyList<SimulationRequest> batch)
        {
            var outputs = new double[batch.Count][];
            for (var i = batch.Count - 1; i >= 0; i--) outputs[i] = inner.Run([batch[i]])[0];
            return outputs;
        }
    }
}
