using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Tests.Studies;

/// <summary>Comparing analysis folders byte for byte, and counting what a run of an analysis did.</summary>
internal static class StudyFolders
{
    /// <summary>Every file below a folder by relative path, with its bytes; run.json (timings by design) is left out.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != "run.json")
                .ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllBytes),
            StringComparer.Ordinal);

    public static void ShouldBeIdentical(string actual, string expected)
    {
        var a = Snapshot(actual);
        var e = Snapshot(expected);
        a.Keys.Should().Equal(e.Keys);
        foreach (var (file, bytes) in e) a[file].AsSpan().SequenceEqual(bytes).Should().BeTrue($"{file} should be byte-identical");
        Directory.EnumerateFiles(actual, "run.json", SearchOption.AllDirectories).Count()
            .Should().Be(Directory.EnumerateFiles(expected, "run.json", SearchOption.AllDirectories).Count());
    }
}

/// <summary>Records what an analysis reported, and can cancel it after a number of runs (an interruption).</summary>
internal sealed class CountingProgress(CancellationTokenSource? cancelAfter = null, int runs = int.MaxValue) : IStudyProgress
{
    private readonly object _gate = new();

    public int Ran { get; private set; }
    public int Skipped { get; private set; }
    public int Batches { get; private set; }
    public int Waits { get; private set; }

    public void BatchStarted(int batch, int runCount, int share)
    {
    }

    public void RunDone(int batch, SweepProgress progress)
    {
        lock (_gate)
        {
            if (progress.Done >= runs) cancelAfter?.Cancel();
        }
    }

    public void BatchDone(int batch, int ran, int skipped, double seconds)
    {
        lock (_gate)
        {
            Ran += ran;
            Skipped += skipped;
            Batches++;
        }
    }

    public void Waiting(int batch, int missing)
    {
        lock (_gate) Waits++;
    }

    public void Note(string text)
    {
    }
}
