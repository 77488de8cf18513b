using AdoptionSim.Core.Engine;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.IO.Tables;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.State;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// Streams a run's tables to their sinks as it goes: city_ticks, gap_ticks, policy_ticks, region_ticks and adoptions row
/// by row each tick (bounded memory: the writer flushes row groups), cities at tick 0, firm snapshots at the
/// first and last tick, ideas at the end. Which file a table lands in is the sinks' business
/// (<see cref="IRunTableSinks"/>). Nothing here reads the clock.
/// </summary>
public sealed class RunRecorder : ISimulationObserver<World>, IDisposable
{
    private readonly string _directory;
    private readonly RunProvenance _provenance;
    private readonly RunIdentity _run;
    private readonly IRunTableSinks _sinks;
    private readonly List<(IOutputTable Table, IRowSink Sink)> _open = [];
    private readonly ParquetTableWriter<CityTicksOutput.Row> _cityTicks;
    private readonly ParquetTableWriter<GapTicksOutput.Row> _gapTicks;
    private readonly ParquetTableWriter<FirmsOutput.Row> _firms;
    private readonly ParquetTableWriter<PolicyTicksOutput.Row> _policyTicks;
    private readonly ParquetTableWriter<RegionTicksOutput.Row> _regionTicks;
    private readonly ParquetTableWriter<AdoptionsOutput.Row>? _adoptions;
    private CityTickRow[] _rows = [];
    private CityGap? _gap;
    private World? _world;

    public RunRecorder(string directory, RunProvenance provenance, bool writeEvents, IRunTableSinks? sinks = null)
    {
        _directory = directory;
        _provenance = provenance;
        _run = provenance.Identity;
        _sinks = sinks ?? RunFolderSinks.Instance;
        _cityTicks = Open(RunTables.CityTicks);
        _gapTicks = Open(RunTables.GapTicks);
        _firms = Open(RunTables.Firms);
        _policyTicks = Open(RunTables.PolicyTicks);
        _regionTicks = Open(RunTables.RegionTicks);
        if (writeEvents) _adoptions = Open(RunTables.Adoptions);
    }

    /// <summary>Rows written per file, for the manifest.</summary>
    public Dictionary<string, long> RowCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>City rows of tick 0 and of the last tick recorded, for the run summary.</summary>
    public CityTickRow[] FirstRows { get; private set; } = [];
    public CityTickRow[] LastRows => _rows;
    public GapTickRow[] FirstGap { get; private set; } = [];
    public GapTickRow[] LastGap { get; private set; } = [];

    private ParquetTableWriter<TRow> Open<TRow>(OutputTable<TRow> table)
    {
        var sink = _sinks.Open(table, _directory, _provenance);
        _open.Add((table, sink));
        return table.Writer(sink);
    }

    public void OnStart(World state)
    {
        _world = state;
        _rows = new CityTickRow[state.Cities.Count];
        _gap = new CityGap(state.Cities);
        WriteWhole(RunTables.Cities, writer => CitiesOutput.Append(writer, state));
        FirmsOutput.Append(_firms, state);
        OnTick(state, 0);
        FirstRows = (CityTickRow[])_rows.Clone();
        FirstGap = LastGap;
    }

    public void OnTick(World state, int tick)
    {
        CityTickMeasures.Compute(state, _rows);
        CityTicksOutput.Append(_cityTicks, _run, state.Cities, _rows);
        LastGap = _gap!.ForTick(_rows);
        GapTicksOutput.Append(_gapTicks, _run, LastGap);
        if (tick > 0) PolicyTicksOutput.Append(_policyTicks, _run, state, tick);
        RegionTicksOutput.Append(_regionTicks, _run, state, tick);
        if (_adoptions is not null) AdoptionsOutput.Append(_adoptions, state, tick);
    }

    /// <summary>What the recorder keeps between ticks, for a checkpoint (filled by <see cref="Snapshot"/>, read by <see cref="Resume"/>).</summary>
    public sealed class Rows
    {
        public CityTickRow[] First = [];
        public GapTickRow[] FirstGap = [];
        public CityTickRow[] Last = [];
        public GapTickRow[] LastGap = [];
    }

    public Rows Snapshot() => new() { First = FirstRows, FirstGap = FirstGap, Last = _rows, LastGap = LastGap };

    /// <summary>
    /// Carries on from a checkpoint instead of <see cref="OnStart"/>: the world restored, the recorder's rows,
    /// and the tables already complete then (replayed from their journals) with their row counts.
    /// </summary>
    public void Resume(World state, Rows rows, IEnumerable<(string Table, long Rows)> complete)
    {
        _world = state;
        _gap = new CityGap(state.Cities);
        _rows = rows.Last;
        FirstRows = rows.First;
        FirstGap = rows.FirstGap;
        LastGap = rows.LastGap;
        foreach (var (table, count) in complete) RowCounts[table] = count;
    }

    /// <summary>
    /// Writes the end-of-run tables, completes every sink, and forces the tables written into the run folder to the
    /// disk (all at once: see <see cref="RunFolderSinks"/>). Without it, Dispose leaves no files behind.
    /// </summary>
    public void Complete()
    {
        var world = _world ?? throw new InvalidOperationException("the run never started");
        if (world.Tick > 0) FirmsOutput.Append(_firms, world);
        WriteWhole(RunTables.Ideas, writer => IdeasOutput.Append(writer, world));
        foreach (var (table, sink) in _open)
        {
            RowCounts[table.FileName] = sink.RowCount;
            sink.Complete();
        }
        // Tables sent elsewhere (a sweep's dataset) or dropped have no file here; those files flush themselves.
        ParquetFile.FlushToDisk(RowCounts.Keys.Select(file => Path.Combine(_directory, file)).Where(File.Exists).ToArray());
    }

    private void WriteWhole<TRow>(OutputTable<TRow> table, Action<ParquetTableWriter<TRow>> write)
    {
        using var writer = table.Writer(_sinks.Open(table, _directory, _provenance));
        write(writer);
        RowCounts[table.FileName] = writer.RowCount;
        writer.Complete();
    }

    public void Dispose()
    {
        foreach (var (_, sink) in _open) sink.Dispose();
    }
}
