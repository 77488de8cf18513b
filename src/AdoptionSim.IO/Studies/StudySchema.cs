using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Experiments;

namespace AdoptionSim.IO.Studies;

/// <summary>
/// The keys calibration and sensitivity files share, each declared once: a file's schema is
/// <c>new ObjectSchema&lt;F&gt;(…).Common(kind)</c>, then its own keys, then <see cref="Runs{T}"/>. Bound with the
/// experiment files' binder, so errors, suggestions and the generated key references read the same.
/// </summary>
internal static class StudySchema
{
    /// <summary>Most runs one analysis may plan in one design or batch (a typo in N should not make a billion runs).</summary>
    public const int MaxRuns = ExperimentSchema.MaxRuns;

    private const string Required = "required";

    public static ObjectSchema<ParameterFile> Parameter { get; } =
        new ObjectSchema<ParameterFile>("parameter", () => new ParameterFile(), "A scenario key to vary, with its range.")
            .Text(p => p.Key, "A scenario key path with a number or integer value, e.g. `adoption.p` or `brokers.university.capacity` (any key in scenarios.md).", Required)
            .Field(p => p.Lower, new NumberSchema(NumberRange.Any) { Nullable = true }, "The lower end of the range (a valid value of the key).", Required)
            .Field(p => p.Upper, new NumberSchema(NumberRange.Any) { Nullable = true }, "The upper end of the range, above `lower` (a valid value of the key).", Required)
            .Enum(p => p.Scale, "How the range is sampled: `linear` (uniform), `log` (log-uniform, lower > 0) or `integer` (each whole number equally likely; required for an integer key).");

    /// <summary>name, description, scenario, set, parameters: the first keys of every analysis file.</summary>
    public static ObjectSchema<T> Common<T>(this ObjectSchema<T> schema, string kind, string outputs)
        where T : StudyFile =>
        schema
            .Text(f => f.Name, $"Name of the {kind}, used as the output folder name (`{outputs}/NAME`): letters, digits, `_`, `-`, `.`, `+`.",
                "the file name without extension")
            .Text(f => f.Description, $"What the {kind} asks.")
            .Text(f => f.Scenario, "The scenario file, relative to this file.", Required)
            .Field(f => f.Set, new ScenarioValuesSchema("map of scenario key path → value"),
                "Scenario key paths and values applied to the scenario before the parameters, as `run --set` (e.g. `firms.scale: 0.1`).", "none")
            .List(f => f.Parameters, Parameter, "The parameters: at least one (fields below). Their order is the order of every design point and result.");

    /// <summary>seed, ticks, threads_per_run: the last keys of every analysis file.</summary>
    public static ObjectSchema<T> Runs<T>(this ObjectSchema<T> schema)
        where T : StudyFile =>
        schema
            .Field(f => f.Seed, new IntegerSchema(0, long.MaxValue, wide: true),
                "Seed of everything random in the analysis: the design or proposals, the runs' seeds, the bootstrap (the scenario's own `seed` is not used).")
            .OptionalInteger(f => f.Ticks, 0, "Ticks of every run; null = the scenario's own `ticks`.")
            .Integer(f => f.ThreadsPerRun, 1, "Threads of each run (runs also run side by side, see `--parallel`).", ExperimentSchema.MaxThreadsPerRun);
}
