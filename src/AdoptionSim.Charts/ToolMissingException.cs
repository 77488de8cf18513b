namespace AdoptionSim.Charts;

/// <summary>An external program the requested output needs is not installed. The message says what to do.</summary>
public sealed class ToolMissingException(string tool, string message) : Exception(message)
{
    public string Tool { get; } = tool;
}
