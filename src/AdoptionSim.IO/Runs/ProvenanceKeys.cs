using AdoptionSim.Core.Parameters;
using AdoptionSim.Model;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// The scenario parameters that figures and summaries read back from provenance JSON (run.json's
/// <c>resolved_scenario</c>, experiment.json), as key paths derived from the schema: renaming a parameter
/// changes these with it (or fails to compile), never silently at plot time.
/// </summary>
public static class ProvenanceKeys
{
    public static readonly string[] TickYears = ScenarioSchema.PathOf(s => s.Tick.Years);
    public static readonly string[] AdoptionP = ScenarioSchema.PathOf(s => s.Adoption.P);
    public static readonly string[] AdoptionQ = ScenarioSchema.PathOf(s => s.Adoption.Q);
    public static readonly string[] NetworkMixing = ScenarioSchema.PathOf(s => s.Network.Mixing);

    /// <summary>A path as written in <c>--set</c> and grid points, e.g. <c>adoption.q</c>.</summary>
    public static string Dotted(string[] path) => string.Join('.', path);

    /// <summary>Whether a mixing name read from JSON is the fully mixed (Bass) case.</summary>
    public static bool IsFullMixing(string? name) =>
        name is not null && EnumSchema<Mixing>.Instance.TryParse(name, out var mixing) && mixing == Mixing.Full;
}
