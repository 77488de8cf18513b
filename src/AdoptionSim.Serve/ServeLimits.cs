namespace AdoptionSim.Serve;

/// <summary>
/// What one page may ask of the server, so that a pasted scenario or a hand-edited link cannot take the
/// machine: checked before anything is built, each with a message that says what to do instead.
/// </summary>
public sealed record ServeLimits
{
    /// <summary>Firms at tick 0 (the model's own count from populations and <c>firms.*</c>, anchors included).</summary>
    public int MaxFirms { get; init; } = 200_000;

    public int MaxTicks { get; init; } = 2_000;

    /// <summary>Firms × most ideas: the adoption state is one byte and one float per firm and idea.</summary>
    public long MaxFirmIdeas { get; init; } = 40_000_000;

    public int MaxCities { get; init; } = 500;

    /// <summary>Largest request body (a pasted scenario with its parameters).</summary>
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>Simulations held at once (live views and Parquet downloads together).</summary>
    public int MaxSimulations { get; init; } = 6;

    /// <summary>A run made but never opened by its page is dropped after this long.</summary>
    public TimeSpan UnclaimedTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Firms drawn in the network view (a larger city shows a connected sample of this many).</summary>
    public int NetworkFirms { get; init; } = 400;
}
