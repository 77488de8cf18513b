namespace AdoptionSim.Model.State;

/// <summary>Firm size classes; anchors are the few large firms a cluster forms around (e.g. an engine maker in Derby).</summary>
public enum SizeClass : byte
{
    Micro = 0,
    Small = 1,
    Medium = 2,
    Large = 3,
    Anchor = 4,
}

public static class SizeClasses
{
    public const int Count = 5;

    public static readonly string[] Names = ["micro", "small", "medium", "large", "anchor"];

    /// <summary>Reads a per-size value from the scenario's <see cref="Scenario.SizeValues"/>.</summary>
    public static double Of(this Scenario.SizeValues values, SizeClass size) => size switch
    {
        SizeClass.Micro => values.Micro,
        SizeClass.Small => values.Small,
        SizeClass.Medium => values.Medium,
        SizeClass.Large => values.Large,
        _ => values.Anchor,
    };

    /// <summary>The per-size values indexed by size class, for loops that look one up per firm.</summary>
    public static void CopyTo(this Scenario.SizeValues values, Span<double> bySize)
    {
        for (var s = 0; s < Count; s++) bySize[s] = values.Of((SizeClass)s);
    }
}
