using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// Checks of the <c>governance</c> section that no single field shows: the outcome probabilities sum to 1, and
/// the regions and classes it names exist. Only when the layer is enabled, so a scenario that does not use it
/// is never refused for it.
/// </summary>
internal static class GovernanceChecks
{
    /// <summary>Tolerance on the sum of the outcome probabilities (they are written by hand, to a few decimals).</summary>
    public const double SumTolerance = 1e-6;

    public static void Check(ScenarioSpec spec, IReadOnlyList<CitySpec> cities, List<ScenarioIssue> issues)
    {
        var governance = spec.Governance;
        if (!governance.Enabled) return;
        var outcomes = governance.Outcomes;
        if (Math.Abs(outcomes.Sum - 1) > SumTolerance)
        {
            issues.Add(new ScenarioIssue(outcomes, null,
                $"the outcome probabilities of a critical moment must sum to 1 (stay + fall_back + skip + forward = {outcomes.Sum:R})"));
        }

        var regions = cities.Select(c => string.IsNullOrEmpty(c.FunctionalRegion) ? c.Name : c.FunctionalRegion).Distinct().ToList();
        foreach (var name in governance.StyleByRegion.Keys.Where(n => !regions.Contains(n)))
            issues.Add(Unknown(governance, FieldSchema.KeyOf((GovernanceSpec g) => g.StyleByRegion), "functional region", name, regions));
        foreach (var name in governance.DispersalByRegion.Keys.Where(n => !regions.Contains(n)))
            issues.Add(Unknown(governance, FieldSchema.KeyOf((GovernanceSpec g) => g.DispersalByRegion), "functional region", name, regions));
        foreach (var name in governance.DispersalByClass.Keys.Where(n => !spec.Classes.ContainsKey(n)))
            issues.Add(Unknown(governance, FieldSchema.KeyOf((GovernanceSpec g) => g.DispersalByClass), "class", name, spec.Classes.Keys));
    }

    private static ScenarioIssue Unknown(GovernanceSpec owner, string key, string what, string name, IEnumerable<string> known)
    {
        var suggestion = NameSuggester.Closest(name, known.ToList());
        var message = $"no {what} '{name}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?");
        return new ScenarioIssue(owner, key, message, name);
    }
}
