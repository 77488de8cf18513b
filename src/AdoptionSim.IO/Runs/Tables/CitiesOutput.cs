using AdoptionSim.IO.Tables;
using AdoptionSim.Model.State;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>cities: the cities as the run built them, written at tick 0 (<see cref="CityTable"/>).</summary>
public static class CitiesOutput
{
    public readonly record struct Row(World World, int City)
    {
        public CityTable Cities => World.Cities;
    }

    public static readonly OutputTable<Row> Table = new("cities", "city",
        "The cities of the run, in the scenario's order, as built at tick 0 (every default and override applied).",
        new ColumnList<Row>()
            .Int32("city_id", "the city's index, 0-based, in the scenario's order", r => r.City)
            .String("city", "city name", r => r.Cities.Names[r.City])
            .String("region", "region", r => r.Cities.Regions[r.City])
            .String("functional_region", "functional region (LEP area, administrative)", r => r.Cities.FunctionalRegions[r.City])
            .String("commuting_region", "functional region of commuting, computed from gravity (named after its most populous city; may cross regions)", r => r.World.CommutingRegions.Names[r.World.CommutingRegions.RegionOf[r.City]])
            .String("class", "Streets Ahead class", r => r.Cities.Classes[r.City])
            .String("class_source", "`seed` when the sources name the class, `proxy` when estimated from indicators, empty when unknown", r => r.Cities.ClassSources[r.City])
            .Double("lat", "latitude of the city centre (degrees)", r => r.Cities.Lat[r.City])
            .Double("lon", "longitude of the city centre (degrees)", r => r.Cities.Lon[r.City])
            .Double("population", "population", r => r.Cities.Population[r.City])
            .Double("skills", "skills index in [0, 1]", r => r.Cities.Skills[r.City])
            .Double("rent", "initial rent level (the rent index starts here)", r => r.Cities.Rent[r.City])
            .Double("rate_multiplier", "business-rate multiplier", r => r.Cities.RateMultiplier[r.City])
            .Int32("universities", "universities (brokers)", r => r.Cities.Universities[r.City])
            .Int32("anchor_firms", "anchor firms", r => r.Cities.AnchorFirms[r.City])
            .Int32("firms", "alive firms at tick 0", r => r.World.InitialFirms[r.City]));

    public static void Append(ParquetTableWriter<Row> writer, World world)
    {
        for (var city = 0; city < world.Cities.Count; city++) writer.Append(new Row(world, city));
    }
}
