using System.Diagnostics;
using System.Text;

namespace AdoptionSim.Cli.Tests.Reliability;

/// <summary>
/// The real command in a child process (<c>dotnet adoptionsim.dll …</c>, the build next to the tests), for what
/// only a process shows: signals, a second process holding a lock, limits set by a shell, a private mount.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private ChildProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_error) _error.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static string Cli => Path.Combine(AppContext.BaseDirectory, "adoptionsim.dll");

    /// <summary>Starts <c>dotnet adoptionsim.dll args</c>.</summary>
    public static ChildProcess Start(params string[] args) => StartProgram("dotnet", [Cli, .. args]);

    /// <summary>Starts <c>sh -c script</c> (the script calls the CLI as "$CLI").</summary>
    public static ChildProcess Shell(string script, string? program = null, params string[] programArgs)
    {
        var start = new ProcessStartInfo(program ?? "sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in programArgs) start.ArgumentList.Add(a);
        if (program is null) start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["CLI"] = Cli;
        return new ChildProcess(Process.Start(start)!);
    }

    private static ChildProcess StartProgram(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        return new ChildProcess(Process.Start(start)!);
    }

    public int Id => _process.Id;

    public string Output { get { lock (_output) return _output.ToString(); } }

    public string Error { get { lock (_error) return _error.ToString(); } }

    /// <summary>Waits until <paramref name="condition"/> holds (polling), failing after <paramref name="seconds"/> or if the process ends first.</summary>
    public void WaitUntil(Func<bool> condition, string what, int seconds = 120)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (_process.HasExited) throw new InvalidOperationException($"the child ended (exit {_process.ExitCode}) before {what}: {Error}");
            if (clock.Elapsed.TotalSeconds > seconds) throw new TimeoutException($"{what} did not happen within {seconds} s: {Error}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Sends a signal by name (INT, TERM, KILL) with kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-s", name, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>Waits for the exit and returns its code; kills the process after <paramref name="seconds"/>.</summary>
    public int Exit(int seconds = 300)
    {
        if (!_process.WaitForExit(TimeSpan.FromSeconds(seconds)))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the child did not end within {seconds} s: {Error}");
        }

        _process.WaitForExit(); // flushes the asynchronous readers
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
