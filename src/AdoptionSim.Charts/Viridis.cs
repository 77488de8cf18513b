using System.Globalization;

namespace AdoptionSim.Charts;

/// <summary>
/// The viridis colour map (van der Walt and Smith, matplotlib): perceptually uniform, ordered from dark
/// to light, readable in greyscale and under colour-vision deficiencies. Ten evenly spaced stops,
/// linearly interpolated in RGB, which is visually indistinguishable from the full table at this size.
/// </summary>
public static class Viridis
{
    public static IReadOnlyList<string> Stops { get; } =
    [
        "#440154", "#482878", "#3E4A89", "#31688E", "#26828E",
        "#1F9E89", "#35B779", "#6DCD59", "#B4DE2C", "#FDE725",
    ];

    /// <summary>The colour at <paramref name="t"/> in [0, 1] (clamped), as "#RRGGBB".</summary>
    public static string At(double t)
    {
        if (double.IsNaN(t)) throw new ArgumentException("Colour position is NaN.", nameof(t));
        t = Math.Clamp(t, 0, 1);
        double pos = t * (Stops.Count - 1);
        int i = Math.Min((int)Math.Floor(pos), Stops.Count - 2);
        double f = pos - i;
        var (r0, g0, b0) = Parse(Stops[i]);
        var (r1, g1, b1) = Parse(Stops[i + 1]);
        return Hex(Lerp(r0, r1, f), Lerp(g0, g1, f), Lerp(b0, b1, f));
    }

    private static int Lerp(int a, int b, double f) => (int)Math.Round(a + (b - a) * f, MidpointRounding.AwayFromZero);

    private static (int R, int G, int B) Parse(string hex) =>
        (int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static string Hex(int r, int g, int b) => string.Create(CultureInfo.InvariantCulture, $"#{r:X2}{g:X2}{b:X2}");
}
