using System.CommandLine;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim validate FILE [--set k=v]…</c>: every error of a scenario, or "valid".</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var file = ScenarioArguments.File();
        var set = ScenarioArguments.Set();
        var command = new Command("validate", "Check a scenario file and print every error as file:line:col: field.path: message (exit code 2 if any).")
        {
            file, set,
        };
        command.SetAction(parseResult => CommandErrors.Guard(parseResult.InvocationConfiguration.Error, () =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            // FileInfo.ToString() is the path as typed, so errors name the file the way the user did.
            var errors = ScenarioSummary.Validate(parseResult.GetRequiredValue(file).ToString(), parseResult.GetValue(set) ?? []);
            if (errors.Count == 0)
            {
                output.WriteLine("valid");
                return 0;
            }

            ScenarioArguments.WriteErrors(output, errors);
            return ScenarioArguments.InvalidScenario;
        }));
        return command;
    }
}
