using System.Globalization;
using System.Text.Json.Nodes;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Runs.Tables;

namespace AdoptionSim.IO.Experiments;

/// <summary>One replicate of an (arm, point): its seed and its city_ticks, gap_ticks, policy_ticks and region_ticks files.</summary>
/// <param name="PolicyTicks">Null when the replicate has none (a sweep written before policy_ticks joined the dataset): it is then left out of the policy tables only.</param>
/// <param name="RegionTicks">Null when the replicate has none (written before region_ticks joined the dataset): left out of the region tables only.</param>
public sealed record SummaryReplicate(int Replicate, long Seed, string CityTicks, string GapTicks, string? PolicyTicks = null, string? RegionTicks = null);

/// <summary>One grid point of an arm, with the length of its tick in years.</summary>
/// <param name="Values">The grid values, e.g. "adoption.q=0.2" ("" without a grid).</param>
public sealed record SummaryPoint(string Id, double TickYears, IReadOnlyList<SummaryReplicate> Replicates, string Values = "");

public sealed record SummaryArm(string Label, IReadOnlyList<SummaryPoint> Points);

/// <summary>
/// What to summarise: arms of grid points of replicates, the baseline arm, and the columns that identify
/// rows rather than measure something (they are not summarised). Built from a sweep folder, a run folder,
/// or two of either (compare).
/// </summary>
public sealed record SummaryInput(IReadOnlyList<SummaryArm> Arms, string Baseline, IReadOnlyCollection<string> IdentityColumns,
    int ExpectedRuns, IReadOnlyList<string> Missing, IReadOnlyList<KeyValuePair<string, string>> Metadata)
{
    /// <summary>Columns never summarised, in any table: identity, not measures.</summary>
    public static readonly string[] StandardIdentity = ["arm", "point", "replicate", "run_id", "scenario", "seed", "tick", "city", "class", "variable"];

    public int PresentRuns => Arms.Sum(a => a.Points.Sum(p => p.Replicates.Count));

    /// <summary>A sweep folder: its experiment.json says which runs there should be; missing ones are listed.</summary>
    public static SummaryInput FromSweep(string directory, string? label = null)
    {
        var manifest = ExperimentManifest.Read(directory);
        var experiment = manifest["experiment"]!.AsObject();
        var grid = experiment["grid"]!.AsArray().Select(g => g!["key"]!.GetValue<string>()).ToList();
        var replicates = manifest["replicates"]!.AsArray()
            .Select(r => (Replicate: r!["replicate"]!.GetValue<int>(), Seed: r["seed"]?.GetValue<long>() ?? -1)).ToList();
        // Sweeps whose seeds differ by point (calibration and sensitivity batches) list them with each point.
        var pointSeeds = manifest["points"]!.AsArray().Where(p => p!["seeds"] is not null).ToDictionary(
            p => p!["point"]!.GetValue<string>(), p => p!["seeds"]!.AsArray().Select(s => s!.GetValue<long>()).ToArray());
        var tickYears = manifest["scenarios"]!.AsArray().ToDictionary(
            s => (s!["arm"]!.GetValue<string>(), s["point"]!.GetValue<string>()), s => s!["tick_years"]!.GetValue<double>());
        var points = manifest["points"]!.AsArray().Select(p => p!["point"]!.GetValue<string>()).ToList();
        var values = manifest["points"]!.AsArray().ToDictionary(p => p!["point"]!.GetValue<string>(),
            p => string.Join(", ", p!["values"]!.AsObject().Select(kv => $"{kv.Key}={kv.Value?.ToJsonString() ?? "null"}")));
        var armNames = experiment["arms"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()).ToList();
        var missing = new List<string>();
        var arms = new List<SummaryArm>();
        foreach (var arm in armNames)
        {
            var armPoints = new List<SummaryPoint>();
            foreach (var point in points)
            {
                var present = new List<SummaryReplicate>();
                foreach (var (replicate, commonSeed) in replicates)
                {
                    var seed = pointSeeds.TryGetValue(point, out var seeds) ? seeds[replicate] : commonSeed;
                    var city = SweepLayout.DatasetFile(directory, RunTables.CityTicks.Name, arm, point, replicate);
                    var gap = SweepLayout.DatasetFile(directory, RunTables.GapTicks.Name, arm, point, replicate);
                    var policy = SweepLayout.DatasetFile(directory, RunTables.PolicyTicks.Name, arm, point, replicate);
                    var region = SweepLayout.DatasetFile(directory, RunTables.RegionTicks.Name, arm, point, replicate);
                    if (File.Exists(city) && File.Exists(gap))
                    {
                        present.Add(new SummaryReplicate(replicate, seed, city, gap, File.Exists(policy) ? policy : null, File.Exists(region) ? region : null));
                    }
                    else
                    {
                        missing.Add($"arm={arm}/point={point}/rep={replicate}");
                    }
                }

                armPoints.Add(new SummaryPoint(point, tickYears[(arm, point)], present, values[point]));
            }

            arms.Add(new SummaryArm(label is null ? arm : armNames.Count == 1 ? label : $"{label}:{arm}", armPoints));
        }

        var baseline = experiment["baseline"]!.GetValue<string>();
        return new SummaryInput(arms, label is null ? baseline : armNames.Count == 1 ? label : $"{label}:{baseline}",
            StandardIdentity.Concat(grid).ToHashSet(StringComparer.Ordinal), armNames.Count * points.Count * replicates.Count, missing,
            [
                new("adoptionsim.experiment", experiment["name"]!.GetValue<string>()),
                new("adoptionsim.experiment_sha256", experiment["experiment_sha256"]!.GetValue<string>()),
                new("adoptionsim.experiment_resolved_sha256", manifest["resolved_sha256"]!.GetValue<string>()),
            ]);
    }

    /// <summary>A run folder (run.json, city_ticks.parquet, gap_ticks.parquet, policy_ticks.parquet, region_ticks.parquet): one arm, one point "p0", one replicate.</summary>
    public static SummaryInput FromRun(string directory, string label)
    {
        var manifestPath = Path.Combine(directory, RunManifest.FileName);
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        var years = ProvenanceKeys.TickYears.Aggregate(manifest["resolved_scenario"], (node, key) => node?[key])?.GetValue<double>() ?? double.NaN;
        var seed = manifest["seed"]!.GetValue<long>();
        var policy = Path.Combine(directory, RunTables.PolicyTicks.FileName);
        var region = Path.Combine(directory, RunTables.RegionTicks.FileName);
        var replicate = new SummaryReplicate(0, seed, Path.Combine(directory, RunTables.CityTicks.FileName), Path.Combine(directory, RunTables.GapTicks.FileName),
            File.Exists(policy) ? policy : null, File.Exists(region) ? region : null);
        foreach (var file in new[] { replicate.CityTicks, replicate.GapTicks })
        {
            if (!File.Exists(file)) throw new FileNotFoundException($"{directory} has run.json but no {Path.GetFileName(file)}", file);
        }

        return new SummaryInput([new SummaryArm(label, [new SummaryPoint("p0", years, [replicate])])], label,
            StandardIdentity.ToHashSet(StringComparer.Ordinal), 1, [],
            [new("adoptionsim.run_id", manifest["run_id"]!.GetValue<string>())]);
    }

    /// <summary>Whether a folder is a sweep (experiment.json) or a run (run.json); null if neither.</summary>
    public static string? KindOf(string directory) =>
        File.Exists(Path.Combine(directory, ExperimentManifest.FileName)) ? "sweep"
        : File.Exists(Path.Combine(directory, RunManifest.FileName)) ? "run"
        : null;

    /// <summary>
    /// Two folders as one comparison: A's arms then B's, the baseline being A's baseline. Two runs are paired
    /// with each other; two sweeps by grid point id and replicate number.
    /// </summary>
    public static SummaryInput Compare(string a, string b)
    {
        var (labelA, labelB) = Labels(a, b);
        var kindA = KindOf(a) ?? throw new FileNotFoundException($"{a} is neither a run folder (run.json) nor a sweep folder (experiment.json)");
        var kindB = KindOf(b) ?? throw new FileNotFoundException($"{b} is neither a run folder (run.json) nor a sweep folder (experiment.json)");
        if (kindA != kindB)
        {
            throw new InvalidDataException($"cannot compare a {kindA} ({a}) with a {kindB} ({b}): give two run folders or two sweep folders");
        }

        var left = kindA == "sweep" ? FromSweep(a, labelA) : FromRun(a, labelA);
        var right = kindB == "sweep" ? FromSweep(b, labelB) : FromRun(b, labelB);
        var metadata = left.Metadata.Select(kv => KeyValuePair.Create("a." + kv.Key, kv.Value))
            .Concat(right.Metadata.Select(kv => KeyValuePair.Create("b." + kv.Key, kv.Value))).ToList();
        return new SummaryInput(left.Arms.Concat(right.Arms).ToList(), left.Baseline,
            left.IdentityColumns.Concat(right.IdentityColumns).ToHashSet(StringComparer.Ordinal),
            left.ExpectedRuns + right.ExpectedRuns, left.Missing.Concat(right.Missing).ToList(), metadata);
    }

    /// <summary>The folders' names, told apart when equal (e.g. two "rep=0" folders).</summary>
    public static (string A, string B) Labels(string a, string b)
    {
        static string Name(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
        var (na, nb) = (Name(a), Name(b));
        return na == nb ? ($"A.{na}", $"B.{nb}") : (na, nb);
    }

    internal static string Invariant(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
