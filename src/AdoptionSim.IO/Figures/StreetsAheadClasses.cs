using AdoptionSim.Charts;

namespace AdoptionSim.IO.Figures;

/// <summary>
/// The five city classes of Centre for Cities' "Streets Ahead" typology as the scenarios name them, in
/// order from most to least innovative, each with a fixed Okabe–Ito colour so every figure agrees.
/// Orange and vermillion sit at the "behind" end; blue and green at the "ahead" end.
/// </summary>
public static class StreetsAheadClasses
{
    public static IReadOnlyList<(string Key, string Name, string Color)> All { get; } =
    [
        ("high_performing", "High performing", OkabeIto.Blue),
        ("service_innovator", "Service innovator", OkabeIto.SkyBlue),
        ("technology_innovator", "Technology innovator", OkabeIto.BluishGreen),
        ("innovation_potential", "Innovation potential", OkabeIto.Orange),
        ("low_innovation", "Low innovation", OkabeIto.Vermillion),
    ];

    /// <summary>Unknown classes are grey and sort after the known ones.</summary>
    public static string ColorOf(string key) => Find(key)?.Color ?? OkabeIto.Grey;

    public static string NameOf(string key) => Find(key)?.Name ?? key;

    public static int OrderOf(string key)
    {
        for (int i = 0; i < All.Count; i++)
            if (string.Equals(All[i].Key, key, StringComparison.OrdinalIgnoreCase)) return i;
        return All.Count;
    }

    private static (string Key, string Name, string Color)? Find(string key)
    {
        int i = OrderOf(key);
        return i < All.Count ? All[i] : null;
    }
}
