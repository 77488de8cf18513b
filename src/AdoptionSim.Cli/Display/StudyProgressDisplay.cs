using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.Cli.Display;

/// <summary>
/// Progress of a calibration or sensitivity analysis as plain lines on stderr, readable in a terminal and in a
/// cluster log: one line per batch, and for large batches about twenty lines of runs (plus every failure).
/// </summary>
public sealed class StudyProgressDisplay(TextWriter error) : IStudyProgress
{
    /// <summary>Batches with at least this many runs of this process report their runs as they go.</summary>
    private const int LargeBatch = 50;

    private readonly object _gate = new();
    private int _share;
    private int _every = 1;

    public void BatchStarted(int batch, int runs, int share)
    {
        lock (_gate)
        {
            _share = share;
            _every = Math.Max(1, (share + 19) / 20);
            if (share >= LargeBatch) error.WriteLine($"batch {batch}: {runs} runs" + (share < runs ? $", {share} of them in this shard" : ""));
        }
    }

    public void RunDone(int batch, SweepProgress progress)
    {
        lock (_gate)
        {
            var o = progress.Last;
            if (o.Status == SweepRunStatus.Failed)
            {
                error.WriteLine($"batch {batch}: point={o.Point} rep={o.Run.Replicate} (seed {o.Run.Seed}) FAILED: {o.Error}");
            }
            else if (_share >= LargeBatch && (progress.Done % _every == 0 || progress.Done == progress.Total))
            {
                error.WriteLine($"batch {batch}: [{progress.Done}/{progress.Total}] runs done ({progress.Elapsed.TotalSeconds:F0} s)");
            }
        }
    }

    public void BatchDone(int batch, int ran, int skipped, double seconds)
    {
        lock (_gate) error.WriteLine($"batch {batch}: {ran + skipped} runs: {ran} ran, {skipped} already complete ({seconds:F1} s)");
    }

    public void Waiting(int batch, int missing)
    {
        lock (_gate) error.WriteLine($"batch {batch}: waiting for {missing} run(s) of the other shards");
    }

    public void Note(string text)
    {
        lock (_gate) error.WriteLine(text);
    }
}
