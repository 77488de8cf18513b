using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.Cli.Commands;

/// <summary>
/// <c>run --resume DIR</c>: the request that carries on the run whose output folder is DIR from its last
/// checkpoint. The checkpoint names the scenario file, overrides, seed and ticks; the file is loaded again and
/// must hash as it did (else exit 2: the outputs would not be those of the run that was started).
/// </summary>
internal static class RunResume
{
    /// <summary>The request to carry on, or null when the run in <paramref name="directory"/> is already complete.</summary>
    public static RunRequest? Request(string directory, int threads)
    {
        var folder = RunCheckpoint.FolderFor(directory);
        if (File.Exists(Path.Combine(directory, RunManifest.FileName)) && !Directory.Exists(folder)) return null;
        var manifest = RunCheckpoint.Load(folder, directory);
        if (manifest.ScenarioFile is null)
            throw new CheckpointException($"the checkpoint of '{directory}' does not name its scenario file (it was written by a program, not by adoptionsim run)");
        var spec = ScenarioLoader.Load(manifest.ScenarioFile, manifest.Overrides);
        spec.Seed = manifest.Seed;
        var provenance = RunProvenance.For(spec, manifest.Seed, manifest.Ticks);
        if (provenance.ScenarioSha256 != manifest.ScenarioSha256)
            throw new CheckpointException($"{manifest.ScenarioFile} (or a file it reads) changed since the checkpoint of '{directory}' was written " +
                $"(scenario hash {provenance.ScenarioSha256[..12]}, checkpoint's {manifest.ScenarioSha256[..12]}): restore it, or run again without --resume");
        return new RunRequest(spec, manifest.Seed, manifest.Ticks, threads, directory, manifest.Force, manifest.WriteEvents)
        {
            Checkpointing = new RunCheckpointing(manifest.Every, manifest.ScenarioFile, manifest.Overrides) { ResumeFrom = manifest },
        };
    }
}
