namespace AdoptionSim.Cli.Commands;

/// <summary>What the command's exit code means.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The run or command failed (an error inside, or a file could not be written).</summary>
    public const int Failed = 1;

    /// <summary>The input is invalid: a scenario or experiment file with errors, or bad arguments.</summary>
    public const int Invalid = 2;

    /// <summary>Bad command-line usage.</summary>
    public const int Usage = 64;

    /// <summary>Interrupted (Ctrl-C).</summary>
    public const int Cancelled = 130;
}
