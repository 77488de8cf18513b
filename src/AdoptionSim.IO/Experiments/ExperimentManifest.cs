using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdoptionSim.Core;
using AdoptionSim.IO.Runs;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// experiment.json and points.parquet at the top of a sweep folder: what the sweep is (the resolved
/// experiment, the experiment file's SHA-256, version and build), its grid points, replicate seeds and the
/// scenario of every (arm, point). Deterministic (no clock, no host, no absolute path), so every shard writes
/// the same bytes.
/// </summary>
public static class ExperimentManifest
{
    public const string FileName = "experiment.json";
    public const string PointsFile = "points.parquet";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The resolved experiment (after --set), without the per-point and per-replicate tables: what every
    /// dataset file's metadata carries as <c>adoptionsim.experiment_json</c>.
    /// </summary>
    public static JsonObject Resolved(ExperimentSpec spec)
    {
        var resolved = ResolvedRuns(spec);
        // Only experiments with claims carry the key, so that the others' manifests stay as they were.
        if (spec.Claims.Count > 0) resolved["claims"] = ClaimsJson.Write(spec.Claims);
        return resolved;
    }

    private static JsonObject ResolvedRuns(ExperimentSpec spec) => new()
    {
        ["name"] = spec.Name,
        ["description"] = spec.Description,
        ["experiment_file"] = Path.GetFileName(spec.FilePath),
        ["experiment_sha256"] = spec.FileSha256,
        ["overrides"] = new JsonArray(spec.Overrides.Select(o => (JsonNode?)o).ToArray()),
        ["baseline"] = spec.Arms[spec.BaselineArm].Name,
        ["arms"] = new JsonArray(spec.Arms.Select(a => (JsonNode?)new JsonObject
        {
            ["name"] = a.Name,
            ["description"] = a.Description,
            ["scenario"] = a.Scenario,
            ["baseline"] = a.Baseline,
            ["set"] = new JsonObject(a.Set.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
        }).ToArray()),
        ["grid"] = new JsonArray(spec.Grid.Select(g => (JsonNode?)new JsonObject
        {
            ["key"] = g.Key,
            ["type"] = g.Type.ToString().ToLowerInvariant(),
            ["values"] = new JsonArray(g.Values.Select(v => Json(v.Value)).ToArray()),
        }).ToArray()),
        ["replications"] = spec.Replications,
        ["master_seed"] = spec.MasterSeed,
        ["ticks"] = spec.Ticks,
        ["threads_per_run"] = spec.ThreadsPerRun,
        ["write_events"] = spec.WriteEvents,
        ["keep_firms"] = spec.KeepFirms,
    };

    public static string ResolvedJson(ExperimentSpec spec) => Resolved(spec).ToJsonString(Compact);

    public static string ResolvedSha256(ExperimentSpec spec) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ResolvedJson(spec))));

    /// <summary>experiment.json: the resolved experiment plus version, points, replicates and the (arm, point) scenarios.</summary>
    public static JsonObject Build(ExperimentSpec spec)
    {
        var scenarios = new JsonArray();
        for (var a = 0; a < spec.Arms.Count; a++)
        {
            for (var p = 0; p < spec.Points.Count; p++)
            {
                var scenario = spec.Scenario(a, p);
                var provenance = RunProvenance.For(scenario, 0, scenario.Ticks);
                scenarios.Add(new JsonObject
                {
                    ["arm"] = spec.Arms[a].Name,
                    ["point"] = spec.Points[p].Id,
                    ["scenario"] = scenario.Name,
                    ["ticks"] = scenario.Ticks,
                    ["tick_years"] = scenario.Tick.Years,
                    ["tick_label"] = scenario.Tick.Label,
                    ["scenario_sha256"] = provenance.ScenarioSha256,
                });
            }
        }

        return new JsonObject
        {
            ["format"] = "adoptionsim-experiment/1",
            ["version"] = BuildInfo.Version,
            ["commit"] = BuildInfo.Commit,
            ["created_by"] = BuildInfo.CreatedBy,
            ["resolved_sha256"] = ResolvedSha256(spec),
            ["experiment"] = Resolved(spec),
            ["runs"] = spec.RunCount,
            ["points"] = new JsonArray(spec.Points.Select(p => (JsonNode?)Point(spec, p)).ToArray()),
            ["replicates"] = new JsonArray(Enumerable.Range(0, spec.Replications).Select(r => (JsonNode?)Replicate(spec, r)).ToArray()),
            ["scenarios"] = scenarios,
        };
    }

    /// <summary>A point's id and grid values, and its own replicate seeds when the sweep's seeds differ by point.</summary>
    private static JsonObject Point(ExperimentSpec spec, GridPoint point)
    {
        var entry = new JsonObject
        {
            ["point"] = point.Id,
            ["values"] = new JsonObject(spec.Grid.Select((g, i) => KeyValuePair.Create(g.Key, Json(point.Values[i].Value)))),
        };
        if (!spec.CommonReplicateSeeds)
        {
            entry["seeds"] = new JsonArray(Enumerable.Range(0, spec.Replications).Select(r => (JsonNode?)spec.Seed(point.Index, r)).ToArray());
        }

        return entry;
    }

    /// <summary>A replicate and, when it is the same at every point (common random numbers), its seed.</summary>
    private static JsonObject Replicate(ExperimentSpec spec, int replicate)
    {
        var entry = new JsonObject { ["replicate"] = replicate };
        if (spec.CommonReplicateSeeds && spec.Points.Count > 0)
        {
            entry["seed"] = spec.Seed(0, replicate);
        }

        return entry;
    }

    private static JsonNode? Json(object? value) => value switch
    {
        null => null,
        double d when !double.IsFinite(d) => d.ToString(CultureInfo.InvariantCulture),
        double d => JsonValue.Create(d),
        long l => JsonValue.Create(l),
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(value.ToString()),
    };

    /// <summary>Writes experiment.json and points.parquet into <paramref name="directory"/> (atomically, same bytes from every shard).</summary>
    public static void Write(string directory, ExperimentSpec spec)
    {
        Directory.CreateDirectory(directory);
        WriteAtomically(Path.Combine(directory, FileName), Build(spec).ToJsonString(Indented) + "\n");
        WritePoints(Path.Combine(directory, PointsFile), spec);
    }

    /// <summary>points.parquet: point (string), then one column per grid key, named by the key path, typed by its schema.</summary>
    public static void WritePoints(string path, ExperimentSpec spec)
    {
        var columns = new List<ParquetColumn> { new("point", ParquetType.String) };
        columns.AddRange(spec.Grid.Select(g => new ParquetColumn(g.Key, g.Type, Optional: true)));
        using var sink = ParquetFile.Create(path, new ParquetSchema(columns), ParquetOutput.Options(
            [new("adoptionsim.experiment", spec.Name), new("adoptionsim.experiment_sha256", spec.FileSha256)]));
        foreach (var point in spec.Points)
        {
            sink.String(0, point.Id);
            for (var i = 0; i < spec.Grid.Count; i++)
            {
                WriteValue(sink, i + 1, spec.Grid[i].Type, point.Values[i].Value);
            }

            sink.EndRow();
        }

        sink.Complete();
    }

    internal static void WriteValue(IRowSink sink, int column, ParquetType type, object? value)
    {
        switch (value)
        {
            case null:
                sink.Null(column);
                break;
            case double d when type == ParquetType.Double:
                sink.Double(column, d);
                break;
            case long l when type == ParquetType.Int64:
                sink.Int64(column, l);
                break;
            case bool b when type == ParquetType.Boolean:
                sink.Boolean(column, b);
                break;
            default:
                if (type == ParquetType.String)
                {
                    sink.String(column, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                }
                else
                {
                    sink.Null(column);
                }

                break;
        }
    }

    internal static void WriteAtomically(string path, string text)
    {
        var temp = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads experiment.json of a sweep folder.</summary>
    public static JsonObject Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{directory} is not a sweep folder: it has no {FileName}", path);
        }

        return JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path} is empty");
    }
}
