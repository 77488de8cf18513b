using System.Diagnostics;
using AdoptionSim.Analysis.Calibration;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Runs.Tables;

namespace AdoptionSim.IO.Studies;

/// <summary>How an analysis makes its runs: which shard, how many at once, and how to report.</summary>
public sealed record StudyRunOptions
{
    public Shard Shard { get; init; } = Shard.All;

    /// <summary>Runs at once within a batch (results do not depend on it).</summary>
    public int Parallel { get; init; } = 1;

    /// <summary>How often a shard looks again for the runs of the other shards of a batch.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(1);

    public IStudyProgress? Progress { get; init; }
}

/// <summary>What an analysis reports while it runs; lines for a terminal or a cluster log.</summary>
public interface IStudyProgress
{
    /// <summary>A batch starts: its runs, and how many of them this process makes (its shard's share).</summary>
    void BatchStarted(int batch, int runs, int share);

    /// <summary>A run of the batch finished or was found complete.</summary>
    void RunDone(int batch, SweepProgress progress);

    /// <summary>The batch is done: runs made now, runs found complete, seconds.</summary>
    void BatchDone(int batch, int ran, int skipped, double seconds);

    /// <summary>This shard waits for <paramref name="missing"/> runs of the batch that other shards make.</summary>
    void Waiting(int batch, int missing);

    /// <summary>Anything else worth a line (an algorithm's step).</summary>
    void Note(string text);
}

/// <summary>One run an analysis asked for: its batch, sweep point and replicate, the request and the statistics read back.</summary>
public sealed record StudyRunRecord(int Batch, string Point, int Replicate, SimulationRequest Request, double[] Statistics);

/// <summary>Raised when runs of a batch failed: the others are kept, and the same command retries the failed ones.</summary>
public sealed class StudyRunException(string message) : Exception(message);

/// <summary>
/// The model as the calibration and sensitivity algorithms see it (<see cref="ISimulator"/>): every batch they ask
/// for runs as a sweep (<see cref="StudyBatch"/>) in <c>DIR/batches/batch=NNNN/</c>, and each run's statistics are
/// read back from its dataset files (<see cref="RunStatistics"/>). Because the algorithms are deterministic given
/// their seed and the outputs, a resumed analysis asks for the same batches again and the sweep finds their runs
/// complete. With a shard, a process makes only its share of each batch and then waits for the other shards'
/// runs (all shards must run at once; see docs/calibration.md).
/// </summary>
public sealed class SweepSimulator(StudySetup setup, string directory, IReadOnlyList<MeasureProbe> probes, StudyRunOptions options,
    CancellationToken cancellation = default) : ISimulator
{
    private readonly List<StudyRunRecord> _records = [];
    private int _next;

    /// <summary>Every run asked for so far, in request order within each batch (repeats included).</summary>
    public IReadOnlyList<StudyRunRecord> Records => _records;

    /// <summary>Batches asked for so far.</summary>
    public int Batches => _next;

    public IReadOnlyList<double[]> Run(IReadOnlyList<SimulationRequest> requests)
    {
        var batch = StudyBatch.Create(setup, _next++, requests);
        var folder = StudyBatch.Folder(directory, batch.Number);
        MakeShare(batch, folder);
        if (options.Shard.Count > 1) WaitForOtherShards(batch, folder);
        var statistics = new Dictionary<int, double[]>();
        var outputs = new double[requests.Count][];
        for (var i = 0; i < requests.Count; i++)
        {
            var index = batch.RunOfRequest[i];
            if (!statistics.TryGetValue(index, out var values))
            {
                statistics[index] = values = Read(batch, folder, index);
            }

            outputs[i] = (double[])values.Clone();
            var run = batch.Spec.Run(index);
            _records.Add(new StudyRunRecord(batch.Number, batch.Spec.Points[run.Point].Id, run.Replicate, requests[i], outputs[i]));
        }

        return outputs;
    }

    /// <summary>Makes this shard's runs of a batch without reading anything back: how a fixed design is run shard by shard.</summary>
    public void RunShare(IReadOnlyList<SimulationRequest> requests)
    {
        var batch = StudyBatch.Create(setup, _next++, requests);
        MakeShare(batch, StudyBatch.Folder(directory, batch.Number));
    }

    private void MakeShare(StudyBatch batch, string folder)
    {
        var progress = options.Progress;
        var share = batch.Spec.Runs().Count(r => options.Shard.Contains(r.Index));
        progress?.BatchStarted(batch.Number, batch.Spec.RunCount, share);
        var result = Sweep.Execute(batch.Spec, folder, options.Shard, options.Parallel,
            progress is null ? null : new RunReporter(progress, batch.Number), cancellation);
        progress?.BatchDone(batch.Number, result.Ran, result.Skipped, result.Seconds);
        if (result.Failures.Count > 0)
        {
            var first = result.Failures[0];
            throw new StudyRunException($"{result.Failures.Count} run(s) of batch {batch.Number} failed ({folder}); the first, point={first.Point} "
                + $"rep={first.Run.Replicate} (seed {first.Run.Seed}): {first.Error}. Run the same command again to retry them.");
        }
    }

    private void WaitForOtherShards(StudyBatch batch, string folder)
    {
        var clock = Stopwatch.StartNew();
        TimeSpan? lastReport = null; // nothing reported yet: the first wait is reported at once
        var missing = batch.Spec.Runs().Where(r => !options.Shard.Contains(r.Index)).ToList();
        while (true)
        {
            missing = missing.Where(r => !Sweep.IsComplete(batch.Spec, folder, r)).ToList();
            if (missing.Count == 0) return;
            if (lastReport is null || clock.Elapsed - lastReport.Value >= TimeSpan.FromSeconds(30))
            {
                options.Progress?.Waiting(batch.Number, missing.Count);
                lastReport = clock.Elapsed;
            }

            cancellation.WaitHandle.WaitOne(options.Poll);
            cancellation.ThrowIfCancellationRequested();
        }
    }

    private double[] Read(StudyBatch batch, string folder, int index)
    {
        var run = batch.Spec.Run(index);
        var point = batch.Spec.Points[run.Point].Id;
        return RunStatistics.Read(
            SweepLayout.DatasetFile(folder, RunTables.CityTicks.Name, StudyBatch.Arm, point, run.Replicate),
            SweepLayout.DatasetFile(folder, RunTables.GapTicks.Name, StudyBatch.Arm, point, run.Replicate),
            probes);
    }

    /// <summary>Reports synchronously (unlike Progress&lt;T&gt;, which posts to the thread pool).</summary>
    private sealed class RunReporter(IStudyProgress progress, int batch) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => progress.RunDone(batch, value);
    }
}
