using System.Text.Json.Nodes;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs;

/// <summary>Seconds spent in one part of a run: the build, a tick phase, or writing outputs.</summary>
public readonly record struct RunPart(string Name, double Seconds);

/// <summary>
/// What a benchmark run measured, read back from its run.json (timings, firms, peak memory) and
/// city_ticks.parquet (the final adopter share).
/// </summary>
public sealed record BenchmarkResult(
    string Scenario,
    long Firms,
    int Ticks,
    int Threads,
    long Seed,
    double TotalSeconds,
    IReadOnlyList<RunPart> Parts,
    double PeakMemoryMb,
    long FinalAdopters,
    long FinalFirms)
{
    /// <summary>Name of the part that is neither the build nor a tick phase: recording ticks and writing files.</summary>
    public const string OutputsPart = "outputs";

    /// <summary>Firms at the start times ticks: every firm counts in every tick, adopter or not.</summary>
    public double FirmTicks => (double)Firms * Ticks;

    public double FinalShare => FinalFirms > 0 ? FinalAdopters / (double)FinalFirms : 0.0;

    public double SecondsOf(string part) => Parts.FirstOrDefault(p => p.Name == part).Seconds;

    /// <summary>Firm-ticks per second of one part (a tick phase such as "adopt").</summary>
    public double FirmTicksPerSecond(string part) => Rate(SecondsOf(part));

    /// <summary>Firm-ticks per second of the whole run: build, ticks and outputs.</summary>
    public double RunFirmTicksPerSecond => Rate(TotalSeconds);

    private double Rate(double seconds) => seconds > 0 ? FirmTicks / seconds : 0.0;
}

/// <summary>
/// <c>adoptionsim bench</c>: a scenario run through <see cref="ScenarioRun.Execute"/>, the code
/// <c>adoptionsim run</c> uses, with events off, into a temporary folder that is removed afterwards.
/// Figures come from what the run itself records, so the benchmark measures exactly what users run.
/// </summary>
public static class BenchmarkRun
{
    public static BenchmarkResult Execute(ScenarioSpec scenario, long seed, int ticks, int threads, CancellationToken cancellation = default)
    {
        var folder = Directory.CreateTempSubdirectory("adoptionsim-bench-").FullName;
        try
        {
            var request = new RunRequest(scenario, seed, ticks, threads, Path.Combine(folder, "run"), Force: false, WriteEvents: false);
            var result = ScenarioRun.Execute(request, progress: null, cancellation);
            return Read(result.Directory, scenario.Name, ticks, threads, seed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Reads the figures of a finished run folder.</summary>
    public static BenchmarkResult Read(string runDirectory, string scenario, int ticks, int threads, long seed)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(runDirectory, RunManifest.FileName)))!;
        var timings = manifest["timings_seconds"]!;
        var build = timings["build"]!.GetValue<double>();
        var total = timings["total"]!.GetValue<double>();
        var parts = new List<RunPart> { new("build", build) };
        foreach (var (name, seconds) in timings["phases"]!.AsObject())
            parts.Add(new RunPart(name, seconds!.GetValue<double>()));
        // What is left of the total is the observer's work: recording each tick and writing the files.
        parts.Add(new RunPart(BenchmarkResult.OutputsPart, Math.Max(0, total - parts.Sum(p => p.Seconds))));

        var cityTicks = ParquetFile.Read(Path.Combine(runDirectory, RunTables.CityTicks.FileName));
        var tick = cityTicks.GetInt32("tick");
        var adopters = cityTicks.GetInt32("adopters");
        var firms = cityTicks.GetInt32("firms");
        var last = tick.Length == 0 ? 0 : tick.Max();
        long finalAdopters = 0, finalFirms = 0;
        for (var row = 0; row < tick.Length; row++)
        {
            if (tick[row] != last) continue;
            finalAdopters += adopters[row];
            finalFirms += firms[row];
        }
        return new BenchmarkResult(scenario, manifest["firms_at_start"]!.GetValue<long>(), ticks, threads, seed, total, parts,
            manifest["peak_working_set_mb"]!.GetValue<double>(), finalAdopters, finalFirms);
    }
}
