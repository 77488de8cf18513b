using AdoptionSim.IO.Tables;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>Which run a row belongs to: the first columns of every per-tick table, so files of many runs can be read as one.</summary>
public readonly record struct RunIdentity(string RunId, string Scenario, long Seed);

/// <summary>The run-identity columns, declared once for every per-tick table.</summary>
public static class RunIdentityColumns
{
    /// <summary>Adds <c>run_id</c>, <c>scenario</c> and <c>seed</c>, read through <paramref name="run"/>.</summary>
    public static ColumnList<TRow> RunIdentity<TRow>(this ColumnList<TRow> columns, Func<TRow, RunIdentity> run) => columns
        .String("run_id", "the run's id, `<scenario>-s<seed>-<first 8 hex digits of the scenario's SHA-256>`", r => run(r).RunId)
        .String("scenario", "the scenario's name", r => run(r).Scenario)
        .Int64("seed", "the run's seed", r => run(r).Seed);
}
