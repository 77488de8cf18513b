using System.Diagnostics;
using System.Globalization;
using AdoptionSim.IO.Runs;

namespace AdoptionSim.IO.Experiments;

/// <summary>Which part of a sweep one process runs: runs whose index mod <see cref="Count"/> is <see cref="Index"/>.</summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard All => new(0, 1);

    public bool Contains(int runIndex) => runIndex % Count == Index;

    /// <summary>Parses "i/N" with 0 ≤ i &lt; N.</summary>
    public static bool TryParse(string text, out Shard shard, out string error)
    {
        shard = All;
        error = "";
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"--shard expects i/N (e.g. 0/8 … 7/8), got '{text}'";
            return false;
        }

        if (count < 1 || index >= count)
        {
            error = $"--shard {text}: need 0 ≤ i < N";
            return false;
        }

        shard = new Shard(index, count);
        return true;
    }

    public override string ToString() => $"{Index}/{Count}";
}

public enum SweepRunStatus
{
    /// <summary>Simulated now.</summary>
    Ran,

    /// <summary>Already complete in the output folder (a resumed sweep).</summary>
    Skipped,

    /// <summary>The run threw; the others went on.</summary>
    Failed,
}

public sealed record SweepRunOutcome(ExperimentRun Run, string Arm, string Point, SweepRunStatus Status, double Seconds, string? Error);

/// <summary>Progress after each run of the shard finishes (or is found complete).</summary>
public readonly record struct SweepProgress(int Done, int Total, SweepRunOutcome Last, TimeSpan Elapsed);

public sealed record SweepResult(string Directory, Shard Shard, int ShardRuns, IReadOnlyList<SweepRunOutcome> Outcomes, double Seconds)
{
    public int Ran => Outcomes.Count(o => o.Status == SweepRunStatus.Ran);
    public int Skipped => Outcomes.Count(o => o.Status == SweepRunStatus.Skipped);
    public IReadOnlyList<SweepRunOutcome> Failures => Outcomes.Where(o => o.Status == SweepRunStatus.Failed).ToList();
}

/// <summary>Raised when a sweep is interrupted; the runs already complete are kept and a new sweep resumes.</summary>
public sealed class SweepInterruptedException(int complete, int total, OperationCanceledException inner)
    : OperationCanceledException($"interrupted: {complete} of {total} runs of this shard are complete and kept; run the same command again to resume", inner)
{
    public int Complete { get; } = complete;
    public int Total { get; } = total;
}

/// <summary>
/// Runs the (arm, point, replicate) runs of an experiment that belong to a shard, <c>parallel</c> at a time,
/// into one hive-partitioned dataset. A run is identified by its place in the canonical order, so its seed,
/// folder and bytes do not depend on sharding or parallelism. Runs already complete are skipped; a failed
/// run is recorded and the others go on.
/// </summary>
public static class Sweep
{
    public static SweepResult Execute(ExperimentSpec spec, string directory, Shard shard, int parallel,
        IProgress<SweepProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var clock = Stopwatch.StartNew();
        ExperimentManifest.Write(directory, spec);
        var resolvedJson = ExperimentManifest.ResolvedJson(spec);
        var resolvedSha = ExperimentManifest.ResolvedSha256(spec);
        var runs = spec.Runs().Where(r => shard.Contains(r.Index)).ToList();
        var outcomes = new List<SweepRunOutcome>(runs.Count);
        var gate = new object();
        try
        {
            Parallel.ForEach(runs, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellation }, run =>
            {
                var outcome = ExecuteOne(spec, directory, run, resolvedJson, resolvedSha, cancellation);
                lock (gate)
                {
                    outcomes.Add(outcome);
                    progress?.Report(new SweepProgress(outcomes.Count, runs.Count, outcome, clock.Elapsed));
                }
            });
        }
        catch (Exception e) when (cancellation.IsCancellationRequested && e is OperationCanceledException or AggregateException)
        {
            int complete;
            lock (gate) complete = outcomes.Count(o => o.Status != SweepRunStatus.Failed);
            throw new SweepInterruptedException(complete, runs.Count, e as OperationCanceledException ?? new OperationCanceledException(cancellation));
        }

