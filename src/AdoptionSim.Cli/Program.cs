using System.CommandLine;
using AdoptionSim.Core;

namespace AdoptionSim.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand($"AdoptionSim {BuildInfo.Version}: agent-based simulation of innovation by adoption across cities.");
        return root.Parse(args).Invoke();
    }
}
