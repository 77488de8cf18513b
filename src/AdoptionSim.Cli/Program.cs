using System.CommandLine;
using AdoptionSim.Cli.Commands;
using AdoptionSim.Core;

namespace AdoptionSim.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        using var signals = new InterruptSignals();
        // Signals are ours (InterruptSignals), not System.CommandLine's, which would end the process after 2 s.
        return Invoke(CreateRoot(), args, new InvocationConfiguration { ProcessTerminationTimeout = null }, signals.Token);
    }

    /// <summary>
    /// Parses and runs a command line: a line the parser rejects is one "usage:" line on the error writer and
    /// exit code 64 (<see cref="UsageErrors"/>); otherwise the command's action runs with <paramref name="cancellation"/>.
    /// Tests call this with their own writers and command tree.
    /// </summary>
    public static int Invoke(Command root, string[] args, InvocationConfiguration configuration, CancellationToken cancellation = default)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            configuration.Error.WriteLine(UsageErrors.Describe(parse));
            return ExitCodes.Usage;
        }

        return parse.InvokeAsync(configuration, cancellation).GetAwaiter().GetResult();
    }

    /// <summary>The command tree; tests invoke it with their own output writers.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand($"AdoptionSim {BuildInfo.Version}: agent-based simulation of innovation by adoption across cities.");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(DescribeCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(PlotCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(SweepCommand.Create());
        root.Subcommands.Add(SummarizeCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(CalibrateCommand.Create());
        root.Subcommands.Add(SensitivityCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }
}
