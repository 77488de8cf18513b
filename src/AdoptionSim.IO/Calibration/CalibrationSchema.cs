using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Calibration;

/// <summary>
/// The calibration file format, every key declared once: the shared keys of <see cref="StudySchema"/>, the observed
/// data, the distance, the method and its settings. The key reference in docs/calibration.md is generated from it.
/// </summary>
internal static class CalibrationSchema
{
    private const string Required = "required";

    public static ObjectSchema<ObservedFile> Observed { get; } =
        new ObjectSchema<ObservedFile>("observed", () => new ObservedFile(), "The observed data: a CSV file (columns in docs/calibration.md).")
            .Text(o => o.File, "The CSV file, relative to this file: a `tick` or `year` column, optional `city`, `measure`, `value`, optional `se`.", Required)
            .OptionalNumber(o => o.StartYear, NumberRange.Any, "The calendar year of tick 0, when the CSV gives years: year Y is tick (Y − start_year) / tick.years, which must be a whole tick.");

    public static ObjectSchema<DistanceTerm> Term { get; } =
        new ObjectSchema<DistanceTerm>("distance term", () => new DistanceTerm(), "A measure of the data in the distance, with its weight.")
            .Text(d => d.Measure, "A measure the CSV has (`city_ticks.COLUMN` or `gap_ticks.VARIABLE.MEASURE`).", Required)
            .Number(d => d.Weight, NumberRange.Positive, "Its weight c: each of its rows counts c / se² in the sum of squares (c without a standard error).");

    public static ObjectSchema<SmmSettings> Smm { get; } =
        new ObjectSchema<SmmSettings>("smm", () => new SmmSettings(), "Simulated method of moments (docs/analysis.md).")
            .Integer(s => s.Replications, 2, "R, runs averaged at every parameter point, with the same R seeds at every point (common random numbers).", 10_000)
            .Integer(s => s.ScreeningPoints, 0, "Points of a Sobol' design run first, as one batch; the search starts from the best.", 100_000)
            .Integer(s => s.MaxEvaluations, 3, "Budget of parameter points for the Nelder–Mead search, restarts included.", 1_000_000)
            .Integer(s => s.Restarts, 0, "Restarts of Nelder–Mead from its own minimum, against a collapsed simplex.", 100)
            .Number(s => s.JacobianStep, NumberRange.Between(1e-6, 0.25), "Step of the central differences for the Jacobian, as a share of each range (larger for statistics that change in steps).")
            .Integer(s => s.CovarianceReplications, 2, "Runs at the estimate from which the statistics' covariance is estimated when some row has no standard error.", 1_000_000)
            .Number(s => s.Level, NumberRange.OpenUnit, "Confidence level of the intervals.");

    public static ObjectSchema<RejectionSettings> Rejection { get; } =
        new ObjectSchema<RejectionSettings>("abc_rejection", () => new RejectionSettings(), "Rejection ABC: prior draws, each run once; the closest kept.")
            .Integer(s => s.Simulations, 1, "Draws from the prior (uniform in each parameter's scale), each run once.", StudySchema.MaxRuns)
            .Integer(s => s.Accepted, 1, "How many of the closest draws make the posterior.", StudySchema.MaxRuns);

    public static ObjectSchema<SmcSettings> Smc { get; } =
        new ObjectSchema<SmcSettings>("abc_smc", () => new SmcSettings(), "ABC by sequential Monte Carlo with adaptive tolerances.")
            .Integer(s => s.Particles, 2, "N, particles per generation.", 1_000_000)
            .Number(s => s.Quantile, NumberRange.OpenUnit, "α: each generation's tolerance is the α-quantile of the previous generation's distances.")
            .Integer(s => s.MaxGenerations, 1, "Generations at most, the prior generation included.", 1000)
            .Number(s => s.MinAcceptanceRate, NumberRange.Between(0, 0.999), "Stop after a generation whose acceptance rate is below this.")
            .Integer(s => s.MaxSimulations, 2, "Budget of runs; a generation that would exceed it is abandoned and the previous one returned.", StudySchema.MaxRuns)
            .Number(s => s.TargetEpsilon, NumberRange.NonNegative, "Stop once a generation reaches this tolerance (0: never on this ground).");

    public static ObjectSchema<CalibrationFile> Root { get; } =
        new ObjectSchema<CalibrationFile>("calibration", () => new CalibrationFile(), "A calibration: parameters fitted to observed data.")
            .Common("calibration", "outputs/calibration")
            .Object(f => f.Observed, Observed, "The observed data (fields below).")
            .List(f => f.Distance, Term, "The measures of the data that enter the distance, with weights (fields below); none listed: every measure in the data, weight 1.")
            .Enum(f => f.Method, "`smm` (simulated method of moments: an estimate with confidence intervals), `abc-rejection` or `abc-smc` (approximate Bayesian computation: posterior draws with weights).")
            .Object(f => f.Smm, Smm, "Settings of `method: smm` (fields below).")
            .Object(f => f.AbcRejection, Rejection, "Settings of `method: abc-rejection` (fields below).")
            .Object(f => f.AbcSmc, Smc, "Settings of `method: abc-smc` (fields below).")
            .Runs();
}
