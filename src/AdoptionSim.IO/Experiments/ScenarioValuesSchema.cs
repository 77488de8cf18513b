using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// A key of an experiment file whose value is a mapping of scenario key paths to scenario values (an arm's
/// <c>set:</c>, the grid). It is documented like any other key, but its values belong to the scenario schema:
/// <see cref="ExperimentBinder"/> keeps the located YAML node as it is, and every value is checked when the
/// scenario of each (arm, grid point) is loaded, so its errors read exactly as in a scenario file.
/// </summary>
internal sealed class ScenarioValuesSchema(string typeName) : ValueSchema
{
    public override string TypeName { get; } = typeName;

    public override string RangeText => "scenario keys";
}
