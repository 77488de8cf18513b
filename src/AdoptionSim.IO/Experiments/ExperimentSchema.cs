using AdoptionSim.Core.Parameters;

using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// The experiment file format: every key with its YAML name, type, range and one-line doc, declared once.
/// <see cref="ExperimentLoader"/> binds files through it with the scenario files' binder (so errors and
/// "did you mean" suggestions read the same), errors are listed in its order, and the key reference in
/// docs/experiments.md is generated from it (<see cref="ExperimentDocs"/>). Defaults are read from a fresh
/// <see cref="ExperimentFile"/>.
/// </summary>
internal static class ExperimentSchema
{
    /// <summary>Replications when the file does not say.</summary>
    public const int DefaultReplications = 10;

    /// <summary>Most runs or grid values one experiment may define (a typo in a range should not make a billion runs).</summary>
    public const int MaxRuns = 1_000_000;

    /// <summary>Most threads one run may ask for.</summary>
    public const int MaxThreadsPerRun = 1024;

    private const string Required = "required";

    public static ObjectSchema<ArmFile> Arm { get; } =
        new ObjectSchema<ArmFile>("arm", () => new ArmFile(), "One arm: a scenario file plus overrides of its keys. Every arm runs at every grid point.")
            .Field("name", new StringSchema(), a => a.Name, (a, v) => a.Name = v,
                "Unique name of the arm, used as a folder name (`arm=NAME`): letters, digits, `_`, `-`, `.`, `+`, starting with a letter or digit.", Required)
            .Text("description", a => a.Description, (a, v) => a.Description = v, "What the arm stands for.")
            .Field("scenario", new StringSchema(), a => a.Scenario, (a, v) => a.Scenario = v,
                "The scenario file, relative to the experiment file.", Required)
            .Boolean("baseline", a => a.Baseline, (a, v) => a.Baseline = v,
                "The arm the others are compared with (paired differences). At most one arm says true; when none does, the first arm is the baseline.")
            .Field("set", new ScenarioValuesSchema("map of scenario key path → value"), a => a.Set, (a, v) => a.Set = v,
                "Scenario key paths and values, as `run --set` (e.g. `adoption.q: 0.5`, `firms.size_shares: {micro: 0.7}`), applied after the scenario's files.", "none");

    public static ObjectSchema<GridRangeFile> Range { get; } =
        new ObjectSchema<GridRangeFile>("range", () => new GridRangeFile(), "A range of grid values, both ends included: from, from + step, … up to to.")
            .Field("from", new NumberSchema(NumberRange.Any), r => r.From, (r, v) => r.From = v, "The first value.", Required)
            .Field("to", new NumberSchema(NumberRange.Any), r => r.To, (r, v) => r.To = v,
                "The last value (included when a whole number of steps from `from`, to 12 significant digits).", Required)
            .Field("step", new NumberSchema(NumberRange.Any), r => r.Step, (r, v) => r.Step = v,
                "The step, non-zero and towards `to`; an integer key needs an integer `from` and `step`.", Required);

    public static ObjectSchema<ClaimFile> Claim { get; } =
        new ObjectSchema<ClaimFile>("claim", () => new ClaimFile(), "A claim of the sources that the experiment tests, for `adoptionsim report findings`.")
            .Field("id", new StringSchema(), c => c.Id, (c, v) => c.Id = v,
                "Unique short name of the claim, used as its figure's file name: letters, digits, `_`, `-`, `.`, `+`.", Required)
            .Field("claim", new StringSchema(), c => c.Claim, (c, v) => c.Claim = v, "What the sources claim, in their words where possible.", Required)
            .Text("source", c => c.Source, (c, v) => c.Source = v, "Where the claim comes from.")
            .Field("arm", new StringSchema(), c => c.Arm, (c, v) => c.Arm = v, "The arm the claim is about (its measure is the effect's first term).", Required)
            .OptionalText("against", c => c.Against, (c, v) => c.Against = v,
                "The arm it is compared with, paired by replicate (common random numbers): the effect is arm − against; null = compared with `threshold`.")
            .Number("threshold", c => c.Threshold, (c, v) => c.Threshold = v, NumberRange.Any, "Without `against`: the effect is the arm's measure − threshold.")
            .Field("measure", EnumSchema<ClaimMeasure>.Instance, c => c.Measure, (c, v) => c.Measure = v,
                "What the effect is measured on, at the last tick: " + ClaimMeasureDocs.All + ".")
            .Field("expect", EnumSchema<ClaimExpectation>.Instance, c => c.Expect, (c, v) => c.Expect = v,
                "The sign the claim predicts for the effect: `higher` (> 0) or `lower` (< 0).")
            .Text("note", c => c.Note, (c, v) => c.Note = v, "What a reader must know to judge the result (e.g. that the model builds the claim in as an assumption).");

    public static ObjectSchema<ExperimentFile> Root { get; } =
        new ObjectSchema<ExperimentFile>("experiment", () => new ExperimentFile(), "An experiment: arms × grid points × replications.")
            .Field("name", new StringSchema(), e => e.Name, (e, v) => e.Name = v,
                "Name of the experiment, used as the output folder name (`outputs/experiments/NAME`); folder-safe like an arm name.",
                "the file name without extension")
            .Text("description", e => e.Description, (e, v) => e.Description = v, "What the experiment asks.")
            .Field("arms", new ListSchema<ArmFile>(Arm), e => e.Arms, (e, v) => e.Arms = v,
                "The scenarios compared: at least one arm (fields below).", Required)
            .Field("grid", new ScenarioValuesSchema("map of scenario key path → values"), e => e.Grid, (e, v) => e.Grid = v,
                "Scenario keys to vary: a list of values, a range `{from, to, step}`, or nested keys. Every combination is a grid point, for every arm.",
                "none (one point)")
            .Integer("replications", e => e.Replications, (e, v) => e.Replications = v, 1,
                "Replications of every (arm, grid point); replicate r has the same seed in all of them.", MaxRuns)
            .Field("master_seed", new IntegerSchema(0, long.MaxValue, wide: true), e => e.MasterSeed, (e, v) => e.MasterSeed = v,
                "Seed from which the replicate seeds are drawn (the scenarios' own `seed` is not used).")
            .OptionalInteger("ticks", e => e.Ticks, (e, v) => e.Ticks = v, 0, "Ticks of every run; null = each scenario's own `ticks`.")
            .Integer("threads_per_run", e => e.ThreadsPerRun, (e, v) => e.ThreadsPerRun = v, 1,
                "Threads of each run (runs also run side by side, see `sweep --parallel`).", MaxThreadsPerRun)
            .Boolean("write_events", e => e.WriteEvents, (e, v) => e.WriteEvents = v, "Write each run's adoptions.parquet (one row per adoption).")
            .Boolean("keep_firms", e => e.KeepFirms, (e, v) => e.KeepFirms = v, "Keep each run's firms.parquet (large); by default it is not written.")
            .Field("claims", new ListSchema<ClaimFile>(Claim), e => e.Claims, (e, v) => e.Claims = v,
                "Claims of the sources the experiment tests (fields below); `adoptionsim report findings DIR` reports each.", "none");

    /// <summary>Whether a mapping written as a grid value is a range (it names a key of <see cref="Range"/>), not nested keys.</summary>
    public static bool IsRange(DocMapping mapping) => Range.Fields.Any(f => mapping.Find(f.Key) is not null);
}
