using System.Globalization;
using System.Text.RegularExpressions;
using AdoptionSim.Core.Parameters;
using AdoptionSim.Model;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Serve;

/// <summary>A control on the page: a scenario key, its schema doc line and range, and the value the run has.</summary>
public sealed record SliderView(string Key, string Label, string Doc, string Kind, double Min, double Max, double Step, object Value, string Range, string Unit);

/// <summary>
/// The parameters a lesson varies, as sliders and switches. Only these keys can be set from the page.
/// Each one's meaning and allowed range are read from <see cref="ScenarioSchema"/> at run time (never
/// copied), its value from the loaded scenario; the teaching range here only sets where the slider runs.
/// </summary>
public static partial class ParameterSliders
{
    private sealed record Definition(string Key, string Label, double Min, double Max, double Step, string Unit, Func<ScenarioSpec, bool> Applies);

    private static bool Networked(ScenarioSpec s) => s.Network.Mixing != Mixing.Full;

    private static bool Brokered(ScenarioSpec s) => Networked(s) && s.Brokers.Enabled;

    private static readonly Definition[] Definitions =
    [
        new("adoption.p", "External influence p", 0, 0.2, 0.005, "per year", _ => true),
        new("adoption.q", "Imitation q", 0, 1.5, 0.01, "per year", _ => true),
        new("brokers.university.capacity", "University broker capacity", 0, 100, 1, "introductions", Brokered),
        new("brokers.lep.capacity", "LEP broker capacity", 0, 100, 1, "introductions", Brokered),
        new("brokers.local_authority.capacity", "Local authority broker capacity", 0, 100, 1, "introductions", Brokered),
        new("network.brokered_trust", "Trust in brokered ties", 0, 1, 0.05, "", Brokered),
        new("invention.enabled", "Firms invent new ideas", 0, 1, 1, "", Networked),
        new("feedbacks.exit", "Loss-making firms exit", 0, 1, 1, "", Networked),
        new("feedbacks.entry", "New firms replace them", 0, 1, 1, "", Networked),
        new("feedbacks.relocation", "Firms relocate", 0, 1, 1, "", Networked),
        new("feedbacks.rents", "Rents rise with crowding", 0, 1, 1, "", Networked),
        new("feedbacks.migration", "Skilled people move", 0, 1, 1, "", Networked),
        new("policies[0].budget", "Budget of the lever", 0, 0, 0, "£", s => s.Policies.Count > 0),
    ];

    /// <summary>Every key the page may set, in the order the page shows them (and overrides are applied).</summary>
    public static IReadOnlyList<string> Keys { get; } = Definitions.Select(d => d.Key).ToArray();

    /// <summary>The sliders that mean something for this scenario, at its values.</summary>
    public static IReadOnlyList<SliderView> For(ScenarioSpec spec) =>
        Definitions.Where(d => d.Applies(spec)).Select(d => View(d, spec)).ToList();

    private static SliderView View(Definition d, ScenarioSpec spec)
    {
        var (field, owner) = Resolve(d.Key, spec);
        var value = field.GetValue(owner);
        var label = d.Key.StartsWith("policies", StringComparison.Ordinal) ? $"Budget of {spec.Policies[0].Label}" : d.Label;
        switch (field.Schema)
        {
            case BooleanSchema:
                return new SliderView(d.Key, label, field.Doc, "boolean", 0, 1, 1, value ?? false, "", d.Unit);
            case NumberSchema number:
                {
                    var x = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    // A budget runs from 0 to twice the scenario's; other sliders widen to include a value set outside their range.
                    var (min, max, step) = d.Max > d.Min ? (d.Min, Math.Max(d.Max, x), d.Step) : (0.0, Math.Max(1, 2 * x), Math.Max(1, 2 * x) / 50);
                    min = Math.Max(min, number.Range.Min);
                    if (number.Range.Max < max) max = number.Range.Max;
                    return new SliderView(d.Key, label, field.Doc, "number", min, max, step, x, number.RangeText, d.Unit);
                }
            default:
                throw new InvalidOperationException($"slider {d.Key}: the schema type {field.Schema.TypeName} has no control");
        }
    }

    /// <summary>The field a key path names and the object that holds it, walking the schema and the scenario together.</summary>
    private static (FieldSchema Field, object Owner) Resolve(string key, ScenarioSpec spec)
    {
        ObjectSchema schema = ScenarioSchema.Root;
        object owner = spec;
        var segments = key.Split('.');
        for (var i = 0; ; i++)
        {
            var match = Segment().Match(segments[i]);
            var field = schema.FindField(match.Groups[1].Value) ?? throw new InvalidOperationException($"slider {key}: the schema has no '{segments[i]}'");
            if (i == segments.Length - 1) return (field, owner);
            var child = field.GetValue(owner) ?? throw new InvalidOperationException($"slider {key}: '{segments[i]}' is null");
            var childSchema = field.Schema;
            if (match.Groups[2].Success)
            {
                var list = (ListSchema)childSchema;
                child = list.Items(child)[int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)]!;
                childSchema = list.Item;
            }
            schema = (ObjectSchema)childSchema;
            owner = child;
        }
    }

    [GeneratedRegex(@"^([a-z_]+)(?:\[(\d+)\])?$")]
    private static partial Regex Segment();
}
