using System.Security.Cryptography;

namespace AdoptionSim.Serve;

/// <summary>
/// Counts the simulations held (live views and downloads together) against the limit, and keeps each new
/// run until its page opens the live stream: a run never opened is dropped after a timeout, and a live
/// run ends with its stream, so a closed tab frees its slot.
/// </summary>
internal sealed class SessionRegistry(ServeLimits limits, TimeProvider time)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SimulationSession> _waiting = new(StringComparer.Ordinal);
    private int _held;

    /// <summary>Simulations held now (for tests and the busy message).</summary>
    public int Held
    {
        get { lock (_gate) return _held; }
    }

    /// <summary>Takes a slot, or returns false when <see cref="ServeLimits.MaxSimulations"/> are held.</summary>
    public bool TryReserve()
    {
        lock (_gate)
        {
            if (_held >= limits.MaxSimulations) return false;
            _held++;
            return true;
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            if (_held > 0) _held--;
        }
    }

    /// <summary>An unguessable id, so one page cannot open another's run.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Keeps a built run (holding its reserved slot) until <see cref="Claim"/> or the timeout.</summary>
    public void Park(SimulationSession session)
    {
        var id = session.Description.Id;
        lock (_gate) _waiting[id] = session;
        _ = DropIfUnclaimed(id);
    }

    /// <summary>The parked run with this id, now owned by the caller (who releases its slot when done); null if none.</summary>
    public SimulationSession? Claim(string id)
    {
        lock (_gate) return _waiting.Remove(id, out var session) ? session : null;
    }

    private async Task DropIfUnclaimed(string id)
    {
        await Task.Delay(limits.UnclaimedTimeout, time).ConfigureAwait(false);
        if (Claim(id) is not null) Release();
    }
}
