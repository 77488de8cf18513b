using System.CommandLine;

namespace AdoptionSim.Cli.Tests;

/// <summary>Runs the command tree in-process with captured output, and finds the repository's files.</summary>
internal static class CliHarness
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.CreateRoot().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AdoptionSim.sln"))) return dir.FullName;
        throw new InvalidOperationException("AdoptionSim.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Scenario(string name) => Path.Combine(RepoRoot(), "scenarios", name);
}
