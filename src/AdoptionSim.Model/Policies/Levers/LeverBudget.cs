using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// A lever's budget as a schedule (docs/model.md §7.5): each tick of the window gets budget × w_t by the profile,
/// each eligible city its share of that; money a city does not spend is carried over (spent at most
/// <see cref="CatchUp"/> above the schedule in a later tick, returned when the window closes) or returned at once.
/// </summary>
public static class LeverBudget
{
    /// <summary>How far above its schedule a city may spend in a tick from money carried over (10%).</summary>
    public const double CatchUp = 0.1;

    /// <summary>Last tick of a lever's window: its end, or the run's last tick when it has none.</summary>
    public static int WindowEnd(Lever lever, World world) => lever.Spec.End != 0 ? lever.Spec.End : Math.Max(world.RunTicks, lever.Spec.Start);

    /// <summary>
    /// Share of the budget scheduled for a tick of the window [start, end] of T ticks (k = tick − start): even 1/T;
    /// front-loaded 2(T − k)/(T(T + 1)), falling linearly; back-loaded 2(k + 1)/(T(T + 1)), rising. Each sums to 1.
    /// </summary>
    public static double Weight(SpendProfile profile, int tick, int start, int end)
    {
        var T = end - start + 1;
        var k = tick - start;
        if (T <= 0 || k < 0 || k >= T) return 0;
        return profile switch
        {
            SpendProfile.FrontLoaded => 2.0 * (T - k) / (T * (T + 1.0)),
            SpendProfile.BackLoaded => 2.0 * (k + 1) / (T * (T + 1.0)),
            _ => 1.0 / T,
        };
    }

    /// <summary>
    /// Settles the books at the start of a tick, before the lever acts: under <c>unspent: return</c> each city's
    /// unspent money of the tick before goes back; once the window has closed, whatever any city has left does.
    /// (Settling at the start of the next tick lets the relocation phase pay grants from the tick's money.)
    /// </summary>
    public static void Settle(Lever lever, World world, int tick)
    {
        if (!lever.Allocated) return;
        if (tick <= WindowEnd(lever, world) && lever.Spec.Unspent != UnspentRule.Return) return;
        for (var c = 0; c < lever.Share.Length; c++) lever.Return(c);
    }

    /// <summary>Credits each city with its share of this tick's schedule and sets what it may spend.</summary>
    public static void Open(Lever lever, World world, int tick)
    {
        var weight = Weight(lever.Spec.Profile, tick, lever.Spec.Start, WindowEnd(lever, world));
        for (var c = 0; c < lever.Share.Length; c++)
        {
            if (lever.Share[c] <= 0) continue;
            var scheduled = lever.Spec.Budget * weight * lever.Share[c];
            var cap = lever.Spec.Unspent == UnspentRule.CarryOver ? (1 + CatchUp) * scheduled : double.PositiveInfinity;
            lever.Open(c, scheduled, cap);
        }
    }
}
