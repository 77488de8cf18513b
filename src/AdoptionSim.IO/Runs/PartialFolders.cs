using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// The folders a run writes before its outputs are complete, <c>.NAME.partial-PID-GUID</c> beside the
/// destination, and how a later run or sweep tells one left by a dead process from one still being written.
/// <para>
/// The writing process holds an exclusive lock on <c>.owner.lock</c> inside the folder for as long as it lives
/// (the operating system drops it when the process dies, even by <c>kill -9</c>) and records its host and PID
/// in <c>.owner</c>. A partial folder is stale when nothing holds that lock and either it was written on this
/// host by a process that is no longer running, or it is older than <see cref="ForeignAge"/> (another host's,
/// whose processes this one cannot see; a long delay guards against file systems without working locks).
/// A folder without its owner files (its writer died before making them) is stale when its PID is not running
/// here and it is older than <see cref="OrphanAge"/>, or older than <see cref="ForeignAge"/> whatever its PID.
/// </para>
/// </summary>
public static partial class PartialFolders
{
    public const string OwnerLockFile = ".owner.lock";
    public const string OwnerFile = ".owner";

    /// <summary>Age after which a partial folder that another host may own, or whose locks cannot be trusted, is stale.</summary>
    public static readonly TimeSpan ForeignAge = TimeSpan.FromHours(24);

    /// <summary>Age after which a partial folder without owner files and a dead PID is stale (its writer may still be starting).</summary>
    public static readonly TimeSpan OrphanAge = TimeSpan.FromMinutes(10);

    /// <summary>The staging folder name for a destination: <c>.NAME.partial-PID-GUID</c>.</summary>
    public static string NameFor(string finalName) =>
        $".{finalName}.partial-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";

    /// <summary>The destination name and writer PID encoded in a partial folder's name, or null if it is not one.</summary>
    public static (string Name, int Pid)? Parse(string folderName)
    {
        var match = PartialName().Match(folderName);
        return match.Success && int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            ? (match.Groups["name"].Value, pid)
            : null;
    }

    /// <summary>
    /// Marks a new partial folder as this process's: the lock stays held until the returned handle is disposed. The lock is
    /// taken before the owner file is written: <see cref="IsStale"/> probes the lock only once the owner file exists, so
    /// another run cleaning the same folder (a sweep's runs share their parent) never holds the probe while this one
    /// takes the lock (which failed, now and then, with "used by another process" when the owner file came first).
    /// </summary>
    public static FileStream Claim(string staging)
    {
        var ownerLock = new FileStream(Path.Combine(staging, OwnerLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        try
        {
            File.WriteAllText(Path.Combine(staging, OwnerFile), $"{Environment.MachineName}\n{Environment.ProcessId}\n");
        }
        catch
        {
            ownerLock.Dispose();
            throw;
        }
        return ownerLock;
    }

    /// <summary>Whether a partial folder was left by a process that is gone (see the class summary).</summary>
    public static bool IsStale(string folder)
    {
        if (Parse(Path.GetFileName(folder)) is not { } parsed)
        {
            return false;
        }

        var age = DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder);
        var owner = ReadOwner(folder);
        if (owner is null)
        {
            return (!IsRunningHere(parsed.Pid) && age > OrphanAge) || age > ForeignAge;
        }

        if (IsLockHeld(Path.Combine(folder, OwnerLockFile)))
        {
            return false;
        }

        return owner.Value.Host == Environment.MachineName ? !IsRunningHere(owner.Value.Pid) || age > ForeignAge : age > ForeignAge;
    }

    /// <summary>
    /// Removes the stale partial folders directly inside <paramref name="directory"/> (and, when
    /// <paramref name="recursive"/>, in every folder below it that is not itself partial); returns what it removed.
    /// A folder that cannot be removed (permissions) is left and not reported.
    /// </summary>
    public static IReadOnlyList<string> RemoveStale(string directory, bool recursive)
    {
        var removed = new List<string>();
        if (!Directory.Exists(directory))
        {
            return removed;
        }

        var pending = new Stack<string>([directory]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            IEnumerable<string> children;
            try
            {
                children = Directory.EnumerateDirectories(current).Order(StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var child in children)
            {
                if (Parse(Path.GetFileName(child)) is null)
                {
                    if (recursive) pending.Push(child);
                    continue;
                }

                if (IsStale(child) && TryDelete(child))
                {
                    removed.Add(child);
                }
            }
        }

        return removed;
    }

    /// <summary>The PID written in the partial folders of a destination that are still being written (for "held by" messages).</summary>
    public static IReadOnlyList<int> LiveWriters(string parent, string finalName)
    {
        if (!Directory.Exists(parent))
        {
            return [];
        }

        return Directory.EnumerateDirectories(parent, $".{finalName}.partial-*")
            .Where(d => Parse(Path.GetFileName(d))?.Name == finalName && IsLockHeld(Path.Combine(d, OwnerLockFile)))
            .Select(d => Parse(Path.GetFileName(d))!.Value.Pid)
            .Order()
            .ToList();
    }

    /// <summary>Whether a process holds the lock on <paramref name="lockFile"/> (false when there is no such file).</summary>
    internal static bool IsLockHeld(string lockFile)
    {
        if (!File.Exists(lockFile))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true; // EWOULDBLOCK: someone holds it
        }
        catch (UnauthorizedAccessException)
        {
            return true; // cannot tell: treat as held, never delete another user's run
        }
    }

    private static (string Host, int Pid)? ReadOwner(string folder)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(folder, OwnerFile));
            return lines.Length >= 2 && int.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? (lines[0], pid) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether a process with this PID runs on this machine (the current process counts).</summary>
    public static bool IsRunningHere(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}");
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    internal static bool TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.partial-(?<pid>\d{1,10})-(?<guid>[0-9a-f]{32})$")]
    private static partial Regex PartialName();
}
