using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Setup;

public static class SectorTableFactory
{
    public static SectorTable Create(IReadOnlyList<SectorSpec> sectors)
    {
        if (sectors.Count is 0 or > 255) throw new ArgumentException("a scenario needs between 1 and 255 sectors");
        return new SectorTable
        {
            Names = sectors.Select(s => s.Name).ToArray(),
            Labels = sectors.Select(s => string.IsNullOrEmpty(s.Label) ? s.Name : s.Label).ToArray(),
            InventionMultiplier = sectors.Select(s => s.InventionMultiplier).ToArray(),
            CrossRelevance = sectors.Select(s => s.CrossRelevance).ToArray(),
        };
    }
}
