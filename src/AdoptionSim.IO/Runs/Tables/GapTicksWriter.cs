using AdoptionSim.Parquet;
using AdoptionSim.Model.Measures;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>gap_ticks.parquet: one row per tick and variable.</summary>
internal static class GapTicksWriter
{
    public static void Write(IRowSink sink, RunProvenance provenance, IEnumerable<GapTickRow> rows)
    {
        foreach (var row in rows)
        {
            var g = row.Gap;
            var c = 0;
            sink.String(c++, provenance.RunId);
            sink.String(c++, provenance.Scenario);
            sink.Int64(c++, provenance.Seed);
            sink.Int32(c++, row.Tick);
            sink.String(c++, row.Variable);
            sink.Double(c++, g.Cv);
            sink.Double(c++, g.SdLog);
            sink.Double(c++, g.Theil);
            sink.Double(c++, g.TheilBetween);
            sink.Double(c++, g.TheilWithin);
            sink.Double(c++, g.Gini);
            sink.Double(c++, g.TopBottomQuintileRatio);
            sink.Int32(c++, g.Count);
            sink.Int32(c, g.NonPositiveCount);
            sink.EndRow();
        }
    }
}
