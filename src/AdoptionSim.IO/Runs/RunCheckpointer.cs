using AdoptionSim.Core;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.Model.Checkpoints;
using AdoptionSim.Model.State;

namespace AdoptionSim.IO.Runs;

/// <summary>Checkpoint every <see cref="Every"/> ticks; the scenario file and overrides are recorded so that <c>run --resume</c> needs only the folder.</summary>
public sealed record RunCheckpointing(int Every, string? ScenarioFile, IReadOnlyList<string> Overrides)
{
    /// <summary>The checkpoint to carry on from (null: a new run).</summary>
    public CheckpointManifest? ResumeFrom { get; init; }
}

/// <summary>
/// The checkpointing of one run: its journaled sinks, a checkpoint after every <c>Every</c>-th tick (not the
/// last: the run's outputs follow at once), and, resuming, the restored world with the tables replayed.
/// </summary>
public sealed class RunCheckpointer
{
    private readonly RunRequest _request;
    private readonly RunCheckpointing _options;
    private readonly RunProvenance _provenance;
    private readonly string _folder;
    private readonly JournaledSinks _sinks;

    public RunCheckpointer(RunRequest request, RunCheckpointing options, RunProvenance provenance)
    {
        _request = request;
        _options = options;
        _provenance = provenance;
        _folder = RunCheckpoint.FolderFor(request.OutputDirectory);
        var resume = options.ResumeFrom;
        if (resume is null && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true); // a new run: an older checkpoint is void
        _sinks = new JournaledSinks(request.Sinks, RunCheckpoint.JournalsOf(_folder), resume?.Journals ?? []);
    }

    public IRunTableSinks Sinks => _sinks;

    public bool Resuming => _options.ResumeFrom is not null;

    /// <summary>Alive firms at tick 0, for the manifest (set when starting or resuming).</summary>
    public int FirmsAtStart { get; set; }

    /// <summary>Restores the world and the recorder from the checkpoint and rewrites the tables complete at it.</summary>
    public World Resume(RunRecorder recorder, string runFolder)
    {
        var manifest = _options.ResumeFrom!;
        var rows = new RunRecorder.Rows();
        var world = RunCheckpoint.Restore(_folder, manifest, _request.Scenario, rows);
        var complete = _sinks.ReplayRest(name => RunTables.All.Single(t => t.FileName == name), runFolder, _provenance);
        recorder.Resume(world, rows, complete);
        FirmsAtStart = manifest.FirmsAtStart;
        return world;
    }

    /// <summary>After a tick is recorded: a checkpoint when the tick is a multiple of Every and not the last.</summary>
    public void AfterTick(World world, int tick, RunRecorder recorder)
    {
        if (_options.Every <= 0 || tick % _options.Every != 0 || tick >= _request.Ticks) return;
        var manifest = new CheckpointManifest(RunCheckpoint.Format, WorldCheckpoint.LayoutHash, BuildInfo.Version, _provenance.ScenarioSha256,
            _request.Seed, _request.Ticks, tick, _options.Every, _options.ScenarioFile, [.. _options.Overrides], _request.WriteEvents, _request.Force, FirmsAtStart,
            $"state-{tick:D6}.bin", [.. _sinks.Sync()]);
        RunCheckpoint.Save(_folder, manifest, world, recorder.Snapshot(), secondThread: _request.Threads > 1);
    }
}
