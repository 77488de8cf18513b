using AdoptionSim.IO.Parquet;
using AdoptionSim.Model.State;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>policy_ticks.parquet: after every tick, one row per lever and target city, with its spend (£) and activity.</summary>
internal static class PolicyTicksWriter
{
    public static void Write(IRowSink sink, RunProvenance provenance, World world, int tick)
    {
        foreach (var lever in world.Levers)
        for (var city = 0; city < lever.TargetCity.Length; city++)
        {
            if (!lever.TargetCity[city]) continue;
            var c = 0;
            sink.String(c++, provenance.RunId);
            sink.String(c++, provenance.Scenario);
            sink.Int64(c++, provenance.Seed);
            sink.Int32(c++, tick);
            sink.String(c++, lever.Label);
            sink.String(c++, lever.TypeName);
            sink.String(c++, world.Cities.Names[city]);
            sink.Double(c++, lever.Spend[city]);
            sink.Double(c++, lever.Available(city));
            sink.Int32(c++, lever.Introductions[city]);
            sink.Int32(c++, lever.Outreach[city]);
            sink.Int32(c++, lever.FirmsSupported[city]);
            sink.Int32(c, lever.Relocations[city]);
            sink.EndRow();
        }
    }
}
