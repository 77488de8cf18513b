namespace AdoptionSim.Serve;

// What the server and the page say to each other, as JSON (camelCase). Plain data: no model types, so the
// page's contract is visible in one place. Non-finite numbers are sent as null (JSON has no NaN).

/// <summary>What the page asks for: a bundled scenario or a pasted one, a seed, parameters and the network view's city.</summary>
public sealed record RunInput(string? Scenario, string? Yaml, long? Seed, IReadOnlyList<KeyValuePair<string, string>> Parameters, string? NetworkCity);

/// <summary>A bundled scenario in the picker, at its own seed and values.</summary>
public sealed record ScenarioSummary(
    string Id, string Title, string Description, IReadOnlyList<string> Notice, long Seed, int Ticks, string TickLabel, double TickYears,
    IReadOnlyList<SliderView> Sliders);

/// <summary>One problem with a request; <see cref="Field"/> names the parameter (so the page can mark its slider) when there is one.</summary>
public sealed record InputError(string Text, string? Field);

public sealed record CityInfo(string Name, double Lat, double Lon, string Class, double Population, int Firms);

/// <summary>The closed-form Bass curve F(t) at every tick, drawn under the simulated curve in the Bass case.</summary>
public sealed record BassCurve(double P, double Q, int IdeaTick, IReadOnlyList<double> Share);

public sealed record NetworkChoice(string Name, int Firms);

/// <summary>Which city the network view shows and which it could show.</summary>
public sealed record NetworkInfo(string City, bool FullMixing, int Shown, int Total, IReadOnlyList<NetworkChoice> Choices);

/// <summary>The answer to a new run: everything the page draws before the first tick arrives.</summary>
public sealed record RunDescription(
    string Id,
    string? Scenario,
    string Name,
    string Title,
    string Description,
    IReadOnlyList<string> Notice,
    long Seed,
    int Ticks,
    string TickLabel,
    double TickYears,
    IReadOnlyList<CityInfo> Cities,
    bool UkMap,
    BassCurve? Bass,
    NetworkInfo Network,
    IReadOnlyList<SliderView> Sliders,
    string Command);

/// <summary>Gap measures of one variable across cities at one tick.</summary>
public sealed record GapView(double? Cv, double? Gini, double? Theil, double? SdLog, double? TopBottom);

/// <summary>
/// The network view at one tick. <see cref="Ids"/> (firm numbers) and <see cref="Ties"/> (pairs of indices
/// into <see cref="Ids"/> with a kind: 0 standing, 1 brokered, 2 made on entry or relocation) are sent only
/// when they change; the index lists refer to the last <see cref="Ids"/> sent.
/// </summary>
public sealed record NetworkFrame(
    IReadOnlyList<int>? Ids,
    IReadOnlyList<int[]>? Ties,
    int Focus,
    IReadOnlyList<int> Lit,
    IReadOnlyList<int> Newly,
    IReadOnlyList<int> Other);

/// <summary>One tick: per-city values in the order of <see cref="RunDescription.Cities"/>, totals, channels, gaps, network.</summary>
public sealed record TickFrame(
    string Type,
    int Tick,
    IReadOnlyList<int> Firms,
    IReadOnlyList<double> Share,
    IReadOnlyList<int> Adopters,
    IReadOnlyList<double?> Productivity,
    int TotalFirms,
    double AdoptionShare,
    double AdopterShare,
    IReadOnlyList<int> Channels,
    int Ideas,
    GapView ShareGap,
    GapView ProductivityGap,
    NetworkFrame Network);
