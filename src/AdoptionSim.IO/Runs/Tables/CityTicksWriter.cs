using AdoptionSim.Parquet;
using AdoptionSim.Model;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.State;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>city_ticks.parquet: one row per city per tick, in the column order of <see cref="RunTables.CityTicks"/>.</summary>
internal static class CityTicksWriter
{
    public static void Write(IRowSink sink, RunProvenance provenance, CityTable cities, ReadOnlySpan<CityTickRow> rows)
    {
        foreach (var row in rows)
        {
            var c = 0;
            sink.String(c++, provenance.RunId);
            sink.String(c++, provenance.Scenario);
            sink.Int64(c++, provenance.Seed);
            sink.Int32(c++, row.Tick);
            sink.String(c++, cities.Names[row.City]);
            sink.String(c++, cities.Classes[row.City]);
            sink.Int32(c++, row.Firms);
            sink.Int32(c++, row.IdeasAvailable);
            sink.Double(c++, row.AdoptionShare);
            sink.Int32(c++, row.Adopters);
            sink.Int32(c++, row.Adoptions);
            sink.Int32(c++, row.AdoptionsExternal);
            sink.Int32(c++, row.AdoptionsPeer);
            sink.Int32(c++, row.AdoptionsBrokered);
            sink.Int32(c++, row.AdoptionsProcurement);
            sink.Int32(c++, row.Introductions);
            sink.Int32(c++, row.Inventions);
            sink.Double(c++, row.MeanProductivity);
            sink.Int32(c++, row.Entries);
            sink.Int32(c++, row.Exits);
            sink.Int32(c++, row.RelocationsIn);
            sink.Int32(c++, row.RelocationsOut);
            sink.Double(c, row.RentIndex);
            sink.EndRow();
        }
    }
}
