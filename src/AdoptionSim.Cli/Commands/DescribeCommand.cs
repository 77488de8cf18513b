using System.CommandLine;
using System.Globalization;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;
using Spectre.Console;

namespace AdoptionSim.Cli.Commands;

/// <summary><c>adoptionsim describe FILE [--set k=v]…</c>: the resolved parameters and a table of the cities.</summary>
public static class DescribeCommand
{
    public static Command Create()
    {
        var file = ScenarioArguments.File();
        var set = ScenarioArguments.Set();
        var command = new Command("describe", "Print a scenario's resolved parameters (every default filled in) and a table of its cities.")
        {
            file, set,
        };
        command.SetAction(parseResult => CommandErrors.Guard(parseResult.InvocationConfiguration.Error, () =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var path = parseResult.GetRequiredValue(file).ToString();
            AdoptionSim.Model.Scenario.ScenarioSpec spec;
            try
            {
                spec = ScenarioLoader.Load(path, parseResult.GetValue(set) ?? []);
            }
            catch (ScenarioException e)
            {
                ScenarioArguments.WriteErrors(output, e.Errors);
                return ScenarioArguments.InvalidScenario;
            }

            output.WriteLine($"# {spec.Name}: resolved parameters of {path}");
            output.WriteLine($"# {RunMemory.Describe(spec)}");
            output.Write(ScenarioSummary.ParametersYaml(spec));
            output.WriteLine();
            WriteCities(output, ScenarioSummary.Cities(spec));
            return 0;
        }));
        return command;
    }

    private static void WriteCities(TextWriter output, IReadOnlyList<CitySummary> cities)
    {
        // A terminal gets colours and its own width; a pipe or file gets plain text, wide enough not to wrap.
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            console.Profile.Width = 160;
        }

        var table = new Table().Title($"Cities ({cities.Count})");
        table.AddColumn("City");
        table.AddColumn("Region");
        table.AddColumn("Class");
        table.AddColumn("Class source");
        table.AddColumn(new TableColumn("Population").RightAligned());
        table.AddColumn(new TableColumn("Skills").RightAligned());
        table.AddColumn(new TableColumn("Rent").RightAligned());
        foreach (var c in cities)
        {
            table.AddRow(
                Markup.Escape(c.Name), Markup.Escape(c.Region), Markup.Escape(c.Class), Markup.Escape(c.ClassSource),
                c.Population.ToString("N0", CultureInfo.InvariantCulture),
                c.Skills.ToString("0.00", CultureInfo.InvariantCulture),
                c.Rent.ToString("0.00", CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }
}
