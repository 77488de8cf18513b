using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// One active lever in one tick: the world, the lever's runtime state, its parameters, and the mechanisms
/// several levers share (introductions, outreach, rate relief), city by city in index order. Effects that
/// later phases read are set for this tick only (the policy phase clears them first).
/// </summary>
public readonly ref struct LeverTick(World world, Lever lever, double dt)
{
    public World World { get; } = world;

    public Lever Lever { get; } = lever;

    /// <summary>Tick length in years.</summary>
    public double Dt { get; } = dt;

    /// <summary>The policy's value of a parameter.</summary>
    public T Get<T>(PolicyParameter<T> parameter) => Lever.Spec.Get(parameter);

    /// <summary>Whether a firm is one the lever works with: of a target sector, or of the sector funded in its city.</summary>
    public bool Targets(int firm) => Lever.FundedSector is { } funded
        ? World.Firms.Sector[firm] == funded[World.Firms.City[firm]]
        : Lever.TargetSector[World.Firms.Sector[firm]];

    /// <summary>
    /// Extra introductions in each target city, £ cost_per_introduction each, made by a broker of the given
    /// reach in the city's functional region.
    /// </summary>
    public void Introductions(BrokerReach reach, bool university, ref SplitMix64 random)
    {
        var cost = Get(LeverParameters.CostPerIntroduction);
        var perTick = Get(LeverParameters.IntroductionsPerTick);
        for (var c = 0; c < Lever.TargetCity.Length; c++)
        {
            if (!WorksIn(c)) continue;
            var region = RegionCities(c);
            var wanted = Sampling.StochasticRound(perTick, random.NextDouble());
            for (var k = 0; k < wanted && Lever.CanSpend(c, cost); k++)
            {
                if (!Matchmaking.Introduce(World, c, region, SectorIn(c, ref random), reach, university, ref random)) continue;
                Lever.TrySpend(c, cost);
                Lever.Introductions[c]++;
            }
        }
    }

    /// <summary>Outreach to target firms, raising their p by p_boost this tick; £ cost_per_outreach each.</summary>
    public void Outreach(ref SplitMix64 random)
    {
        var cost = Get(LeverParameters.CostPerOutreach);
        var perTick = Get(LeverParameters.OutreachPerTick);
        var boost = (float)Get(LeverParameters.PBoost);
        for (var c = 0; c < Lever.TargetCity.Length; c++)
        {
            if (!WorksIn(c)) continue;
            var wanted = Sampling.StochasticRound(perTick, random.NextDouble());
            for (var k = 0; k < wanted && Lever.CanSpend(c, cost); k++)
            {
                var firm = Matchmaking.RandomFirm(World, [c], SectorIn(c, ref random), ref random);
                if (firm < 0 || !Targets(firm)) continue;
                Lever.TrySpend(c, cost);
                World.Firms.Reach(firm, boost, World.Tick * Dt + World.Spec.Adoption.OutreachYears);
                Lever.Outreach[c]++;
            }
        }
    }

    /// <summary>
    /// Rates cut by rate_cut for target firms, in firm order while the money lasts; the cost is the rates
    /// forgone this tick, in £ (model units × economy.pounds_per_unit).
    /// </summary>
    public void RateRelief()
    {
        var economy = World.Spec.Economy;
        var firms = World.Firms;
        var cut = (float)Get(LeverParameters.RateCut);
        for (var c = 0; c < Lever.TargetCity.Length; c++)
        {
            if (!Lever.TargetCity[c]) continue;
            foreach (var f in World.FirmsByCity[c])
            {
                if (!Targets(f)) continue;
                var rent = economy.Workers.Of(firms.Size[f]) * economy.Floorspace * World.CityState.Rent[c];
                var forgone = Economics.Rates(economy, rent, World.Cities.RateMultiplier[c]) * cut * Dt * economy.PoundsPerUnit;
                if (forgone <= 0 || !Lever.TrySpend(c, forgone)) continue;
                firms.RateCut[f] = Math.Max(firms.RateCut[f], cut);
                Lever.FirmsSupported[c]++;
            }
        }
    }

    /// <summary>A target city the lever works in (with a funded sector, for a lever that funds one per city).</summary>
    private bool WorksIn(int city) => Lever.TargetCity[city] && (Lever.FundedSector is not { } funded || funded[city] >= 0);

    /// <summary>
    /// Sector the lever works with in a city this time: the funded sector, or one of the target sectors drawn
    /// uniformly (-1 when every sector is a target: any firm will do).
    /// </summary>
    private int SectorIn(int city, ref SplitMix64 random)
    {
        if (Lever.FundedSector is { } funded) return funded[city];
        var targets = Lever.TargetSector;
        var count = 0;
        foreach (var t in targets) if (t) count++;
        if (count == targets.Length) return -1;
        var pick = random.NextInt(count);
        for (var s = 0; s < targets.Length; s++)
            if (targets[s] && pick-- == 0) return s;
        return -1;
    }

    private int[] RegionCities(int city)
    {
        var region = World.Cities.FunctionalRegions[city];
        var list = new List<int>();
        for (var c = 0; c < World.Cities.Count; c++) if (World.Cities.FunctionalRegions[c] == region) list.Add(c);
        return list.ToArray();
    }
}
