namespace AdoptionSim.Charts;

/// <summary>The converter ran but failed; the message carries its error output.</summary>
public sealed class PngConversionException(string message) : Exception(message);
