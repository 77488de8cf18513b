using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// An arm's <c>set:</c>: scenario key paths and the located values written for them, applied to the arm's
/// scenario like <c>run --set</c> (errors in the values point into the experiment file), and the same as
/// YAML text for experiment.json.
/// </summary>
internal static class ArmOverrides
{
    public static (List<KeyValuePair<string, string>> Set, List<SetOverrides.NodeOverride> Overrides) Read(DocNode? node, string armPath, ErrorList errors)
    {
        var set = new List<KeyValuePair<string, string>>();
        var overrides = new List<SetOverrides.NodeOverride>();
        if (node is null)
        {
            return (set, overrides);
        }

        var path = LocationIndex.Join(armPath, "set");
        if (node is not DocMapping mapping)
        {
            errors.Add(node.Location, path, $"expected a mapping of scenario key paths to values (e.g. adoption.q: 0.5), got {node.Describe()}");
            return (set, overrides);
        }

        foreach (var entry in mapping.Entries)
        {
            if (!SetOverrides.IsKeyPath(entry.Name))
            {
                errors.Add(entry.Key.Location, $"{path}.{entry.Name}", $"expected a scenario key path such as adoption.q or ideas[0].complexity, got '{ShownText.Value(entry.Name)}'");
                continue;
            }

            set.Add(new(entry.Name, YamlText(entry.Value)));
            overrides.Add(new SetOverrides.NodeOverride(entry.Name, entry.Key.Location, entry.Value));
        }

        return (set, overrides);
    }

    /// <summary>A value written back as one line of YAML (flow style), for experiment.json.</summary>
    internal static string YamlText(DocNode node) => node switch
    {
        DocScalar { IsNull: true } => "null",
        DocScalar { Quoted: true } s => "\"" + s.Text!.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        DocScalar s => s.Text!,
        DocSequence q => "[" + string.Join(", ", q.Items.Select(YamlText)) + "]",
        DocMapping m => "{" + string.Join(", ", m.Entries.Select(e => $"{e.Name}: {YamlText(e.Value)}")) + "}",
        _ => node.Describe(),
    };
}
