using AdoptionSim.Charts;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Plotting;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.IO.Studies;
using AdoptionSim.Parquet;

namespace AdoptionSim.Cli.Commands;

/// <summary>
/// Turns the errors a user can cause into a clear message on stderr and a meaningful exit code, so no
/// command shows a stack trace for bad input. Anything else is a bug and is reported as one.
/// </summary>
public static class CommandErrors
{
    /// <summary>Runs a command's action, writing the messages of the errors it knows to <paramref name="error"/> (the invocation's error writer).</summary>
    public static int Guard(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (PlotInputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Invalid;
        }
        catch (ToolMissingException e)
        {
            // "PNG output needs rsvg-convert (Debian package librsvg2-bin): install it or use --format svg"
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (PngConversionException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (ScenarioException e)
        {
            foreach (var problem in e.Errors) error.WriteLine(problem);
            error.WriteLine($"{e.Errors.Count} error(s): nothing was run.");
            return ExitCodes.Invalid;
        }
        catch (ExperimentException e)
        {
            foreach (var problem in e.Errors) error.WriteLine(problem);
            error.WriteLine($"{e.Errors.Count} error(s) in the experiment: nothing was run.");
            return ExitCodes.Invalid;
        }
        catch (CheckpointException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Invalid;
        }
        catch (StudyFileException e)
        {
            foreach (var problem in e.Errors) error.WriteLine(problem);
            error.WriteLine($"{e.Errors.Count} error(s) in the {e.Kind} file: nothing was run.");
            return ExitCodes.Invalid;
        }
        catch (StudyRunException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (RunOutputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (ParquetFormatException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Invalid;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("interrupted: no results were kept.");
            return ExitCodes.Cancelled;
        }
        catch (OutOfMemoryException)
        {
            // Only after --allow-memory, or when the estimate was wrong: partial folders were removed on the way out.
            error.WriteLine("error: the run ran out of memory and was stopped; nothing was kept (see the estimate: adoptionsim describe FILE)");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (WriteFaults.Is(e) || e is InvalidDataException or System.Text.Json.JsonException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
