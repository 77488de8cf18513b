namespace AdoptionSim.IO.Plotting;

/// <summary>
/// The folder given to <c>adoptionsim plot</c> or <c>export</c> cannot be used as it is (not a run or sweep
/// folder, a sweep not yet summarized, a tick that is not in the run, a table that does not exist). The
/// message says what to do; the CLI prints it and exits with code 2.
/// </summary>
public sealed class PlotInputException(string message) : Exception(message);
