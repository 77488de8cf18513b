using AdoptionSim.Core.Engine;
using AdoptionSim.Parquet;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model;
using AdoptionSim.Model.State;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// Streams a run to Parquet as it goes: city_ticks, gap_ticks and adoptions row by row each tick
/// (bounded memory: the writer flushes row groups), cities at tick 0, firm snapshots at the first and
/// last tick, ideas at the end. Every file carries the run's provenance as key-value metadata. Nothing
/// here reads the clock.
/// </summary>
public sealed class RunRecorder : ISimulationObserver<World>, IDisposable
{
    private readonly string _directory;
    private readonly RunProvenance _provenance;
    private readonly ParquetWriteOptions _options;
    private readonly List<IRowSink> _open = [];
    private readonly IRowSink _cityTicks;
    private readonly IRowSink _gapTicks;
    private readonly IRowSink _firms;
    private readonly IRowSink _policyTicks;
    private readonly IRowSink? _adoptions;
    private CityTickRow[] _rows = [];
    private CityGap? _gap;
    private World? _world;

    public RunRecorder(string directory, RunProvenance provenance, bool writeEvents)
    {
        _directory = directory;
        _provenance = provenance;
        _options = ParquetOutput.Options(provenance.ParquetMetadata());
        _cityTicks = Open(RunTables.CityTicksFile, RunTables.CityTicks);
        _gapTicks = Open(RunTables.GapTicksFile, RunTables.GapTicks);
        _firms = Open(RunTables.FirmsFile, RunTables.Firms);
        _policyTicks = Open(RunTables.PolicyTicksFile, RunTables.PolicyTicks);
        if (writeEvents) _adoptions = Open(RunTables.AdoptionsFile, RunTables.Adoptions);
    }

    /// <summary>Rows written per file, for the manifest.</summary>
    public Dictionary<string, long> RowCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>City rows of tick 0 and of the last tick recorded, for the run summary.</summary>
    public CityTickRow[] FirstRows { get; private set; } = [];
    public CityTickRow[] LastRows => _rows;
    public GapTickRow[] FirstGap { get; private set; } = [];
    public GapTickRow[] LastGap { get; private set; } = [];

    private IRowSink Open(string file, ParquetSchema schema)
    {
        var sink = ParquetFile.Create(Path.Combine(_directory, file), schema, _options);
        _open.Add(sink);
        return sink;
    }

    public void OnStart(World state)
    {
        _world = state;
        _rows = new CityTickRow[state.Cities.Count];
        _gap = new CityGap(state.Cities);
        WriteWhole(RunTables.CitiesFile, RunTables.Cities, sink => StateTablesWriter.Cities(sink, state));
        StateTablesWriter.Firms(_firms, state);
        OnTick(state, 0);
        FirstRows = (CityTickRow[])_rows.Clone();
        FirstGap = LastGap;
    }

    public void OnTick(World state, int tick)
    {
        CityTickMeasures.Compute(state, _rows);
        CityTicksWriter.Write(_cityTicks, _provenance, state.Cities, _rows);
        LastGap = _gap!.ForTick(_rows);
        GapTicksWriter.Write(_gapTicks, _provenance, LastGap);
        if (tick > 0) PolicyTicksWriter.Write(_policyTicks, _provenance, state, tick);
        if (_adoptions is not null) StateTablesWriter.Adoptions(_adoptions, state, tick);
    }

    /// <summary>Writes the end-of-run tables and completes every file. Without it, Dispose leaves no files behind.</summary>
    public void Complete()
    {
        var world = _world ?? throw new InvalidOperationException("the run never started");
        if (world.Tick > 0) StateTablesWriter.Firms(_firms, world);
        WriteWhole(RunTables.IdeasFile, RunTables.Ideas, sink => StateTablesWriter.Ideas(sink, world));
        foreach (var (sink, file) in new[] { (_cityTicks, RunTables.CityTicksFile), (_gapTicks, RunTables.GapTicksFile), (_firms, RunTables.FirmsFile), (_policyTicks, RunTables.PolicyTicksFile), (_adoptions, RunTables.AdoptionsFile) })
        {
            if (sink is null) continue;
            RowCounts[file] = sink.RowCount;
            sink.Complete();
        }
    }

    private void WriteWhole(string file, ParquetSchema schema, Action<IRowSink> write)
    {
        using var sink = ParquetFile.Create(Path.Combine(_directory, file), schema, _options);
        write(sink);
        RowCounts[file] = sink.RowCount;
        sink.Complete();
    }

    public void Dispose()
    {
        foreach (var sink in _open) sink.Dispose();
    }
}
