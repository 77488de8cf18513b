using System.CommandLine;

namespace AdoptionSim.Cli.Tests;

/// <summary>Runs commands in-process with captured output, and finds the repository.</summary>
internal static class CliTestSupport
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args) => Run(Program.CreateRoot(), args);

    public static (int ExitCode, string Output, string Error) Run(Command root, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Invoke(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AdoptionSim.sln"))) return dir.FullName;
        throw new InvalidOperationException("AdoptionSim.sln not found");
    }

    public static string Scenario(string name) => Path.Combine(RepoRoot(), "scenarios", name);

    /// <summary>A small run (two cities, 8 quarterly ticks, under a second) into <paramref name="dir"/>.</summary>
    public static string TwoCitiesRun(string dir, int ticks = 8)
    {
        var (exit, _, error) = Run("run", Scenario("two-cities.yaml"), "--ticks", ticks.ToString(), "--out", dir, "--force");
        if (exit != 0) throw new InvalidOperationException($"run failed ({exit}): {error}");
        return dir;
    }
}
