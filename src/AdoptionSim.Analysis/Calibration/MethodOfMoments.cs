using AdoptionSim.Analysis.Sampling;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace AdoptionSim.Analysis.Calibration;

/// <summary>
/// Simulated method of moments (D. McFadden, Econometrica 57 (1989) 995–1026; A. Pakes and D. Pollard,
/// Econometrica 57 (1989) 1027–1057; for agent-based models e.g. Franke and Westerhoff 2012): the estimate
/// minimises Q(θ) = Σ_k w_k (m̄_k(θ) − o_k)², where m̄(θ) averages the model's statistics over R runs with the
/// same R seeds at every θ (common random numbers, so Q is a smooth function of θ for a smooth model and the
/// optimiser is not misled by noise).
/// <para>
/// Search: a seeded Sobol' screening batch picks the start; MathNet's Nelder–Mead simplex then minimises Q over
/// z ∈ ℝ^k with u = 1/(1 + e^−z) the unit coordinates (bounds by transformation), restarted from its minimum to
/// avoid a collapsed simplex. Intervals: <see cref="MomentsInference"/>.
/// </para>
/// </summary>
public static class MethodOfMoments
{
    // Stands in for a non-finite objective so that the simplex's comparisons stay ordinary numbers.
    private const double Unreachable = 1e300;

    /// <summary>Fits the parameters of <paramref name="space"/> to <paramref name="observed"/> through <paramref name="simulator"/>.</summary>
    public static MomentsFit Fit(ParameterSpace space, ObservedMoments observed, ISimulator simulator, MomentsOptions options)
    {
        options.Check(space);
        var runner = new SimulationRunner(simulator, observed.Count);
        var objective = new MomentsObjective(space, observed, runner, options.Seed, options.Replications);

        var best = objective.Evaluate(StartingPoints(space, options))
            .Select((e, i) => (e, i)).OrderBy(x => x.e.Objective).ThenBy(x => x.i).First().e;
        if (!double.IsFinite(best.Objective))
            throw new InvalidOperationException("every starting point gave a non-finite statistic: the model produced nothing to fit");
        var converged = false;
        for (var attempt = 0; attempt <= options.Restarts; attempt++)
        {
            var budget = options.MaxEvaluations - objective.Evaluations;
            if (budget < space.Count + 2) break;
            var before = best.Objective;
            (best, converged) = NelderMead(objective, best, budget, options.Tolerance);
            if (attempt > 0 && before - best.Objective <= options.Tolerance * Math.Abs(before)) break;
        }

        var inference = MomentsInference.Compute(space, observed, objective, best, options);
        var estimates = Enumerable.Range(0, space.Count).Select(i =>
            new ParameterEstimate(space[i].Name, space[i].FromUnit(best.Unit[i]), inference.Intervals[i], inference.StandardErrors[i])).ToArray();
        return new MomentsFit(estimates, best.Objective, best.Mean, inference.Covariance, inference.Source, inference.Identified,
            converged, objective.Evaluations, runner.Simulations, objective.Seeds);
    }

    /// <summary>The given start (if any), then the screening design's points (or the centre if there are none).</summary>
    private static List<double[]> StartingPoints(ParameterSpace space, MomentsOptions options)
    {
        var points = new List<double[]>();
        if (options.Start is { } start) points.Add(space.ToUnit(start.ToArray()));
        if (options.ScreeningPoints > 0)
        {
            var sobol = new SobolSequence(space.Count, options.Seed);
            for (var i = 0; i < options.ScreeningPoints; i++) points.Add(sobol.Point(i));
        }
        if (points.Count == 0) points.Add(Enumerable.Repeat(0.5, space.Count).ToArray());
        return points;
    }

    /// <summary>One Nelder–Mead search from <paramref name="start"/>; returns the best point it evaluated and whether it converged.</summary>
    private static (MomentsEvaluation Best, bool Converged) NelderMead(MomentsObjective objective, MomentsEvaluation start, int budget, double tolerance)
    {
        var best = start;
        var function = ObjectiveFunction.Value(z =>
        {
            var evaluation = objective.Evaluate(z.Select(Logistic).ToArray());
            if (evaluation.Objective < best.Objective) best = evaluation;
            return double.IsFinite(evaluation.Objective) ? evaluation.Objective : Unreachable;
        });
        var z0 = Vector<double>.Build.DenseOfEnumerable(start.Unit.Select(Logit));
        // A first simplex of half a logit unit per parameter: about an eighth of the range around the centre.
        var step = Vector<double>.Build.Dense(z0.Count, 0.5);
        try
        {
            var result = NelderMeadSimplex.Minimum(function, z0, step, tolerance, budget);
            return (best, result.ReasonForExit == ExitCondition.Converged);
        }
        catch (MaximumIterationsException)
        {
            return (best, false);
        }
    }

    internal static double Logistic(double z) => 1.0 / (1.0 + Math.Exp(-z));

    // Coordinates on a bound have no finite logit: start a hair inside.
    internal static double Logit(double u)
    {
        var inside = Math.Clamp(u, 1e-9, 1 - 1e-9);
        return Math.Log(inside / (1 - inside));
    }
}
