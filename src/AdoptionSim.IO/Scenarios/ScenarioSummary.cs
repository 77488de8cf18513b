using AdoptionSim.Core.Parameters;
using AdoptionSim.Model;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Scenarios;

/// <summary>A city as the model will see it: its own attributes, or its class's where it leaves them out.</summary>
public sealed record CitySummary(
    string Name, string Region, string Class, string ClassSource, double Population, double Skills, double Rent);

/// <summary>What <c>adoptionsim validate</c> and <c>describe</c> show, so that the commands stay thin.</summary>
public static class ScenarioSummary
{
    /// <summary>Every error of a scenario file (empty when it is valid).</summary>
    public static IReadOnlyList<ScenarioError> Validate(string path, IReadOnlyList<string>? setOverrides = null)
    {
        try
        {
            ScenarioLoader.Load(path, setOverrides);
            return [];
        }
        catch (ScenarioException e)
        {
            return e.Errors;
        }
    }

    /// <summary>The resolved parameters as YAML, in schema order (cities listed separately: see <see cref="Cities"/>).</summary>
    public static string ParametersYaml(ScenarioSpec spec) => ParameterYamlWriter.Write(ScenarioSchema.Root, spec);

    public static IReadOnlyList<CitySummary> Cities(ScenarioSpec spec) =>
        spec.Cities.Resolved.Select(c =>
        {
            var defaults = spec.Classes.TryGetValue(c.Class, out var d) ? d : new ClassDefaultsSpec();
            return new CitySummary(c.Name, c.Region, c.Class, EnumSchema<ClassSource>.Instance.NameOf(c.ClassSource), c.Population, c.Skills ?? defaults.Skills, c.Rent ?? defaults.Rent);
        }).ToList();
}
