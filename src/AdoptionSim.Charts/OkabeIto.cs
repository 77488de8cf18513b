namespace AdoptionSim.Charts;

/// <summary>
/// The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008): eight colours that stay
/// distinguishable under the common colour-vision deficiencies. Use for categories.
/// </summary>
public static class OkabeIto
{
    public const string Black = "#000000";
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string BluishGreen = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";

    /// <summary>Neutral grey for "other" or "no data"; not part of the palette.</summary>
    public const string Grey = "#999999";

    /// <summary>
    /// Order for lines on white: yellow is last because it is hard to see as a thin line, black second
    /// to last because figures use it for references and closed forms.
    /// </summary>
    public static IReadOnlyList<string> Categorical { get; } =
        [Blue, Vermillion, BluishGreen, Orange, ReddishPurple, SkyBlue, Black, Yellow];

    /// <summary>The i-th category colour, cycling when there are more than eight categories.</summary>
    public static string ForIndex(int i) => Categorical[((i % Categorical.Count) + Categorical.Count) % Categorical.Count];
}
