using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdoptionSim.Core;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// run.json: everything needed to say what produced a run and to reproduce it (resolved scenario, seed,
/// version, commit), plus row counts and timings. Timings live only here, never in Parquet.
/// </summary>
public static class RunManifest
{
    public const string FileName = "run.json";

    public static void Write(string path, RunProvenance provenance, int threads, IReadOnlyDictionary<string, long> rowCounts,
        IReadOnlyList<KeyValuePair<string, double>> phaseSeconds, double buildSeconds, double totalSeconds, long firms, long peakWorkingSetBytes,
        int resumedFromTick = 0)
    {
        var manifest = new JsonObject
        {
            ["run_id"] = provenance.RunId,
            ["scenario"] = provenance.Scenario,
            ["seed"] = provenance.Seed,
            ["ticks"] = provenance.Ticks,
            ["version"] = BuildInfo.Version,
            ["commit"] = BuildInfo.Commit,
            ["created_by"] = BuildInfo.CreatedBy,
            ["scenario_sha256"] = provenance.ScenarioSha256,
            ["threads"] = threads,
            ["firms_at_start"] = firms,
            ["resumed_from_tick"] = resumedFromTick, // 0: run from the start; else carried on from a checkpoint of that tick
            ["row_counts"] = new JsonObject(rowCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            ["timings_seconds"] = new JsonObject
            {
                ["build"] = Math.Round(buildSeconds, 4),
                ["total"] = Math.Round(totalSeconds, 4),
                ["phases"] = new JsonObject(phaseSeconds.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Math.Round(kv.Value, 4)))),
            },
            ["peak_working_set_mb"] = Math.Round(peakWorkingSetBytes / (1024.0 * 1024.0), 1),
            ["resolved_scenario"] = JsonNode.Parse(provenance.ScenarioJson),
        };
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var temp = path + ".tmp";
        File.WriteAllText(temp, manifest.ToJsonString(options) + "\n");
        File.Move(temp, path, overwrite: true);
    }
}
