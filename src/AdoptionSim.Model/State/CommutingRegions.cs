namespace AdoptionSim.Model.State;

/// <summary>
/// The functional regions of commuting: groups of cities whose gravity-weighted ties are strong (built by
/// <c>Setup.CommutingRegionFactory</c>; docs/model.md §7.5). Unlike LEP areas (<see cref="CityTable.FunctionalRegions"/>,
/// administrative), they may cross regional boundaries. Regions are numbered in the order of their first city.
/// </summary>
public sealed class CommutingRegions(int[] regionOf, string[] names)
{
    /// <summary>The region of each city.</summary>
    public int[] RegionOf { get; } = regionOf;

    /// <summary>Each region's name: its most populous city's.</summary>
    public string[] Names { get; } = names;

    /// <summary>The cities of each region, in city order.</summary>
    public int[][] Cities { get; } = Enumerable.Range(0, names.Length)
        .Select(r => Enumerable.Range(0, regionOf.Length).Where(c => regionOf[c] == r).ToArray()).ToArray();

    /// <summary>The cities of a city's region (itself included).</summary>
    public int[] Around(int city) => Cities[RegionOf[city]];

    public int Count => Names.Length;
}
