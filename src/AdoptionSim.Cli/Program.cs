using System.CommandLine;
using AdoptionSim.Cli.Commands;
using AdoptionSim.Core;

namespace AdoptionSim.Cli;

public static class Program
{
    public static int Main(string[] args) => CreateRoot().Parse(args).Invoke();

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
