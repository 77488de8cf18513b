using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Tests.Scenarios;

/// <summary>A temporary folder of scenario files; errors are compared with the files' names in it.</summary>
public sealed class TempScenarios : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("adoptionsim-scenario-").FullName;

    /// <summary>Writes a file and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public ScenarioSpec Load(string name, params string[] sets) => ScenarioLoader.Load(Path.Combine(Dir, name), sets);

    /// <summary>The errors of loading a file, formatted, with the folder left out of file names.</summary>
    public List<string> Errors(string name, params string[] sets)
    {
        var act = () => Load(name, sets);
        var errors = act.Should().Throw<ScenarioException>().Which.Errors;
        return errors.Select(e => e.ToString().Replace(Dir + Path.DirectorySeparatorChar, "")).ToList();
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

public static class Repo
{
    /// <summary>The repository root (the folder with AdoptionSim.sln), found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AdoptionSim.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No AdoptionSim.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>YAML snippets the tests share.</summary>
public static class Snippets
{
    /// <summary>One valid city, so that a file is a complete scenario.</summary>
    public const string OneCity = """
        cities:
          inline:
            - name: A
              population: 100000
        """;
}
