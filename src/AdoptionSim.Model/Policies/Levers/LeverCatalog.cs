using AdoptionSim.Core.Parameters;
using AdoptionSim.Model.Scenario;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// Every lever, in the order scenario docs and messages list them. A new lever is one file under
/// <c>Policies/Levers/</c> plus its line here (a test fails if a <see cref="LeverDefinition"/> is left out).
/// </summary>
public static class LeverCatalog
{
    public static IReadOnlyList<LeverDefinition> All { get; } =
    [
        InnovationFund.Instance,
        BusinessRateCut.Instance,
        PublicProcurement.Instance,
        Broker.Instance,
        EnterpriseZone.Instance,
        MultiAreaAgreement.Instance,
        Skills.Instance,
        Allocation.Instance,
    ];

    /// <summary>The type of a policy that does not write one.</summary>
    public static LeverDefinition Default => InnovationFund.Instance;

    /// <summary><c>policies[].type</c>: a lever by its name.</summary>
    public static ChoiceSchema<LeverType> TypeSchema { get; } =
        new(All.Select(l => new KeyValuePair<LeverType, string>(l, l.Name)).ToList());

    /// <summary>The levers that read a parameter, in catalogue order.</summary>
    public static IEnumerable<LeverDefinition> Readers(PolicyParameter parameter) => All.Where(l => l.Reads.Contains(parameter));
}
