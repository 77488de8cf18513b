using System.Globalization;
using AdoptionSim.Model.Capacity;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// Whether a run fits in this machine's memory, decided before it starts from <see cref="MemoryEstimate"/>:
/// a run that would not fit is refused with the figures and the way to insist (<c>--allow-memory</c>), instead
/// of dying of <see cref="OutOfMemoryException"/> (or being killed by the kernel) minutes in.
/// </summary>
public static class RunMemory
{
    /// <summary>
    /// Bytes this process may use: MemAvailable of /proc/meminfo (free memory plus what the kernel can reclaim,
    /// without swapping, after what other processes hold; what <c>free</c> shows as available) when there is one,
    /// bounded by the garbage collector's own limit (total RAM, or a container's cgroup limit). Elsewhere the
    /// GC's limit alone.
    /// </summary>
    public static long Available()
    {
        var limit = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return MemAvailable() is { } available ? Math.Min(available, limit) : limit;
    }

    private static long? MemAvailable()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/meminfo"))
            {
                if (!line.StartsWith("MemAvailable:", StringComparison.Ordinal)) continue;
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        return null;
    }

    /// <summary>One line for <c>describe</c>: the estimate, what it counts, and what the machine has.</summary>
    public static string Describe(ScenarioSpec spec)
    {
        var f = MemoryEstimate.Of(spec);
        return $"memory: about {MemoryEstimate.Format(f.PeakBytes)} at peak ({f.FirmsAtStart:N0} firms at the start, about {f.FirmSlots:N0} firm slots by tick {spec.Ticks} "
            + $"in arrays of {f.FirmCapacity:N0}, up to {f.Ideas:N0} ideas, about {f.StandingTies:N0} standing ties); "
            + $"this machine has {MemoryEstimate.Format(Available())} available";
    }

    /// <summary>
    /// Throws <see cref="RunOutputException"/> when <paramref name="runsAtOnce"/> runs of the largest of
    /// <paramref name="specs"/> would need more than the memory available, unless <paramref name="allow"/>.
    /// </summary>
    public static void Check(IEnumerable<ScenarioSpec> specs, int runsAtOnce, bool allow, string flag = "--allow-memory")
    {
        if (allow)
        {
            return;
        }

        var largest = specs.Select(s => (Spec: s, Footprint: MemoryEstimate.Of(s))).MaxBy(x => x.Footprint.PeakBytes);
        var needed = largest.Footprint.PeakBytes * runsAtOnce;
        var available = Available();
        if (needed <= available)
        {
            return;
        }

        var f = largest.Footprint;
        var what = runsAtOnce > 1 ? $"{runsAtOnce} runs at once of about {MemoryEstimate.Format(f.PeakBytes)} each need" : "this run needs";
        throw new RunOutputException(
            $"{what} about {MemoryEstimate.Format(needed)} of memory ({f.FirmCapacity:N0} firm slots × {f.Ideas:N0} ideas, {f.StandingTies:N0} ties; "
            + $"scenario '{largest.Spec.Name}'), more than the {MemoryEstimate.Format(available)} this machine has available: "
            + $"lower firms.scale or invention.max_ideas{(runsAtOnce > 1 ? ", run fewer at once (--parallel)" : "")}, or pass {flag} to try anyway");
    }
}
