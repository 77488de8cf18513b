using System.Diagnostics;
using AdoptionSim.Core.Engine;
using AdoptionSim.Model;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.IO.Runs;

/// <summary>What to run and where: the loaded scenario plus command-line choices.</summary>
public sealed record RunRequest(ScenarioSpec Scenario, long Seed, int Ticks, int Threads, string OutputDirectory, bool Force, bool WriteEvents)
{
    /// <summary>Where the tables go; by default Parquet files in <see cref="OutputDirectory"/>.</summary>
    public IRunTableSinks Sinks { get; init; } = RunFolderSinks.Instance;

    /// <summary>Checkpoints to write, or the one to resume from (null: neither).</summary>
    public RunCheckpointing? Checkpointing { get; init; }
}

/// <summary>Progress after each tick, for a progress bar.</summary>
public readonly record struct RunProgress(int Tick, int Ticks, int Firms, TimeSpan Elapsed);

/// <summary>What a finished run produced.</summary>
public sealed record RunResult(string Directory, RunProvenance Provenance, IReadOnlyDictionary<string, long> RowCounts, double Seconds)
{
    /// <summary>Partial folders that dead processes had left beside the output folder, removed before the run.</summary>
    public IReadOnlyList<string> RemovedStale { get; init; } = [];
}

/// <summary>Runs a scenario to a folder of Parquet files and run.json: the one run loop every command uses.</summary>
public static class ScenarioRun
{
    public static RunResult Execute(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var provenance = RunProvenance.For(request.Scenario, request.Seed, request.Ticks);
        using var output = RunOutputDirectory.Prepare(request.OutputDirectory, request.Force);
        try
        {
            return Write(request, output, provenance, progress, clock, cancellation);
        }
        catch (Exception e) when (WriteFaults.Is(e))
        {
            // A full disk, a quota, a vanished folder: the staging folder goes (Dispose), nothing claims completeness.
            throw new RunOutputException($"cannot write the run's outputs to '{request.OutputDirectory}': {e.Message}; nothing was kept");
        }
    }

    private static RunResult Write(RunRequest request, RunOutputDirectory output, RunProvenance provenance, IProgress<RunProgress>? progress,
        Stopwatch clock, CancellationToken cancellation)
    {
        TickSchedule<World> schedule;
        IReadOnlyDictionary<string, long> rowCounts;
        ProgressObserver observer;
        var checkpointer = request.Checkpointing is { } checkpointing ? new RunCheckpointer(request, checkpointing, provenance) : null;
        using (var recorder = new RunRecorder(output.StagingPath, provenance, request.WriteEvents, checkpointer?.Sinks ?? request.Sinks))
        {
            observer = new ProgressObserver(recorder, request.Ticks, progress, clock, checkpointer);
            var options = new RunOptions(request.Seed, request.Ticks, request.Threads);
            schedule = checkpointer?.Resuming == true
                ? AdoptionModel.Resume(observer.Resumed(checkpointer.Resume(recorder, output.StagingPath)), options, observer, cancellation)
                : AdoptionModel.Run(request.Scenario, options, observer, cancellation);
            recorder.Complete();
            rowCounts = recorder.RowCounts;
            RunSummary.Write(Path.Combine(output.StagingPath, RunSummary.FileName),
                RunSummary.Build(provenance, observer.LastTick * request.Scenario.Tick.Years, recorder.FirstRows, recorder.LastRows, recorder.FirstGap, recorder.LastGap));
        }
        RunManifest.Write(Path.Combine(output.StagingPath, RunManifest.FileName), provenance, request.Threads, rowCounts,
            schedule.PhaseSeconds(), observer.BuildSeconds, clock.Elapsed.TotalSeconds, observer.FirmsAtStart, observer.RealFirmsPerModelFirm, Process.GetCurrentProcess().PeakWorkingSet64,
            request.Checkpointing?.ResumeFrom?.Tick ?? 0);
        output.Commit();
        RunCheckpoint.Delete(request.OutputDirectory); // the run is complete: its checkpoint (or an older run's) is spent
        return new RunResult(output.FinalPath, provenance, rowCounts, clock.Elapsed.TotalSeconds) { RemovedStale = output.RemovedStale };
    }

    /// <summary>Passes ticks to the recorder and the checkpointer, reports progress, and notes what the manifest needs (build time, firms at start, real firms per model firm).</summary>
    private sealed class ProgressObserver(RunRecorder recorder, int ticks, IProgress<RunProgress>? progress, Stopwatch clock, RunCheckpointer? checkpointer)
        : ISimulationObserver<World>
    {
        public double BuildSeconds { get; private set; }
        public int FirmsAtStart { get; private set; }
        public double RealFirmsPerModelFirm { get; private set; }
        public int LastTick { get; private set; }

        public void OnStart(World state)
        {
            BuildSeconds = clock.Elapsed.TotalSeconds;
            FirmsAtStart = state.AliveFirms();
            if (checkpointer is not null) checkpointer.FirmsAtStart = FirmsAtStart;
            RealFirmsPerModelFirm = state.RealFirmsPerModelFirm;
            recorder.OnStart(state);
            progress?.Report(new RunProgress(0, ticks, state.Firms.Count, clock.Elapsed));
        }

        /// <summary>A run resumed at the world's tick: what OnStart would have noted comes from the checkpoint.</summary>
        public World Resumed(World state)
        {
            BuildSeconds = clock.Elapsed.TotalSeconds;
            FirmsAtStart = checkpointer!.FirmsAtStart;
            RealFirmsPerModelFirm = state.RealFirmsPerModelFirm;
            LastTick = state.Tick;
            progress?.Report(new RunProgress(state.Tick, ticks, state.Firms.Count, clock.Elapsed));
            return state;
        }

        public void OnTick(World state, int tick)
        {
            LastTick = tick;
            recorder.OnTick(state, tick);
            checkpointer?.AfterTick(state, tick, recorder);
            progress?.Report(new RunProgress(tick, ticks, state.Firms.Count, clock.Elapsed));
        }
    }
}
