using System.Runtime.InteropServices;

namespace AdoptionSim.Cli.Commands;

/// <summary>
/// SIGINT (Ctrl-C) and SIGTERM ask a run or sweep to stop cleanly: the first signal cancels the token the
/// command was given, the run stops after its current tick, removes its partial folder and the command exits
/// with 130. Commands that do not watch the token (validate, plot, …) are simply ended, as is a process given a
/// second signal (the next run or sweep into the same place cleans what that leaves).
/// </summary>
internal sealed class InterruptSignals : IDisposable
{
    private static volatile bool s_observed;
    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = [];

    public InterruptSignals()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Ctrl-C there is Console.CancelKeyPress; the tool targets Linux and macOS
        }

        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal));
    }

    /// <summary>Cancelled by the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Called by a command that stops cleanly when its token is cancelled: from then on a signal cancels instead of ending the process.</summary>
    public static void Observe() => s_observed = true;

    private void OnSignal(PosixSignalContext context)
    {
        if (!s_observed || _source.IsCancellationRequested)
        {
            return; // the default: the process ends
        }

        context.Cancel = true;
        _source.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _source.Dispose();
    }
}
