namespace AdoptionSim.Model.Scenario;

public enum PolicyType
{
    InnovationFund,
    BusinessRateCut,
    PublicProcurement,
    Broker,
    EnterpriseZone,
    MultiAreaAgreement,
    Skills,
    Allocation,
}

public static class PolicyTypes
{
    /// <summary>Names in scenario files, in enum order.</summary>
    public static readonly string[] Names =
        ["innovation_fund", "business_rate_cut", "public_procurement", "broker", "enterprise_zone", "multi_area_agreement", "skills", "allocation"];

    public static PolicyType Parse(string name)
    {
        var index = Array.IndexOf(Names, name);
        if (index < 0) throw new ArgumentException($"unknown policy type '{name}', expected one of {string.Join(", ", Names)}");
        return (PolicyType)index;
    }
}
