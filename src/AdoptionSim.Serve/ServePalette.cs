using AdoptionSim.Charts;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.Serve;

/// <summary>
/// The colours the page draws with, sent to it so that they are declared once: the project's Okabe–Ito
/// palette and viridis scale, the Streets Ahead class colours of the static figures, and which Okabe–Ito
/// colour each adoption channel and network element takes.
/// </summary>
internal static class ServePalette
{
    public static object Json { get; } = new
    {
        okabeIto = new
        {
            black = OkabeIto.Black,
            orange = OkabeIto.Orange,
            skyBlue = OkabeIto.SkyBlue,
            bluishGreen = OkabeIto.BluishGreen,
            yellow = OkabeIto.Yellow,
            blue = OkabeIto.Blue,
            vermillion = OkabeIto.Vermillion,
            reddishPurple = OkabeIto.ReddishPurple,
            grey = OkabeIto.Grey,
        },
        categorical = OkabeIto.Categorical,
        viridis = Viridis.Stops,
        classes = StreetsAheadClasses.All.Select(c => new { key = c.Key, name = c.Name, color = c.Color }).ToList(),
        // Channels in the order of the frames' channel counts: external, peer, brokered, procurement.
        channels = new[] { OkabeIto.SkyBlue, OkabeIto.Blue, OkabeIto.Vermillion, OkabeIto.ReddishPurple },
        simulated = OkabeIto.Vermillion,
        closedForm = OkabeIto.Black,
        adopters = OkabeIto.BluishGreen,
        network = new { lit = OkabeIto.Vermillion, other = OkabeIto.SkyBlue, none = "#D9D9D9", tie = "#9E9E9E", brokered = OkabeIto.Orange },
    };
}