        return new SweepResult(directory, shard, runs.Count, outcomes.OrderBy(o => o.Run.Index).ToList(), clock.Elapsed.TotalSeconds);
    }

    private static SweepRunOutcome ExecuteOne(ExperimentSpec spec, string directory, ExperimentRun run, string resolvedJson, string resolvedSha, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var arm = spec.Arms[run.Arm].Name;
        var point = spec.Points[run.Point].Id;
        try
        {
            var status = Complete(spec, directory, run, resolvedJson, resolvedSha, cancellation);
            return new SweepRunOutcome(run, arm, point, status, clock.Elapsed.TotalSeconds, null);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return new SweepRunOutcome(run, arm, point, SweepRunStatus.Failed, clock.Elapsed.TotalSeconds, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// Brings one run to complete: its dataset files present and written for this run (run id and scenario
    /// hash in their metadata) and run.json in its run folder. The run writes its dataset files directly
    /// (<see cref="SweepRunSinks"/>, each renamed into place when complete) and its run folder is moved into
    /// place after them, so run.json means the run is whole. Leftovers of an interrupted attempt are removed
    /// first and the run is redone.
    /// </summary>
    private static SweepRunStatus Complete(ExperimentSpec spec, string directory, ExperimentRun run, string resolvedJson, string resolvedSha, CancellationToken cancellation)
    {
        var arm = spec.Arms[run.Arm].Name;
        var point = spec.Points[run.Point].Id;
        var scenario = spec.Scenario(run.Arm, run.Point);
        var provenance = RunProvenance.For(scenario, run.Seed, scenario.Ticks);
        var runFolder = SweepLayout.RunFolder(directory, arm, point, run.Replicate);
        var datasetFiles = SweepLayout.DatasetTables.Select(t => SweepLayout.DatasetFile(directory, t.Name, arm, point, run.Replicate)).ToArray();
        if (IsComplete(runFolder, datasetFiles, provenance))
        {
            RemoveTemporaries(runFolder, datasetFiles);
            RunCheckpoint.Delete(runFolder); // killed between completing and removing its checkpoint
            return SweepRunStatus.Skipped;
        }

        RemoveLeftovers(runFolder, datasetFiles);
        cancellation.ThrowIfCancellationRequested();
        var resumeFrom = RunCheckpoint.Resumable(runFolder, provenance);
        var request = new RunRequest(scenario, run.Seed, scenario.Ticks, spec.ThreadsPerRun, runFolder, Force: true, spec.WriteEvents)
        {
            Sinks = new SweepRunSinks(directory, spec, run, resolvedJson, resolvedSha),
            Checkpointing = spec.CheckpointEvery > 0 || resumeFrom is not null
                ? new RunCheckpointing(spec.CheckpointEvery > 0 ? spec.CheckpointEvery : resumeFrom!.Every, null, []) { ResumeFrom = resumeFrom }
                : null,
        };
        ScenarioRun.Execute(request, null, cancellation);
        return SweepRunStatus.Ran;
    }

    /// <summary>
    /// Whether a run of the sweep in <paramref name="directory"/> is complete: its run.json written and each dataset
    /// file written for this run of this scenario. Read-only, so a process can watch runs that others make (a shard
    /// of a calibration waiting for the other shards of a batch).
    /// </summary>
    public static bool IsComplete(ExperimentSpec spec, string directory, ExperimentRun run)
    {
        var arm = spec.Arms[run.Arm].Name;
        var point = spec.Points[run.Point].Id;
        var scenario = spec.Scenario(run.Arm, run.Point);
        return IsComplete(SweepLayout.RunFolder(directory, arm, point, run.Replicate),
            SweepLayout.DatasetTables.Select(t => SweepLayout.DatasetFile(directory, t.Name, arm, point, run.Replicate)).ToArray(),
            RunProvenance.For(scenario, run.Seed, scenario.Ticks));
    }

    private static bool IsComplete(string runFolder, string[] datasetFiles, RunProvenance provenance) =>
        File.Exists(Path.Combine(runFolder, RunManifest.FileName)) && datasetFiles.All(f => SweepLayout.IsDatasetFileFor(f, provenance));

    /// <summary>
    /// What an interrupted attempt at this run can leave: a staging folder beside the run folder
    /// (<c>.rep=R.partial-…</c>), a run folder without run.json, temporary Parquet files beside the dataset
    /// files (<c>rep=R.parquet.….tmp-parquet</c>), and dataset files of a run that is not complete: another
    /// scenario or seed, or this run stopped after a dataset file was in place and before its run.json.
    /// </summary>
    private static void RemoveLeftovers(string runFolder, string[] datasetFiles)
    {
        RemoveTemporaries(runFolder, datasetFiles);
        if (Directory.Exists(runFolder) && !File.Exists(Path.Combine(runFolder, RunManifest.FileName)))
        {
            Directory.Delete(runFolder, recursive: true);
        }

        foreach (var file in datasetFiles.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    /// <summary>Staging folders and temporary Parquet files of this run left by a killed process.</summary>
    private static void RemoveTemporaries(string runFolder, string[] datasetFiles)
    {
        var parent = Path.GetDirectoryName(runFolder)!;
        var name = Path.GetFileName(runFolder);
        if (Directory.Exists(parent))
        {
            foreach (var staging in Directory.EnumerateDirectories(parent, $".{name}.partial-*"))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        foreach (var file in datasetFiles)
        {
            var folder = Path.GetDirectoryName(file)!;
            if (Directory.Exists(folder))
            {
                foreach (var temp in Directory.EnumerateFiles(folder, Path.GetFileName(file) + ".*.tmp-parquet"))
                {
                    File.Delete(temp);
                }
            }
        }
    }
}
