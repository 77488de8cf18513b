using System.Linq.Expressions;
using AdoptionSim.Core.Parameters;
using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model;

/// <summary>
/// The scenario file format: every key of <see cref="ScenarioSpec"/> with its type, range, default and doc.
/// Each parameter is declared once, in the spec class that holds it — the property gives the name (the key is
/// its snake_case form) and the default, one schema line gives range and doc:
/// <code>
/// public sealed class AdoptionSpec
/// {
///     public double Q { get; set; } = 0.38;
///     public static ObjectSchema&lt;AdoptionSpec&gt; Schema { get; } = new ObjectSchema&lt;AdoptionSpec&gt;("adoption", () =&gt; new AdoptionSpec(), "…")
///         .Number(a =&gt; a.Q, NumberRange.NonNegative, "Imitation coefficient q per year.");
/// }
/// </code>
/// Choices are enums (<see cref="EnumSchema{T}"/> names them); lever parameters are declared in the lever files
/// (<see cref="PolicyParameter"/>, <see cref="PolicySchema"/>). From this tree the loader binds files and
/// <c>--set</c>, docs/scenarios.md is generated, <c>describe</c> prints a scenario and run provenance writes the
/// canonical JSON (<see cref="ParameterJsonWriter"/>). The top-level keys are declared here rather than in
/// <see cref="ScenarioSpec"/> because they include the policies, whose schema comes from the lever catalogue.
/// </summary>
public static class ScenarioSchema
{
    public static ObjectSchema<ScenarioSpec> Root { get; } =
        new ObjectSchema<ScenarioSpec>("scenario", () => new ScenarioSpec(), "A scenario: every key has a default, so an empty file is a valid scenario (apart from needing a city).")
            .Text(s => s.Name, "Name used in outputs (run folders, the `scenario` column). Not inherited through `extends`.", defaultText: "the file name without extension")
            .Text(s => s.Description, "What the scenario is for. Not inherited through `extends`.")
            .Long(s => s.Seed, "Seed of every random stream (`run --seed` overrides it).")
            .Integer(s => s.Ticks, 0, "Number of ticks to run (`run --ticks` overrides it).")
            .Object(s => s.Tick, TickSpec.Schema, "Length and name of one tick.")
            .Object(s => s.Cities, CitiesSpec.Schema, "The system of cities.")
            .Map(s => s.Classes, ClassDefaultsSpec.Schema, MapMerge.MergeEntries, "Default attributes by typology class; written classes update or add to the five Streets Ahead classes.")
            .List(s => s.Sectors, SectorSpec.Schema, "The sectors; a written list replaces the default four.")
            .Object(s => s.Firms, FirmsSpec.Schema, "Firm counts and attributes.")
            .Object(s => s.Network, NetworkSpec.Schema, "Ties between firms.")
            .Object(s => s.Adoption, AdoptionSpec.Schema, "The adoption hazard.")
            .Object(s => s.Invention, InventionSpec.Schema, "Invention of new ideas.")
            .List(s => s.Ideas, IdeaSpec.Schema, "Ideas written in the scenario (on top of invented ones).")
            .Object(s => s.Brokers, BrokersSpec.Schema, "Brokers.")
            .Object(s => s.Feedbacks, FeedbacksSpec.Schema, "Switches for the cumulative-causation mechanisms.")
            .Object(s => s.Economy, EconomySpec.Schema, "Productivity, margins, entry, exit, relocation and rents.")
            .Object(s => s.Migration, MigrationSpec.Schema, "Skilled workers moving between cities.")
            .List(s => s.Policies, PolicySchema.Policy, "Policy levers (none by default).")
            .Object(s => s.Governance, GovernanceSpec.Schema, "The governance layer: regional innovation journeys and leadership styles (off by default).")
            .Object(s => s.Outputs, OutputsSpec.Schema, "Outputs of a run.");

    /// <summary>The key path of a parameter, e.g. <c>["adoption", "q"]</c> for <c>s =&gt; s.Adoption.Q</c>, to read it back from the canonical JSON.</summary>
    public static string[] PathOf<TValue>(Expression<Func<ScenarioSpec, TValue>> parameter) => Root.PathOf(parameter);
}
