using System.CommandLine;
using System.Diagnostics;
using AdoptionSim.Serve;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim serve</c>: the live browser view on 127.0.0.1 until Ctrl-C (exit code 130).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 5080 };
        var open = new Option<bool>("--open") { Description = "Open the page in the default browser." };
        var command = new Command("serve", "Serve the live browser view (for teaching and exploring) on 127.0.0.1 until Ctrl-C.") { port, open };
        command.SetAction(async (parse, cancellation) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                stderr.WriteLine("error: --port must be between 0 and 65535");
                return ExitCodes.Usage;
            }

            await using var app = ServeApp.Build(new ServeOptions { Port = portNumber });
            try
            {
                await app.StartAsync(cancellation);
            }
            catch (IOException e)
            {
                stderr.WriteLine($"error: cannot listen on 127.0.0.1:{portNumber}: {e.Message} (choose another port; --port 0 picks a free one)");
                return ExitCodes.Failed;
            }

            var address = ServeApp.Address(app);
            stdout.WriteLine($"listening on {address}");
            stdout.Flush();
            if (parse.GetValue(open)) OpenBrowser(address, stderr);

            // Ctrl-C cancels the command's token (and the host's own console handler stops the server): either ends the wait.
            var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellation, stopping);
            try
            {
                await Task.Delay(Timeout.Infinite, either.Token);
            }
            catch (OperationCanceledException)
            {
            }
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await app.StopAsync(grace.Token);
            stderr.WriteLine("interrupted: the server stopped.");
            return ExitCodes.Cancelled;
        });
        return command;
    }

    private static void OpenBrowser(Uri address, TextWriter stderr)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(address.ToString()) { UseShellExecute = true }
                : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", address.ToString());
            using var process = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            stderr.WriteLine($"note: could not open a browser ({e.Message}); open {address} yourself");
        }
    }
}
