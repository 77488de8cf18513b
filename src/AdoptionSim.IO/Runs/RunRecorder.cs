using AdoptionSim.Core.Engine;
using AdoptionSim.IO.Parquet;
using AdoptionSim.Model.Simulation;
using AdoptionSim.Model.World;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// Streams a run to Parquet as it goes: city_ticks and adoptions row by row each tick (bounded memory:
/// the writer flushes row groups), cities at tick 0, ideas at the end. Every file carries the run's
/// provenance as key-value metadata. Nothing here reads the clock.
/// </summary>
public sealed class RunRecorder : ISimulationObserver<World>, IDisposable
{
    private readonly string _directory;
    private readonly RunProvenance _provenance;
    private readonly ParquetWriteOptions _options;
    private readonly IRowSink _cityTicks;
    private readonly IRowSink? _adoptions;
    private CityTickRow[] _rows = [];
    private World? _world;

    public RunRecorder(string directory, RunProvenance provenance, bool writeEvents)
    {
        _directory = directory;
        _provenance = provenance;
        _options = new ParquetWriteOptions { Metadata = provenance.ParquetMetadata() };
        _cityTicks = ParquetFile.Create(Path.Combine(directory, RunTables.CityTicksFile), RunTables.CityTicks, _options);
        if (writeEvents) _adoptions = ParquetFile.Create(Path.Combine(directory, RunTables.AdoptionsFile), RunTables.Adoptions, _options);
    }

    /// <summary>Rows written per file, for the manifest.</summary>
    public Dictionary<string, long> RowCounts { get; } = new(StringComparer.Ordinal);

    public void OnStart(World state)
    {
        _world = state;
        _rows = new CityTickRow[state.Cities.Count];
        WriteCities(state);
        OnTick(state, 0);
    }

    public void OnTick(World state, int tick)
    {
        CityTickMeasures.Compute(state, _rows);
        var cities = state.Cities;
        foreach (var row in _rows)
        {
            var c = 0;
            _cityTicks.String(c++, _provenance.RunId);
            _cityTicks.String(c++, _provenance.Scenario);
            _cityTicks.Int64(c++, _provenance.Seed);
            _cityTicks.Int32(c++, row.Tick);
            _cityTicks.String(c++, cities.Names[row.City]);
            _cityTicks.String(c++, cities.Classes[row.City]);
            _cityTicks.Int32(c++, row.Firms);
            _cityTicks.Int32(c++, row.IdeasAvailable);
            _cityTicks.Double(c++, row.AdoptionShare);
            _cityTicks.Int32(c++, row.Adopters);
            _cityTicks.Int32(c++, row.Adoptions);
            _cityTicks.Int32(c++, row.AdoptionsExternal);
            _cityTicks.Int32(c++, row.AdoptionsPeer);
            _cityTicks.Int32(c++, row.AdoptionsBrokered);
            _cityTicks.Int32(c++, row.Introductions);
            _cityTicks.Int32(c, row.Inventions);
            _cityTicks.EndRow();
        }
        if (_adoptions is not null) WriteAdoptions(state, tick);
    }

    private void WriteAdoptions(World state, int tick)
    {
        var firms = state.Firms;
        foreach (var e in state.Counters.Events)
        {
            _adoptions!.Int32(0, tick);
            _adoptions.Int32(1, e.Firm);
            _adoptions.String(2, state.Cities.Names[firms.City[e.Firm]]);
            _adoptions.String(3, state.Sectors.Names[firms.Sector[e.Firm]]);
            _adoptions.Int32(4, e.Idea);
            _adoptions.String(5, Channels.Names[(int)e.Channel]);
            _adoptions.EndRow();
        }
    }

    private void WriteCities(World state)
    {
        var cities = state.Cities;
        var firmsPerCity = new int[cities.Count];
        for (var f = 0; f < state.Firms.Count; f++) if (state.Firms.Alive[f]) firmsPerCity[state.Firms.City[f]]++;
        using var sink = ParquetFile.Create(Path.Combine(_directory, RunTables.CitiesFile), RunTables.Cities, _options);
        for (var i = 0; i < cities.Count; i++)
        {
            var c = 0;
            sink.Int32(c++, i);
            sink.String(c++, cities.Names[i]);
            sink.String(c++, cities.Regions[i]);
            sink.String(c++, cities.FunctionalRegions[i]);
            sink.String(c++, cities.Classes[i]);
            sink.String(c++, cities.ClassSources[i]);
            sink.Double(c++, cities.Lat[i]);
            sink.Double(c++, cities.Lon[i]);
            sink.Double(c++, cities.Population[i]);
            sink.Double(c++, cities.Skills[i]);
            sink.Double(c++, cities.Rent[i]);
            sink.Double(c++, cities.RateMultiplier[i]);
            sink.Int32(c++, cities.Universities[i]);
            sink.Int32(c++, cities.AnchorFirms[i]);
            sink.Int32(c, firmsPerCity[i]);
            sink.EndRow();
        }
        RowCounts[RunTables.CitiesFile] = sink.RowCount;
        sink.Complete();
    }

    private void WriteIdeas(World state)
    {
        var ideas = state.Ideas;
        using var sink = ParquetFile.Create(Path.Combine(_directory, RunTables.IdeasFile), RunTables.Ideas, _options);
        for (var i = 0; i < ideas.Count; i++)
        {
            sink.Int32(0, i);
            sink.Int32(1, ideas.OriginFirm[i]);
            sink.String(2, state.Cities.Names[ideas.OriginCity[i]]);
            sink.String(3, state.Sectors.Names[ideas.OriginSector[i]]);
            sink.Int32(4, ideas.Tick[i]);
            sink.Double(5, ideas.Complexity[i]);
            sink.Double(6, ideas.Value[i]);
            sink.Int32(7, state.Adoption.AdopterCount[i]);
            sink.EndRow();
        }
        RowCounts[RunTables.IdeasFile] = sink.RowCount;
        sink.Complete();
    }

    /// <summary>Writes the end-of-run tables and completes the streamed files. Without it, Dispose leaves no files behind.</summary>
    public void Complete()
    {
        if (_world is null) throw new InvalidOperationException("the run never started");
        WriteIdeas(_world);
        RowCounts[RunTables.CityTicksFile] = _cityTicks.RowCount;
        _cityTicks.Complete();
        if (_adoptions is not null)
        {
            RowCounts[RunTables.AdoptionsFile] = _adoptions.RowCount;
            _adoptions.Complete();
        }
    }

    public void Dispose()
    {
        _cityTicks.Dispose();
        _adoptions?.Dispose();
    }
}
