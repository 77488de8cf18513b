using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// Binds an experiment document through the scenario files' <see cref="SchemaBinder"/>. The entries of
/// <see cref="ScenarioValuesSchema"/> keys (scenario values, which the binder has no type for) are taken out
/// of their mappings first, in objects and in lists of objects, and stored as their located YAML nodes once
/// the rest is bound; everything else is bound, checked and located exactly as in a scenario file.
/// </summary>
internal sealed class ExperimentBinder(ErrorList errors, LocationIndex locations)
{
    public void Bind(ObjectSchema schema, DocNode node, object target, string path)
    {
        var held = Hold(schema, node);
        new SchemaBinder(errors, locations).BindObject(schema, node, target, path);
        Restore(held, target, path);
    }

    /// <summary>Scenario-value entries taken out of one mapping, and those of the objects below it (by field, and item index for lists).</summary>
    private sealed record Held(List<(FieldSchema Field, DocEntry Entry)> Own, List<(FieldSchema Field, int? Item, Held Inner)> Below);

    private static Held Hold(ObjectSchema schema, DocNode node)
    {
        var held = new Held([], []);
        if (node is not DocMapping mapping)
        {
            return held;
        }

        foreach (var entry in mapping.Entries.ToList())
        {
            switch (schema.FindField(entry.Name))
            {
                case { Schema: ScenarioValuesSchema } field:
                    mapping.Entries.Remove(entry);
                    held.Own.Add((field, entry));
                    break;
                case { Schema: ObjectSchema child } field:
                    held.Below.Add((field, null, Hold(child, entry.Value)));
                    break;
                case { Schema: ListSchema { Item: ObjectSchema item } } field when entry.Value is DocSequence sequence:
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        held.Below.Add((field, i, Hold(item, sequence.Items[i])));
                    }

                    break;
            }
        }

        return held;
    }

    private void Restore(Held held, object target, string path)
    {
        foreach (var (field, entry) in held.Own)
        {
            var fieldPath = LocationIndex.Join(path, field.Key);
            locations.RecordField(target, field.Key, fieldPath, entry.Value.Location);
            field.SetValue(target, entry.Value is DocScalar { IsNull: true } ? null : entry.Value);
        }

        // Each list's items are read once: reading them per item made a file with thousands of arms quadratic.
        var itemsOf = new Dictionary<FieldSchema, IReadOnlyList<object?>>();
        foreach (var (field, item, inner) in held.Below)
        {
            var value = field.GetValue(target);
            if (item is { } i && field.Schema is ListSchema list && value is not null)
            {
                if (!itemsOf.TryGetValue(field, out var items))
                {
                    itemsOf[field] = items = list.Items(value);
                }

                if (i < items.Count)
                {
                    Restore(inner, items[i]!, $"{LocationIndex.Join(path, field.Key)}[{i}]");
                }
            }
            else if (item is null && value is not null)
            {
                Restore(inner, value, LocationIndex.Join(path, field.Key));
            }
        }
    }
}
