using AdoptionSim.Core.Parameters;
using AdoptionSim.Model;
using AdoptionSim.Model.Capacity;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// Loads a scenario file: YAML (with <c>extends:</c> chains), then <c>--set</c> overrides, bound through
/// <see cref="ScenarioSchema"/>, cities read from the CSV file it names, then cross-field checks. Every
/// problem found is reported at once, located as <c>file:line:col: field.path: message</c>.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads and checks a scenario.</summary>
    /// <param name="path">The scenario file; errors name it as given.</param>
    /// <param name="setOverrides"><c>key.path=value</c> strings, applied in order after the file.</param>
    /// <exception cref="ScenarioException">The scenario has errors; all of them are listed.</exception>
    public static ScenarioSpec Load(string path, IReadOnlyList<string>? setOverrides = null) => Load(path, [], setOverrides);

    /// <summary>
    /// Loads a scenario with overrides written in another file (an experiment's arm <c>set:</c> and grid values),
    /// applied after the scenario's own files and before <paramref name="setOverrides"/>; their errors point into
    /// the file that wrote them.
    /// </summary>
    internal static ScenarioSpec Load(string path, IReadOnlyList<SetOverrides.NodeOverride> nodeOverrides, IReadOnlyList<string>? setOverrides)
    {
        var errors = new ErrorList();
        var files = new ScenarioFiles();
        var document = LoadLayers(Path.GetFullPath(path), path, [], files, errors, referencedAt: null);
        if (document is null)
        {
            errors.ThrowIfAny();
            throw new InvalidOperationException("unreachable: a document that failed to load reports why");
        }

        return Bind(document, path, files, nodeOverrides, setOverrides, errors, allowFiles: true);
    }

    /// <summary>
    /// Loads a scenario written as text rather than read from a file (e.g. pasted into the browser view),
    /// with no access to the file system: <c>extends</c> and <c>cities.file</c> are refused, so the
    /// cities must be written inline. Errors are located in <paramref name="shownAs"/> (e.g. "pasted.yaml").
    /// </summary>
    /// <exception cref="ScenarioException">The scenario has errors; all of them are listed.</exception>
    public static ScenarioSpec LoadText(string yaml, string shownAs, IReadOnlyList<string>? setOverrides = null)
    {
        var errors = new ErrorList();
        RefuseAliases(yaml, shownAs, errors);
        errors.ThrowIfAny();
        var node = YamlDocumentReader.Read(yaml, shownAs, errors);
        if (node is DocScalar { IsNull: true })
        {
            node = new DocMapping(node.Location, []);
        }

        if (node is not DocMapping document)
        {
            if (node is not null)
            {
                errors.Add(node.Location, "", $"a scenario is a mapping of keys to values, got {node.Describe()}");
            }

            errors.ThrowIfAny();
            throw new InvalidOperationException("unreachable: a document that failed to load reports why");
        }

        if (document.Find(ExtendsKey) is { } extends)
        {
            errors.Add(extends.Key.Location, ExtendsKey, "a scenario given as text cannot read other files: copy the keys it needs instead of `extends`");
            document.Entries.Remove(extends);
        }

        return Bind(document, shownAs, new ScenarioFiles(), [], setOverrides, errors, allowFiles: false);
    }

    /// <summary>
    /// Text from outside (a web page) may not use YAML aliases: the document tree shares aliased nodes, so a
    /// few nested aliases would make binding visit exponentially many nodes.
    /// </summary>
    private static void RefuseAliases(string yaml, string shownAs, ErrorList errors)
    {
        var scanner = new YamlDotNet.Core.Scanner(new StringReader(yaml));
        try
        {
            while (scanner.MoveNext())
            {
                if (scanner.Current is YamlDotNet.Core.Tokens.AnchorAlias alias)
                {
                    errors.Add(new SourceLocation(shownAs, (int)alias.Start.Line, (int)alias.Start.Column), "",
                        $"aliases (*{alias.Value}) are not accepted in a scenario given as text: write the value out");
                }
            }
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // A syntax error: the document reader reports it with its location.
        }
    }

    /// <summary>Applies overrides, binds through the schema, resolves the cities and runs the cross-field checks.</summary>
    private static ScenarioSpec Bind(
        DocMapping document, string path, ScenarioFiles files, IReadOnlyList<SetOverrides.NodeOverride> nodeOverrides,
        IReadOnlyList<string>? setOverrides, ErrorList errors, bool allowFiles)
    {
        if (nodeOverrides.Count > 0)
        {
            SetOverrides.Apply(document, nodeOverrides, ScenarioSchema.Root, errors);
        }

        if (setOverrides is { Count: > 0 })
        {
            SetOverrides.Apply(document, setOverrides, ScenarioSchema.Root, errors);
        }

        var spec = ScenarioSchema.Root.Create();
        var locations = new LocationIndex(SourceLocation.StartOf(path));
        new SchemaBinder(errors, locations).BindObject(ScenarioSchema.Root, document, spec, "");
        if (!locations.TryGetPath("name", out _))
        {
            spec.Name = Path.GetFileNameWithoutExtension(path);
        }

        if (allowFiles)
        {
            spec.SourcePath = Path.GetFullPath(path);
        }
        else if (spec.Cities.File is not null && locations.TryGetPath("cities.file", out var fileAt))
        {
            errors.Add(fileAt, "cities.file", "a scenario given as text cannot read files: write the cities under cities.inline");
            spec.Cities.File = null;
        }

        ResolveCities(spec, path, files, locations, errors);
        var issues = ScenarioValidator.Validate(spec).ToList();
        issues.AddRange(ScenarioLimits.Check(spec, otherwiseValid: issues.Count == 0 && !errors.Any));
        foreach (var issue in issues)
        {
            var (fieldPath, at) = locations.Resolve(ScenarioSchema.Root, spec, issue.Owner, issue.Key, issue.Entry);
            if (!errors.HasErrorAt(fieldPath))
            {
                errors.Add(at, fieldPath, issue.Message);
            }
        }

        errors.ThrowIfAny();
        return spec;
    }

    /// <summary>
    /// The document of <paramref name="fullPath"/> merged over the files it extends; null when it cannot be
    /// read or parsed (the reason is in <paramref name="errors"/>).
    /// </summary>
    private static DocMapping? LoadLayers(
        string fullPath, string shownAs, List<string> chain, ScenarioFiles files, ErrorList errors, (SourceLocation At, string Path)? referencedAt)
    {
        var text = ReadText(fullPath, shownAs, errors, referencedAt);
        if (text is null)
        {
            return null;
        }

        files.Remember(shownAs, fullPath);
        var node = YamlDocumentReader.Read(text, shownAs, errors);
        if (node is null)
        {
            return null;
        }

        if (node is DocScalar { IsNull: true })
        {
            node = new DocMapping(node.Location, []);
        }

        if (node is not DocMapping document)
        {
            errors.Add(node.Location, "", $"a scenario file is a mapping of keys to values, got {node.Describe()}");
            return null;
        }

        var extends = document.Find(ExtendsKey);
        if (extends is null)
        {
            return document;
        }

        document.Entries.Remove(extends);
        if (extends.Value is not DocScalar { IsNull: false } target)
        {
            errors.Add(extends.Value.Location, ExtendsKey, $"expected the path of a scenario file, got {extends.Value.Describe()}");
            return null;
        }

        if (InputFile.PathProblem(target.Text!) is { } pathProblem)
        {
            errors.Add(target.Location, ExtendsKey, pathProblem);
            return null;
        }

        var baseFull = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath) ?? "", target.Text!));
        var baseShown = ScenarioFiles.Shown(shownAs, target.Text!);
        var here = chain.Append(fullPath).ToList();
        if (here.Contains(baseFull, StringComparer.Ordinal))
        {
            var cycle = string.Join(" → ", here.SkipWhile(p => p != baseFull).Append(baseFull).Select(files.ShownName));
            errors.Add(target.Location, ExtendsKey, $"extends cycle: {cycle}");
            return null;
        }

        var under = LoadLayers(baseFull, baseShown, here, files, errors, (target.Location, ExtendsKey));
        if (under is null)
        {
            return null;
        }

        under.Entries.RemoveAll(e => NotInherited.Contains(e.Name));
        return (DocMapping)DocumentMerger.Merge(under, document, ScenarioSchema.Root);
    }

    /// <summary>The key that names the file a scenario builds on; a loader directive, not a parameter.</summary>
    public const string ExtendsKey = "extends";

    /// <summary>A file that extends another is its own scenario: it does not take the other's name or description.</summary>
    private static readonly string[] NotInherited = ["name", "description"];

    private static string? ReadText(string fullPath, string shownAs, ErrorList errors, (SourceLocation At, string Path)? referencedAt)
    {
        var (at, fieldPath) = referencedAt ?? (new SourceLocation(shownAs, 0, 0), "");
        if (InputFile.Problem(fullPath) is { } problem)
        {
            errors.Add(at, fieldPath, referencedAt is null ? $"the file {problem}" : $"{ShownText.Value(shownAs)} {problem}");
            return null;
        }

        if (!File.Exists(fullPath))
        {
            errors.Add(at, fieldPath, $"file not found: {ShownText.Value(shownAs)}");
            return null;
        }

        try
        {
            return InputFile.ReadText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            errors.Add(at, fieldPath, $"cannot read {ShownText.Value(shownAs)}: {e.Message}");
            return null;
        }
    }

    /// <summary>Cities of the CSV file (if any), then inline cities, which replace file cities of the same name.</summary>
    private static void ResolveCities(ScenarioSpec spec, string topFile, ScenarioFiles files, LocationIndex locations, ErrorList errors)
    {
        var resolved = new List<CitySpec>();
        var csv = spec.Cities.File;
        if (csv is not null && locations.TryGetPath("cities.file", out var at) && InputFile.PathProblem(csv) is { } pathProblem)
        {
            errors.Add(at, "cities.file", pathProblem);
        }
        else if (csv is not null && locations.TryGetPath("cities.file", out at))
        {
            // Relative to the file that names it; a --set value is relative to the scenario given.
            var writer = at.File == SetOverrides.SourceName ? topFile : at.File;
            var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(files.FullPath(writer)) ?? "", csv));
            var shown = ScenarioFiles.Shown(writer, csv);
            if (InputFile.Problem(full) is { } problem)
            {
                errors.Add(at, "cities.file", $"{ShownText.Value(shown)} {problem}");
            }
            else if (!File.Exists(full))
            {
                errors.Add(at, "cities.file", $"file not found: {ShownText.Value(shown)}");
            }
            else
            {
                try
                {
                    resolved.AddRange(new CityCsvReader(errors, locations).Read(full, shown));
                }
                catch (Exception e) when (e is IOException or CsvHelper.CsvFormatException)
                {
                    errors.Add(SourceLocation.StartOf(shown), "cities.file", $"cannot read the CSV file: {e.Message}");
                }
            }
        }

        // Only file cities are replaced, each once, in file order: two inline cities with one name stay, and the
        // checks report them. The file cities not yet replaced are looked up by name, so this stays linear.
        var fileSlots = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var i = 0; i < resolved.Count; i++)
        {
            if (!fileSlots.TryGetValue(resolved[i].Name, out var slots))
            {
                fileSlots[resolved[i].Name] = slots = new Queue<int>();
            }

            slots.Enqueue(i);
        }

        foreach (var city in spec.Cities.Inline)
        {
            if (city.Name.Length > 0 && fileSlots.TryGetValue(city.Name, out var slots) && slots.TryDequeue(out var same))
            {
                resolved[same] = city;
            }
            else
            {
                resolved.Add(city);
            }
        }

        spec.Cities.Resolved = resolved;
    }
}
