using System.CommandLine;

namespace AdoptionSim.Cli.Commands;

/// <summary>Options several commands share, defined once.</summary>
public static class CommonOptions
{
    public static Option<int?> Threads() => new("--threads") { Description = "Threads (default: all cores). Results do not depend on it." };

    public static int ResolveThreads(int? requested)
    {
        if (requested is null) return Environment.ProcessorCount;
        if (requested < 1) throw new UsageException("--threads must be at least 1");
        return requested.Value;
    }
}

/// <summary>Bad command-line usage that the user can fix.</summary>
public sealed class UsageException(string message) : Exception(message);
