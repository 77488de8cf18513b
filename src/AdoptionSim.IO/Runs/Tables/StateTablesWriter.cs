using AdoptionSim.Parquet;
using AdoptionSim.Model.State;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>The tables that describe the state rather than a tick: cities, ideas, firm snapshots, adoption events.</summary>
internal static class StateTablesWriter
{
    public static void Cities(IRowSink sink, World world)
    {
        var cities = world.Cities;
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
            sink.Int32(c, world.InitialFirms[i]);
            sink.EndRow();
        }
    }

    public static void Ideas(IRowSink sink, World world)
    {
        var ideas = world.Ideas;
        for (var i = 0; i < ideas.Count; i++)
        {
            sink.Int32(0, i);
            sink.Int32(1, ideas.OriginFirm[i]);
            sink.String(2, world.Cities.Names[ideas.OriginCity[i]]);
            sink.String(3, world.Sectors.Names[ideas.OriginSector[i]]);
            sink.Int32(4, ideas.Tick[i]);
            sink.Double(5, ideas.Complexity[i]);
            sink.Double(6, ideas.Value[i]);
            sink.Int32(7, world.Adoption.AdopterCount[i]);
            sink.EndRow();
        }
    }

    /// <summary>Every firm slot (alive or not) at the current tick.</summary>
    public static void Firms(IRowSink sink, World world)
    {
        var firms = world.Firms;
        for (var f = 0; f < firms.Count; f++)
        {
            var c = 0;
            sink.Int32(c++, world.Tick);
            sink.Int32(c++, f);
            sink.String(c++, world.Cities.Names[firms.City[f]]);
            sink.String(c++, world.Sectors.Names[firms.Sector[f]]);
            sink.String(c++, SizeClasses.Names[(int)firms.Size[f]]);
            sink.Double(c++, firms.Absorptive[f]);
            sink.Double(c++, firms.Productivity[f]);
            sink.Double(c++, firms.Margin[f]);
            sink.Int32(c++, firms.AdoptedCount[f]);
            sink.Boolean(c, firms.Alive[f]);
            sink.EndRow();
        }
    }

    public static void Adoptions(IRowSink sink, World world, int tick)
    {
        var firms = world.Firms;
        foreach (var e in world.Counters.Events)
        {
            sink.Int32(0, tick);
            sink.Int32(1, e.Firm);
            sink.String(2, world.Cities.Names[firms.City[e.Firm]]);
            sink.String(3, world.Sectors.Names[firms.Sector[e.Firm]]);
            sink.Int32(4, e.Idea);
            sink.String(5, Channels.Names[(int)e.Channel]);
            sink.EndRow();
        }
    }
}
