using System.Diagnostics;
using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Build;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Simulation;
using AdoptionSim.Model.World;

namespace AdoptionSim.IO.Runs;

/// <summary>What to run and where: the loaded scenario plus command-line choices.</summary>
public sealed record RunRequest(ScenarioSpec Scenario, long Seed, int Ticks, int Threads, string OutputDirectory, bool Force, bool WriteEvents);

/// <summary>Progress after each tick, for a progress bar.</summary>
public readonly record struct RunProgress(int Tick, int Ticks, int Firms, TimeSpan Elapsed);

/// <summary>What a finished run produced.</summary>
public sealed record RunResult(string Directory, RunProvenance Provenance, IReadOnlyDictionary<string, long> RowCounts, double Seconds);

/// <summary>Runs a scenario to a folder of Parquet files and run.json: the one run loop every command uses.</summary>
public static class ScenarioRun
{
    public static RunResult Execute(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var provenance = RunProvenance.For(request.Scenario, request.Seed, request.Ticks);
        using var output = RunOutputDirectory.Prepare(request.OutputDirectory, request.Force);
        var streams = new RandomStreams((ulong)request.Seed);
        var world = WorldBuilder.Build(request.Scenario, streams);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var firmsAtStart = world.AliveFirms();
        var schedule = AdoptionModel.Schedule();
        IReadOnlyDictionary<string, long> rowCounts;
        using (var recorder = new RunRecorder(output.StagingPath, provenance, request.WriteEvents))
        {
            var observer = new ProgressObserver(recorder, request.Ticks, progress, clock);
            Simulation.Run(world, schedule, request.Ticks, request.Scenario.Tick.Years, streams, request.Threads, observer, cancellation);
            recorder.Complete();
            rowCounts = recorder.RowCounts;
            RunSummary.Write(Path.Combine(output.StagingPath, RunTables.SummaryFile),
                RunSummary.Build(provenance, world.Tick * request.Scenario.Tick.Years, recorder.FirstRows, recorder.LastRows, recorder.FirstGap, recorder.LastGap));
        }
        RunManifest.Write(Path.Combine(output.StagingPath, RunTables.ManifestFile), provenance, request.Threads, rowCounts,
            schedule.PhaseSeconds(), buildSeconds, clock.Elapsed.TotalSeconds, firmsAtStart, Process.GetCurrentProcess().PeakWorkingSet64);
        output.Commit();
        return new RunResult(output.FinalPath, provenance, rowCounts, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Passes ticks to the recorder and reports progress.</summary>
    private sealed class ProgressObserver(RunRecorder recorder, int ticks, IProgress<RunProgress>? progress, Stopwatch clock) : ISimulationObserver<World>
    {
        public void OnStart(World state)
        {
            recorder.OnStart(state);
            progress?.Report(new RunProgress(0, ticks, state.Firms.Count, clock.Elapsed));
        }

        public void OnTick(World state, int tick)
        {
            recorder.OnTick(state, tick);
            progress?.Report(new RunProgress(tick, ticks, state.Firms.Count, clock.Elapsed));
        }
    }
}
