using System.Globalization;
using AdoptionSim.Analysis.Calibration;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Studies;

/// <summary>
/// One batch of an analysis as a sweep: its runs (parameter values and seeds) become an
/// <see cref="ExperimentSpec"/> with one arm ("model"), one grid point per distinct parameter point (listed, not a
/// product of axes) and the seeds the algorithm chose, so that <see cref="Sweep"/> runs, resumes and shards it
/// into a hive-partitioned dataset like any experiment. Points that share their seeds are replicates of one point
/// (the method of moments' common random numbers, a sensitivity design's replications); otherwise (ABC, one
/// fresh seed per proposal) every run is a point of its own with one replicate.
/// </summary>
public sealed class StudyBatch
{
    /// <summary>The arm every batch has: the scenario with the file's <c>set:</c>.</summary>
    public const string Arm = "model";

    private StudyBatch(int number, ExperimentSpec spec, int[] runOfRequest)
    {
        Number = number;
        Spec = spec;
        RunOfRequest = runOfRequest;
    }

    /// <summary>The batch's number: 0, 1, … in the order the algorithm asked for them.</summary>
    public int Number { get; }

    /// <summary>The batch as a sweep.</summary>
    public ExperimentSpec Spec { get; }

    /// <summary>The sweep run (its index in <see cref="Spec"/>'s canonical order) that answers each request.</summary>
    public IReadOnlyList<int> RunOfRequest { get; }

    /// <summary>The batch's sweep folder under an analysis folder: <c>DIR/batches/batch=NNNN</c>.</summary>
    public static string Folder(string directory, int number) =>
        Path.Combine(directory, "batches", "batch=" + number.ToString("D4", CultureInfo.InvariantCulture));

    /// <summary>Builds batch <paramref name="number"/> of <paramref name="requests"/>; loads the scenario of every point.</summary>
    /// <exception cref="ScenarioException">A point makes an invalid scenario (errors point at the parameters in the file).</exception>
    public static StudyBatch Create(StudySetup setup, int number, IReadOnlyList<SimulationRequest> requests)
    {
        // Distinct points in the order first asked for, each with its distinct seeds in order.
        var pointOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var points = new List<(IReadOnlyList<double> Values, List<long> Seeds)>();
        foreach (var request in requests)
        {
            var key = Key(request.Values);
            if (!pointOf.TryGetValue(key, out var p))
            {
                pointOf[key] = p = points.Count;
                points.Add((request.Values, []));
            }

            if (!points[p].Seeds.Contains(request.Seed)) points[p].Seeds.Add(request.Seed);
        }

        if (points.Count == 0) throw new ArgumentException("a batch needs at least one run", nameof(requests));
        var replications = points.Select(p => p.Seeds.Count).Distinct().Count() == 1 ? points[0].Seeds.Count : 1;
        if (replications == 1 && points.Any(p => p.Seeds.Count > 1))
        {
            points = points.SelectMany(p => p.Seeds.Select(s => (p.Values, new List<long> { s }))).ToList();
        }

        var runOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < points.Count; p++)
            for (var r = 0; r < replications; r++)
                runOf[RunKey(points[p].Values, points[p].Seeds[r])] = p * replications + r;

        var scenarios = new ScenarioSpec[1, points.Count];
        var gridPoints = new List<GridPoint>(points.Count);
        for (var p = 0; p < points.Count; p++)
        {
            scenarios[0, p] = setup.ScenarioAt(points[p].Values);
            var values = Enumerable.Range(0, setup.Space.Count).Select(i => Value(setup, i, points[p].Values[i])).ToArray();
            gridPoints.Add(new GridPoint(p, GridExpansion.PointId(p, points.Count), values));
        }

        var spec = new ExperimentSpec
        {
            Name = setup.Name,
            Description = $"{setup.Kind} {setup.Name}, batch {number}: {points.Count} parameter point(s), listed rather than a grid (see points.parquet)",
            FilePath = setup.FilePath,
            FileSha256 = setup.FileSha256,
            Overrides = setup.Overrides,
            Arms =
            [
                new ExperimentArm
                {
                    Name = Arm, Scenario = setup.Scenario, ScenarioShown = setup.ScenarioShown, Baseline = true, Set = setup.Set,
                    Overrides = setup.SetNodes,
                },
            ],
            BaselineArm = 0,
            Grid = Enumerable.Range(0, setup.Space.Count).Select(i => new GridAxis
            {
                // A batch's axes list no values of their own: its points are listed one by one (points.parquet).
                Key = setup.Space[i].Name,
                Type = setup.IntegerKeys[i] ? ParquetType.Int64 : ParquetType.Double,
                Values = [],
                KeyAt = setup.KeyLocations[i],
            }).ToList(),
            Points = gridPoints,
            Replications = replications,
            MasterSeed = setup.Seed,
            Ticks = setup.Ticks,
            ThreadsPerRun = setup.ThreadsPerRun,
            WriteEvents = false,
            KeepFirms = false,
            PointSeeds = points.Select(p => (IReadOnlyList<long>)p.Seeds).ToList(),
            Scenarios = scenarios,
        };
        return new StudyBatch(number, spec, requests.Select(r => runOf[RunKey(r.Values, r.Seed)]).ToArray());
    }

    private static GridValue Value(StudySetup setup, int parameter, double value)
    {
        var integer = setup.IntegerKeys[parameter];
        var text = StudySetup.ValueText(value, integer);
        return new GridValue(text, integer ? (object)(long)Math.Round(value) : value)
        {
            Node = new DocScalar(setup.KeyLocations[parameter], text, false),
        };
    }

    // Exact bit patterns: the same point is the same key, and no two different points share one.
    private static string Key(IReadOnlyList<double> values) =>
        string.Join(",", values.Select(x => BitConverter.DoubleToInt64Bits(x).ToString("X16", CultureInfo.InvariantCulture)));

    private static string RunKey(IReadOnlyList<double> values, long seed) => Key(values) + ";" + seed.ToString(CultureInfo.InvariantCulture);
}
