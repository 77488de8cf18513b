using System.IO.Compression;
using System.Text.Json;
using AdoptionSim.Core;
using AdoptionSim.Core.Checkpoints;
using AdoptionSim.Model.Checkpoints;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// What a checkpoint is of: the run (scenario, its hash, seed, ticks, how it was asked for) and where it
/// stood (the tick, the state file, how far each table's journal had got). Written last, atomically: a
/// checkpoint exists once this file does.
/// </summary>
public sealed record CheckpointManifest(
    int Format,
    string Layout,
    string Version,
    string ScenarioSha256,
    long Seed,
    int Ticks,
    int Tick,
    int Every,
    string? ScenarioFile,
    string[] Overrides,
    bool WriteEvents,
    bool Force,
    int FirmsAtStart,
    string StateFile,
    JournalMark[] Journals);

/// <summary>
/// A run's checkpoint folder, <c>.NAME.checkpoint</c> beside its output folder (outside the staging folder,
/// which a killed run's successor removes): <c>checkpoint.json</c>, the state of the last checkpoint
/// (<c>state-TICK.bin</c>, gzip of <see cref="WorldCheckpoint"/> then the recorder's rows) and one journal
/// per table of the rows written so far. Only the holder of the output folder's lock touches it.
/// </summary>
public static class RunCheckpoint
{
    /// <summary>The version of this folder's format; a checkpoint of another format is refused.</summary>
    public const int Format = 1;

    public const string ManifestFile = "checkpoint.json";
    private const string JournalFolder = "journals";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The checkpoint folder of a run whose output folder is <paramref name="outputDirectory"/>.</summary>
    public static string FolderFor(string outputDirectory)
    {
        var final = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(final) ?? ".", $".{Path.GetFileName(final)}.checkpoint");
    }

    public static string JournalsOf(string folder) => Path.Combine(folder, JournalFolder);

    /// <summary>Saves the state and the recorder's rows, then the manifest that makes them the checkpoint, then drops the older state.</summary>
    /// <param name="secondThread">
    /// Whether the run may use a second thread (it was given two or more): the gzip then runs beside the walk over the
    /// state (<see cref="HandOffStream"/>), which took about half of a checkpoint's time on the thread that walks.
    /// </param>
    public static void Save(string folder, CheckpointManifest manifest, World world, object recorderState, bool secondThread = false)
    {
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $"state.tmp-{Environment.ProcessId}");
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using (var zip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
            using (Stream buffered = secondThread ? new HandOffStream(zip) : new BufferedStream(zip, 1 << 20))
            {
                WorldCheckpoint.Save(world, buffered);
                StateCodec.Write(buffered, recorderState, WorldCheckpoint.IsInput);
            }
            file.Flush(flushToDisk: true);
        }
        File.Move(temp, Path.Combine(folder, manifest.StateFile), overwrite: true);
        WriteAtomically(Path.Combine(folder, ManifestFile), JsonSerializer.Serialize(manifest, Json));
        foreach (var old in Directory.EnumerateFiles(folder, "state-*.bin").Concat(Directory.EnumerateFiles(folder, "state.tmp-*")))
            if (Path.GetFileName(old) != manifest.StateFile) File.Delete(old); // older states, and a killed process's unfinished one
    }

    /// <summary>
    /// Reads a checkpoint's manifest, refusing one this build cannot resume (another format or state layout)
    /// with a <see cref="CheckpointException"/>.
    /// </summary>
    public static CheckpointManifest Load(string folder, string shownAs)
    {
        var path = Path.Combine(folder, ManifestFile);
        if (!File.Exists(path))
            throw new CheckpointException($"no checkpoint for '{shownAs}' (looked for {path}): the run was not started with --checkpoint-every, finished, or was stopped before its first checkpoint");
        CheckpointManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<CheckpointManifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new CheckpointException($"{path}: damaged checkpoint manifest: {e.Message}");
        }
        if (manifest is null || manifest.Journals is null || manifest.StateFile is null || manifest.Overrides is null)
            throw new CheckpointException($"{path}: damaged checkpoint manifest");
        if (manifest.Format != Format)
            throw new CheckpointException($"{path}: checkpoint format {manifest.Format}, this adoptionsim reads format {Format}: run the scenario again");
        if (manifest.Layout != WorldCheckpoint.LayoutHash)
            throw new CheckpointException($"{path}: the checkpoint was written by adoptionsim {manifest.Version}, whose model state differs from this build's ({BuildInfo.Version}): resume with that version or run again");
        return manifest;
    }

    /// <summary>Rebuilds the world of the scenario and restores the saved state into it and into <paramref name="recorderState"/>.</summary>
    public static World Restore(string folder, CheckpointManifest manifest, ScenarioSpec spec, object recorderState)
    {
        var path = Path.Combine(folder, manifest.StateFile);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var zip = new GZipStream(file, CompressionMode.Decompress);
            using var buffered = new BufferedStream(zip, 1 << 20);
            var world = WorldCheckpoint.Restore(spec, manifest.Seed, buffered);
            StateCodec.Read(buffered, recorderState, WorldCheckpoint.IsInput);
            if (world.Tick != manifest.Tick) throw new InvalidDataException($"it holds tick {world.Tick}, the manifest says {manifest.Tick}");
            return world;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FileNotFoundException)
        {
            throw new CheckpointException($"{path}: damaged checkpoint state: {e.Message}");
        }
    }

    /// <summary>
    /// The checkpoint a sweep's run can carry on from: one of this run (scenario hash, seed and ticks) that this
    /// build can read; any other checkpoint in its place is removed and the run starts again.
    /// </summary>
    public static CheckpointManifest? Resumable(string outputDirectory, RunProvenance provenance)
    {
        var folder = FolderFor(outputDirectory);
        if (!Directory.Exists(folder)) return null;
        try
        {
            var manifest = Load(folder, outputDirectory);
            if (manifest.ScenarioSha256 == provenance.ScenarioSha256 && manifest.Seed == provenance.Seed && manifest.Ticks == provenance.Ticks) return manifest;
        }
        catch (CheckpointException)
        {
            // Not this build's, or damaged: the run is redone from tick 0.
        }
        Directory.Delete(folder, recursive: true);
        return null;
    }

    /// <summary>Removes a run's checkpoint folder (its run is complete, or a new run replaces it).</summary>
    public static void Delete(string outputDirectory)
    {
        var folder = FolderFor(outputDirectory);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static void WriteAtomically(string path, string text)
    {
        var temp = path + $".tmp-{Environment.ProcessId}";
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(System.Text.Encoding.UTF8.GetBytes(text + "\n"));
            file.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }
}

/// <summary>A checkpoint that cannot be resumed (missing, damaged, of another scenario or version): invalid input, exit 2.</summary>
public sealed class CheckpointException(string message) : Exception(message);
