using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Sensitivity;

/// <summary>
/// The sensitivity file format, every key declared once: the shared keys of <see cref="StudySchema"/>, the method
/// and its settings, the outputs. The key reference in docs/sensitivity.md is generated from it.
/// </summary>
internal static class SensitivitySchema
{
    private const string Required = "required";

    public static ObjectSchema<MorrisSettings> Morris { get; } =
        new ObjectSchema<MorrisSettings>("morris", () => new MorrisSettings(), "Morris's design: r trajectories of k + 1 runs on a grid of p levels.")
            .Integer(m => m.Trajectories, 2, "r, the trajectories (each gives one elementary effect per parameter).", StudySchema.MaxRuns)
            .Field(m => m.Levels, new IntegerSchema(2, 100), "p, the grid levels per parameter (even; 4 is usual).")
            .Integer(m => m.Candidates, 0, "0 for Morris's design; else M ≥ r candidate trajectories of which the r most spread are kept (Campolongo et al. 2007).", 10_000);

    public static ObjectSchema<SobolSettings> Sobol { get; } =
        new ObjectSchema<SobolSettings>("sobol", () => new SobolSettings(), "Saltelli's design for first-order and total Sobol' indices.")
            .Integer(s => s.BaseSamples, 2, "N, the rows of the matrices A and B (a power of two is best): N(k + 2) design points.", StudySchema.MaxRuns);

    public static ObjectSchema<OutputFile> Output { get; } =
        new ObjectSchema<OutputFile>("output", () => new OutputFile(), "A model output whose sensitivity is measured, at one or more ticks.")
            .Text(o => o.Name, "A name for the output (letters, digits, `_`, `-`, `.`); the indices of each tick are named `NAME@tick=T`.", "the measure")
            .Text(o => o.Measure, "What is measured: `city_ticks.COLUMN` combined over cities as the column declares (e.g. `city_ticks.adoption_share`), or `gap_ticks.VARIABLE.MEASURE` (e.g. `gap_ticks.mean_productivity.sd_log`).", Required)
            .List(o => o.AtTicks, new IntegerSchema(0, int.MaxValue), "The ticks at which it is taken (at least one, at most the runs' ticks).")
            .OptionalInteger(o => o.ChangeFrom, 0, "When set, the output is the change since this tick: the value at each tick minus the value at this one (e.g. 0 for the rise since the start).");

    public static ObjectSchema<SensitivityFile> Root { get; } =
        new ObjectSchema<SensitivityFile>("sensitivity", () => new SensitivityFile(), "A global sensitivity analysis: parameters with ranges, a design, outputs.")
            .Common("sensitivity analysis", "outputs/sensitivity")
            .Enum(f => f.Method, "`morris` (elementary effects: μ, μ*, σ; screening) or `sobol` (first-order and total indices with bootstrap intervals).")
            .Object(f => f.Morris, Morris, "Settings of `method: morris` (fields below).")
            .Object(f => f.Sobol, Sobol, "Settings of `method: sobol` (fields below).")
            .List(f => f.Outputs, Output, "The outputs: at least one (fields below).")
            .Integer(f => f.Replications, 1, "Runs per design point, with the same seeds at every point (common random numbers); each output is their mean, so the indices are those of the mean response.", 10_000)
            .Integer(f => f.BootstrapResamples, 2, "Bootstrap resamples of the 95% intervals (rows of the Saltelli design, or Morris trajectories).", 1_000_000)
            .Runs();
}
