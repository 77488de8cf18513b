namespace AdoptionSim.IO.Runs;

/// <summary>
/// Failures of the file system while writing, as opposed to bugs: a full disk or quota (IOException), a folder
/// that refuses files (UnauthorizedAccessException), and a file past the process's size limit, which .NET
/// reports as an ArgumentOutOfRangeException thrown by System.IO itself ("Specified file length was too large
/// for the file system").
/// </summary>
public static class WriteFaults
{
    public static bool Is(Exception e) =>
        e is IOException or UnauthorizedAccessException
        || (e is ArgumentOutOfRangeException && e.TargetSite?.DeclaringType?.Namespace == "System.IO");
}
