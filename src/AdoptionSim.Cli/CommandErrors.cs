using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Parquet;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.Cli;

/// <summary>
/// Turns the errors a user can cause into a clear message on stderr and a meaningful exit code, so no
/// command shows a stack trace for bad input. Anything else is a bug and is reported as one.
/// </summary>
public static class CommandErrors
{
    public static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (ScenarioException e)
        {
            foreach (var error in e.Errors) Console.Error.WriteLine(error);
            Console.Error.WriteLine($"{e.Errors.Count} error(s): nothing was run.");
            return ExitCodes.Invalid;
        }
        catch (ExperimentException e)
        {
            foreach (var error in e.Errors) Console.Error.WriteLine(error);
            Console.Error.WriteLine($"{e.Errors.Count} error(s) in the experiment: nothing was run.");
            return ExitCodes.Invalid;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (RunOutputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (ParquetFormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Invalid;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("interrupted: no results were kept.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
