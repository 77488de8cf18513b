using System.CommandLine;

namespace AdoptionSim.Cli.Commands;

/// <summary>The arguments every command that reads a scenario shares.</summary>
internal static class ScenarioArguments
{
    public static Argument<FileInfo> File() => new("file") { Description = "Scenario file (YAML)." };

    public static Option<string[]> Set() => new("--set")
    {
        Description = "Override a parameter after the file: key.path=value (repeatable), e.g. --set adoption.q=0.5.",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Exit code of a command given an invalid scenario.</summary>
    public const int InvalidScenario = ExitCodes.Invalid;

    public static void WriteErrors(TextWriter output, IEnumerable<AdoptionSim.IO.Scenarios.ScenarioError> errors)
    {
        foreach (var error in errors)
        {
            output.WriteLine(error.ToString());
        }
    }
}
