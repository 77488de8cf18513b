using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdoptionSim.Core;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Runs;

namespace AdoptionSim.IO.Studies;

/// <summary>
/// Provenance of an analysis folder. <c>study.json</c>, written before any run, claims the folder for one resolved
/// analysis (so that a changed file cannot mix its runs with another's); the summary JSON written at the end
/// (<c>calibration.json</c>, <c>sensitivity.json</c>) repeats the resolved analysis with the build, the scenario's
/// SHA-256 and the results. Both are deterministic: no clock, no host, no absolute path, so every shard and
/// every resumed run writes the same bytes.
/// </summary>
public static class StudyManifest
{
    public const string ClaimFile = "study.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The parts every analysis shares: what was asked, of which scenario, with which parameters and seed.</summary>
    public static JsonObject Resolved(StudySetup setup) => new()
    {
        ["name"] = setup.Name,
        ["description"] = setup.Description,
        ["file"] = Path.GetFileName(setup.FilePath),
        ["file_sha256"] = setup.FileSha256,
        ["overrides"] = new JsonArray(setup.Overrides.Select(o => (JsonNode?)o).ToArray()),
        ["scenario"] = setup.Scenario,
        ["scenario_sha256"] = RunProvenance.For(setup.BaseScenario, 0, setup.BaseScenario.Ticks).ScenarioSha256,
        ["set"] = new JsonObject(setup.Set.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
        ["parameters"] = new JsonArray(setup.Space.Parameters.Select(p => (JsonNode?)new JsonObject
        {
            ["key"] = p.Name,
            ["lower"] = p.Lower,
            ["upper"] = p.Upper,
            ["scale"] = p.Scale.Name,
        }).ToArray()),
        ["seed"] = setup.Seed,
        ["ticks"] = setup.BaseScenario.Ticks,
        ["tick_years"] = setup.BaseScenario.Tick.Years,
        ["threads_per_run"] = setup.ThreadsPerRun,
    };

    /// <summary>SHA-256 of the resolved analysis's compact JSON: its identity.</summary>
    public static string Sha256(JsonObject resolved) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(resolved.ToJsonString())));

    /// <summary>
    /// Claims <paramref name="directory"/> for the analysis: writes study.json if there is none; accepts a folder
    /// that holds this same analysis (a resumed or sharded one); refuses one that holds another.
    /// </summary>
    /// <exception cref="IOException">The folder holds a different analysis.</exception>
    public static void Claim(string directory, string kind, JsonObject resolved)
    {
        var sha = Sha256(resolved);
        var path = Path.Combine(directory, ClaimFile);
        if (File.Exists(path))
        {
            var held = JsonNode.Parse(File.ReadAllText(path))?["resolved_sha256"]?.GetValue<string>();
            if (held == sha) return;
            throw new IOException($"{directory} holds the runs of a different {kind} (its {ClaimFile} has resolved_sha256 {held}, this one is {sha}): "
                + "use another --out, or delete the folder to start again");
        }

        Directory.CreateDirectory(directory);
        var claim = new JsonObject { ["format"] = $"adoptionsim-{kind}/1", ["kind"] = kind, ["resolved_sha256"] = sha, [kind] = resolved.DeepClone() };
        ExperimentManifest.WriteAtomically(path, claim.ToJsonString(Indented) + "\n");
    }

    /// <summary>The summary JSON: format, build, resolved analysis and its SHA-256, then the caller's results.</summary>
    public static void WriteSummary(string path, string kind, JsonObject resolved, JsonObject results)
    {
        var summary = new JsonObject
        {
            ["format"] = $"adoptionsim-{kind}/1",
            ["version"] = BuildInfo.Version,
            ["commit"] = BuildInfo.Commit,
            ["created_by"] = BuildInfo.CreatedBy,
            ["resolved_sha256"] = Sha256(resolved),
            [kind] = resolved.DeepClone(),
        };
        foreach (var (key, value) in results) summary[key] = value?.DeepClone();
        ExperimentManifest.WriteAtomically(path, summary.ToJsonString(Indented) + "\n");
    }

    /// <summary>Key-value metadata for the analysis's Parquet files: kind, name, file SHA-256, resolved SHA-256.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ParquetMetadata(string kind, StudySetup setup, JsonObject resolved) =>
    [
        new("adoptionsim.analysis", kind),
        new("adoptionsim.analysis_name", setup.Name),
        new("adoptionsim.analysis_file_sha256", setup.FileSha256),
        new("adoptionsim.analysis_resolved_sha256", Sha256(resolved)),
        new("adoptionsim.seed", setup.Seed.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>A number for JSON: non-finite values as null (JSON has no NaN).</summary>
    public static JsonNode? Number(double x) => double.IsFinite(x) ? JsonValue.Create(x) : null;
}
