using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// How lever money turns into activity. <see cref="Activity"/> is the one place it does: of the £ a lever pays in
/// a city, only <see cref="CityState.LeverAbsorption"/> of them become activity (introductions, outreach, relief,
/// lead-market contracts, training, grants); the rest is spent without effect ("leaks", reported as
/// spend_leaked). A purchase is first afforded from a pot, what the city may spend on it this tick
/// (<see cref="Afford"/>), then paid (<see cref="Pay"/>). Model firms are lumpy (one stands for tens of real
/// ones): support for a firm in a tick (relief, a contract, training) is divisible, and the last firm the money
/// reaches gets part of it (<see cref="BuyShare"/>); an introduction, outreach or a grant is not, and one the pot
/// covers only in part goes ahead with probability pot / price, so spending equals the pot on average whatever
/// the price, and a city whose share per tick is smaller than one purchase still spends its share over time.
/// The lever's whole budget is never exceeded.
/// </summary>
public static class LeverSpending
{
    /// <summary>
    /// Pays <paramref name="pounds"/> £ in a city and returns the £ of activity they buy: pounds × the city's
    /// lever absorption (1 without a governance layer); the rest leaks.
    /// </summary>
    public static double Activity(World world, Lever lever, int city, double pounds)
    {
        if (pounds <= 0) return 0;
        var absorbed = pounds * Absorption(world, city);
        lever.Pay(city, pounds, absorbed);
        return absorbed;
    }

    /// <summary>Share of lever money that turns into activity in a city, in [0, 1].</summary>
    public static double Absorption(World world, int city) => Math.Clamp(world.CityState.LeverAbsorption[city], 0.0, 1.0);

    /// <summary>
    /// Whether a purchase of <paramref name="unit"/> £ of activity (before leaks; its price is unit / absorption)
    /// goes ahead from <paramref name="pot"/>: surely when the pot covers the price, with probability pot / price
    /// (<paramref name="u"/> uniform in [0, 1)) when it covers part, never beyond the lever's budget, and never
    /// where no money turns into activity. Takes the price from the pot when it does (the pot may go negative); a
    /// pot that covered part of a price and lost the draw is used up (set to 0), so that it gets one draw only.
    /// </summary>
    public static bool Afford(World world, Lever lever, int city, double unit, ref double pot, double u)
    {
        var absorption = Absorption(world, city);
        if (absorption <= 0 || pot <= 0) return false;
        var price = unit / absorption;
        if (price > lever.Remaining * (1 + 1e-12)) return false;
        if (price > pot && u * price >= pot)
        {
            pot = 0;
            return false;
        }
        pot -= price;
        return true;
    }

    /// <summary>Pays for a purchase of <paramref name="unit"/> £ of activity that <see cref="Afford"/> let go ahead.</summary>
    public static void Pay(World world, Lever lever, int city, double unit)
    {
        if (unit <= 0) return;
        Activity(world, lever, city, Math.Min(unit / Absorption(world, city), lever.Remaining));
    }

    /// <summary>
    /// Buys as much as it can, up to all, of a divisible purchase of <paramref name="unit"/> £ of activity (a firm's
    /// relief, contract or training for the tick) from <paramref name="pot"/> (at most what the city may spend this
    /// tick); returns the share bought, in [0, 1], and takes its price from the pot. The last firm the money reaches
    /// gets part of the support, so a city spends exactly its pot.
    /// </summary>
    public static double BuyShare(World world, Lever lever, int city, double unit, ref double pot)
    {
        var absorption = Absorption(world, city);
        var money = Math.Min(Math.Min(pot, lever.Left[city]), lever.Remaining);
        if (absorption <= 0 || money <= 0) return 0;
        var price = unit / absorption;
        if (price <= 0) return 1;
        var share = Math.Min(1.0, money / price);
        Activity(world, lever, city, share * price);
        pot -= share * price;
        return share;
    }

    /// <summary>
    /// Where no lever money turns into activity (absorption 0), the city still spends what it may this tick, all
    /// of it leaking; returns whether that is so (the lever then does nothing else in the city).
    /// </summary>
    public static bool LeakAll(World world, Lever lever, int city)
    {
        if (Absorption(world, city) > 0) return false;
        var pounds = Math.Min(lever.Left[city], lever.Remaining);
        if (pounds > 0) Activity(world, lever, city, pounds);
        return true;
    }
}
