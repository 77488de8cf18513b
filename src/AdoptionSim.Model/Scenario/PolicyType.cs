namespace AdoptionSim.Model.Scenario;

/// <summary>Which lever a policy is; file names in snake_case (innovation_fund, …), see <see cref="PolicySpec.Schema"/>.</summary>
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
