using System.Linq.Expressions;
using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// The scenario file format: every key of <see cref="ScenarioSpec"/> with its type, range, default and doc.
/// Each parameter is declared once, in the spec class that holds it — the property gives the name (the
/// key is its snake_case form) and the default, one schema line gives range and doc:
/// <code>
/// public sealed class AdoptionSpec
/// {
///     public double Q { get; set; } = 0.38;
///     public static ObjectSchema&lt;AdoptionSpec&gt; Schema { get; } = new ObjectSchema&lt;AdoptionSpec&gt;("adoption", () =&gt; new AdoptionSpec(), "…")
///         .Number(a =&gt; a.Q, NumberRange.NonNegative, "Imitation coefficient q per year.");
/// }
/// </code>
/// Choices are enums (<see cref="EnumSchema{T}"/> names them). From this tree the loader binds files and
/// <c>--set</c>, docs/scenarios.md is generated, <c>describe</c> prints a scenario and run provenance writes
/// the canonical JSON (<see cref="ParameterJsonWriter"/>).
/// </summary>
public static class ScenarioSchema
{
    public static ObjectSchema<ScenarioSpec> Root => ScenarioSpec.Schema;

    /// <summary>The key path of a parameter, e.g. <c>["adoption", "q"]</c> for <c>s =&gt; s.Adoption.Q</c>, to read it back from the canonical JSON.</summary>
    public static string[] PathOf<TValue>(Expression<Func<ScenarioSpec, TValue>> parameter) => Root.PathOf(parameter);
}
