namespace AdoptionSim.Model.Scenario;

/// <summary>
/// Which lever a policy is (<c>policies[].type</c>): what a scenario needs to know of it, its name and the
/// checks of its fields. Each lever is one file under <c>Policies/Levers/</c>, a <c>LeverDefinition</c>, which
/// adds what it does each tick; <c>LeverCatalog</c> lists them.
/// </summary>
public abstract class LeverType
{
    private protected LeverType()
    {
    }

    /// <summary>The name in scenario files and in policy_ticks.parquet's <c>type</c>, e.g. "innovation_fund".</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Checks of the lever's own fields that no range can express (the targets, window and budget every lever
    /// has are checked by <see cref="ScenarioValidator"/>); report each problem with <see cref="LeverCheck.Report"/>.
    /// </summary>
    public virtual void Validate(PolicySpec policy, LeverCheck check)
    {
    }

    public override string ToString() => Name;
}

/// <summary>What a lever's own checks see: the scenario's sector and city names, and where problems go.</summary>
public sealed class LeverCheck(PolicySpec policy, IReadOnlyList<string> sectors, IReadOnlyList<string> cities, List<ScenarioIssue> issues)
{
    public IReadOnlyList<string> Sectors { get; } = sectors;

    public IReadOnlyList<string> Cities { get; } = cities;

    /// <summary>A problem with one parameter of the policy (located at its key when the loader reports it).</summary>
    public void Report(PolicyParameter parameter, string message) => issues.Add(new ScenarioIssue(policy, parameter.Key, message));
}
