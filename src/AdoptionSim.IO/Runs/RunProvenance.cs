using System.Security.Cryptography;
using System.Text;
using AdoptionSim.Core;
using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.Model;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// What produced a run: the resolved scenario (canonical JSON and its SHA-256), seed, ticks, version and
/// build. The run id is derived from these alone (no clock), so the same scenario and seed give the same
/// run id and byte-identical Parquet files.
/// </summary>
public sealed record RunProvenance(string Scenario, long Seed, int Ticks, string ScenarioJson, string ScenarioSha256)
{
    public string RunId => $"{Scenario}-s{Seed}-{ScenarioSha256[..8]}";

    /// <summary>The run's identity columns (run_id, scenario, seed) in its per-tick tables.</summary>
    public RunIdentity Identity => new(RunId, Scenario, Seed);

    public static RunProvenance For(ScenarioSpec spec, long seed, int ticks)
    {
        var json = CanonicalJson(spec);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{json}\nticks={ticks}")));
        return new RunProvenance(spec.Name, seed, ticks, json, hash);
    }

    /// <summary>
    /// The resolved scenario as JSON, written through its schema: file keys in schema order, then the resolved
    /// cities; the file path is not a key, so a moved file hashes the same.
    /// </summary>
    public static string CanonicalJson(ScenarioSpec spec) => ParameterJsonWriter.Write(ScenarioSchema.Root, spec);

    /// <summary>Key-value metadata stamped on every Parquet file of the run.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ParquetMetadata() =>
    [
        new("adoptionsim.run_id", RunId),
        new("adoptionsim.scenario", Scenario),
        new("adoptionsim.seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("adoptionsim.ticks", Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("adoptionsim.scenario_sha256", ScenarioSha256),
        new("adoptionsim.version", BuildInfo.Version),
        new("adoptionsim.commit", BuildInfo.Commit),
        new("adoptionsim.scenario_json", ScenarioJson),
    ];
}
