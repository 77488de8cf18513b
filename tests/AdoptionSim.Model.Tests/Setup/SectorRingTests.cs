using AdoptionSim.Model.Setup;

namespace AdoptionSim.Model.Tests.Setup;

public sealed class SectorRingTests
{
    [Fact]
    public void Groups_A_Citys_Firms_By_Sector_In_Index_Order_With_Their_Positions()
    {
        // Firms 0..1 belong to another city; the city is firms 2..8.
        byte[] sector = [9, 9, 3, 0, 3, 3, 255, 0, 3];

        var ring = SectorRing.Of(sector, 2, 9);

        ring.Members(3).ToArray().Should().Equal(2, 4, 5, 8);
        ring.Members(0).ToArray().Should().Equal(3, 7);
        ring.Members(255).ToArray().Should().Equal(6);
        ring.Members(9).ToArray().Should().BeEmpty("firms outside the city are not in its ring");
        ring.Position.Should().Equal(0, 0, 1, 2, 0, 1, 3);
    }
}
