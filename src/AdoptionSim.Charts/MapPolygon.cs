namespace AdoptionSim.Charts;

/// <summary>One closed ring of a map outline, in degrees (first point repeated last).</summary>
public sealed record MapPolygon(IReadOnlyList<double> Longitudes, IReadOnlyList<double> Latitudes);
