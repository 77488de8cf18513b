namespace AdoptionSim.IO.Charts;

/// <summary>An external program the requested output needs is not installed. The message says what to do.</summary>
public sealed class ToolMissingException(string tool, string message) : Exception(message)
{
    public string Tool { get; } = tool;
}

/// <summary>The converter ran but failed; the message carries its error output.</summary>
public sealed class PngConversionException(string message) : Exception(message);
