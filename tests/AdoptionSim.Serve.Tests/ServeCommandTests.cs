using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AdoptionSim.Cli;
using AdoptionSim.Cli.Commands;

namespace AdoptionSim.Serve.Tests;

/// <summary><c>adoptionsim serve</c> as a user runs it: a process that prints its address and stops on Ctrl-C with exit code 130.</summary>
public class ServeCommandTests
{
    private static (int Exit, string Output, string Error) RunInProcess(params string[] args)
    {
        var config = new InvocationConfiguration { Output = new StringWriter(), Error = new StringWriter() };
        var exit = Program.CreateRoot().Parse(args).Invoke(config);
        return (exit, config.Output.ToString()!, config.Error.ToString()!);
    }

    [Fact]
    public async Task It_listens_on_127_0_0_1_and_Ctrl_C_stops_it_with_exit_code_130()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "adoptionsim.dll"), "serve", "--port", "0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            line.Should().MatchRegex(@"^listening on http://127\.0\.0\.1:\d+/$");
            var address = new Uri(line!["listening on ".Length..]);
            address.Port.Should().BeGreaterThan(0, "--port 0 picks a free port and prints it");
            using (var http = new HttpClient())
                (await http.GetStringAsync(address)).Should().Contain("<title>AdoptionSim live");

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()])) await kill.WaitForExitAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            process.ExitCode.Should().Be(ExitCodes.Cancelled);
            (await process.StandardError.ReadToEndAsync()).Should().Contain("interrupted: the server stopped.");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void A_bad_port_is_a_usage_error_and_a_taken_port_a_clear_failure()
    {
        var (exit, _, error) = RunInProcess("serve", "--port", "70000");
        exit.Should().Be(ExitCodes.Usage);
        error.Should().Contain("--port must be between 0 and 65535");

        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        (exit, _, error) = RunInProcess("serve", "--port", port.ToString());
        exit.Should().Be(ExitCodes.Failed);
        error.Should().Contain($"cannot listen on 127.0.0.1:{port}").And.Contain("--port 0 picks a free one");
    }
}
