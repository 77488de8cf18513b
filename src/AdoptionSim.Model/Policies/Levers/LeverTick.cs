using AdoptionSim.Core.Random;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies.Levers;

/// <summary>
/// One active lever in one tick: the world, the lever's runtime state, its parameters, and the mechanisms several
/// levers share (introductions, outreach, rate relief), city by city in index order. Every cost is in real £: a
/// model firm stands for R = <see cref="World.RealFirmsOf"/> real firms (<see cref="World.RealFirmsPerModelFirm"/>;
/// an anchor for itself), so an activity with one model firm (an introduction, outreach, a contract, a training
/// place, a grant) costs R times its £ per real firm, and money in model units is priced with
/// <see cref="World.PoundsPerUnitOf"/>. Firms are chosen by draws keyed by
/// their identity (<see cref="FirmTable.Key"/>), never by their index. Effects that later phases read are set for
/// this tick only (the policy phase clears them first).
/// </summary>
/// <param name="sampleKey">Key of this tick's draws for firms (outreach, introductions).</param>
/// <param name="priorityKey">Key of the lever's fixed priority of firms (relief, contracts, training): the same every tick.</param>
public readonly ref struct LeverTick(World world, Lever lever, double dt, ulong sampleKey, ulong priorityKey)
{
    private const ulong IntroductionDraw = 1;
    private const ulong OutreachDraw = 2;
    private const ulong PurchaseCoordinate = 0x100;

    public World World { get; } = world;

    public Lever Lever { get; } = lever;

    /// <summary>Tick length in years.</summary>
    public double Dt { get; } = dt;

    /// <summary>Real firms a model firm stands for.</summary>
    public double RealPerModel => World.RealFirmsPerModelFirm;

    /// <summary>The policy's value of a parameter.</summary>
    public T Get<T>(PolicyParameter<T> parameter) => Lever.Spec.Get(parameter);

    /// <summary>Whether a firm is one the lever works with: of a target sector, or of the sector funded in its city.</summary>
    public bool Targets(int firm) => Lever.FundedSector is { } funded
        ? World.Firms.Sector[firm] == funded[World.Firms.City[firm]]
        : Lever.TargetSector[World.Firms.Sector[firm]];

    /// <summary>A target city the lever can work in (with a funded sector, for a lever that funds one per city).</summary>
    public bool WorksIn(int city) => Lever.TargetCity[city] && (Lever.FundedSector is not { } funded || funded[city] >= 0);

    /// <summary>The cities that have a share of the budget, in index order.</summary>
    public List<int> FundedCities()
    {
        var list = new List<int>();
        for (var c = 0; c < Lever.Share.Length; c++) if (Lever.Share[c] > 0) list.Add(c);
        return list;
    }

    /// <summary>The alive firms of a city the lever works with, in index order.</summary>
    public List<int> EligibleFirms(int city)
    {
        var list = new List<int>();
        foreach (var f in World.FirmsByCity[city]) if (Targets(f)) list.Add(f);
        return list;
    }

    /// <summary>
    /// A city's eligible firms in the lever's order of priority: by a uniform draw keyed by the lever and the firm's
    /// identity, the same every tick, so a firm supported once stays supported while the money lasts.
    /// </summary>
    public List<int> ByPriority(int city) => Ordered(EligibleFirms(city), priorityKey);

    /// <summary>The first <paramref name="count"/> of a city's eligible firms in an order drawn afresh this tick (a sample without replacement).</summary>
    private List<int> Sample(int city, int count, ulong draw)
    {
        var ordered = Ordered(EligibleFirms(city), RandomStreams.Derive(sampleKey, draw));
        return ordered.Count > count ? ordered.GetRange(0, count) : ordered;
    }

    private List<int> Ordered(List<int> firms, ulong key)
    {
        var draws = new double[firms.Count];
        var items = firms.ToArray();
        for (var i = 0; i < items.Length; i++) draws[i] = RandomStreams.UniformAt(key, World.Firms.Key[items[i]]);
        Array.Sort(draws, items);
        return [.. items];
    }

    /// <summary>Real firms of a city the lever works with: Σ <see cref="World.RealFirmsOf"/> over its eligible firms.</summary>
    public double EligibleRealFirms(int city)
    {
        var total = 0.0;
        foreach (var f in EligibleFirms(city)) total += World.RealFirmsOf(f);
        return total;
    }

    /// <summary>
    /// Model firms wanted this tick for an activity at a rate per year per 1,000 real eligible firms: rate × real
    /// firms / 1,000 × Δt real activities, each model firm standing for R of them (stochastically rounded).
    /// </summary>
    public int Wanted(double ratePerThousand, int city, ref SplitMix64 random) =>
        Sampling.StochasticRound(ratePerThousand * EligibleRealFirms(city) / 1000.0 * Dt / RealPerModel, random.NextDouble());

    /// <summary>£ a year of an activity at a rate per year per 1,000 real eligible firms, costing <paramref name="poundsPerRealFirm"/> each (before leaks).</summary>
    public double PerYear(double ratePerThousand, double poundsPerRealFirm, int city) =>
        ratePerThousand * EligibleRealFirms(city) / 1000.0 * poundsPerRealFirm;

    /// <summary>
    /// A uniform draw for the purchase decision about a firm, keyed by its identity: on a coordinate of its own, since
    /// the firms sampled are those with the smallest draws on the sample's coordinate.
    /// </summary>
    private double PurchaseDraw(int firm, ulong draw) => RandomStreams.UniformAt(RandomStreams.Derive(sampleKey, PurchaseCoordinate + draw), World.Firms.Key[firm]);

    /// <summary>
    /// Introductions and outreach in a city, at `introductions_per_year` and `outreach_per_year` per 1,000 real
    /// eligible firms; when the city's money this tick does not cover both, each gets money in proportion to what
    /// it wants. Introductions are made by a broker of <paramref name="reach"/> with partners from <paramref name="reachCities"/>.
    /// </summary>
    public void IntroductionsAndOutreach(int city, BrokerReach reach, bool university, int[] reachCities, bool outreach, ref SplitMix64 random)
    {
        if (LeverSpending.LeakAll(World, Lever, city)) return;
        var introductions = Wanted(Get(LeverParameters.IntroductionsPerYear), city, ref random);
        var reached = outreach ? Wanted(Get(LeverParameters.OutreachPerYear), city, ref random) : 0;
        var absorption = LeverSpending.Absorption(World, city);
        var introductionMoney = introductions * Get(LeverParameters.CostPerIntroduction) * RealPerModel / absorption;
        var outreachMoney = outreach ? reached * Get(LeverParameters.CostPerOutreach) * RealPerModel / absorption : 0;
        var left = Lever.Left[city];
        var scale = introductionMoney + outreachMoney <= left ? 1.0 : left / (introductionMoney + outreachMoney);
        Introductions(city, introductions, introductionMoney * scale, reach, university, reachCities, ref random);
        if (outreach) Outreach(city, reached, outreachMoney * scale);
    }

    /// <summary>
    /// Up to <paramref name="wanted"/> introductions of the city's eligible firms (drawn without replacement), each to
    /// a partner by <paramref name="reach"/>, while <paramref name="pot"/> lasts; paid per introduction made,
    /// £ cost_per_introduction per real introduction (× the introduced firm's real firms).
    /// </summary>
    private void Introductions(int city, int wanted, double pot, BrokerReach reach, bool university, int[] reachCities, ref SplitMix64 random)
    {
        var cost = Get(LeverParameters.CostPerIntroduction);
        foreach (var firm in Sample(city, wanted, IntroductionDraw))
        {
            var unit = cost * World.RealFirmsOf(firm);
            var before = pot;
            if (!LeverSpending.Afford(World, Lever, city, unit, ref pot, PurchaseDraw(firm, IntroductionDraw))) break;
            if (!Matchmaking.IntroducePartner(World, firm, reachCities, reach, university, ref random))
            {
                pot = before; // no partner, no tie, nothing paid
                continue;
            }
            LeverSpending.Pay(World, Lever, city, unit);
            Lever.Introductions[city]++;
            Lever.RealFirmsReached[city] += 2 * World.RealFirmsOf(firm);
        }
    }

    /// <summary>Outreach to up to <paramref name="wanted"/> eligible firms (drawn without replacement) while <paramref name="pot"/> lasts: p + p_boost for adoption.outreach_years.</summary>
    private void Outreach(int city, int wanted, double pot)
    {
        var cost = Get(LeverParameters.CostPerOutreach);
        var boost = (float)Get(LeverParameters.PBoost);
        var until = World.Tick * Dt + World.Spec.Adoption.OutreachYears;
        foreach (var firm in Sample(city, wanted, OutreachDraw))
        {
            var unit = cost * World.RealFirmsOf(firm);
            if (!LeverSpending.Afford(World, Lever, city, unit, ref pot, PurchaseDraw(firm, OutreachDraw))) break;
            LeverSpending.Pay(World, Lever, city, unit);
            World.Firms.Reach(firm, boost, until, Lever.Index);
            Lever.Outreach[city]++;
            Lever.RealFirmsReached[city] += World.RealFirmsOf(firm);
        }
    }

    /// <summary>
    /// Buys a firm's support for the tick (relief, a contract, training) of <paramref name="unit"/> £ from
    /// <paramref name="pot"/>, at most what the city may spend this tick; returns the share bought (1: all; less for the last firm the money reaches; 0: none),
    /// and counts the firm as supported and reached when it gets any.
    /// </summary>
    public double Support(int city, int firm, double unit, ref double pot)
    {
        var share = LeverSpending.BuyShare(World, Lever, city, unit, ref pot);
        if (share <= 0) return 0;
        Lever.FirmsSupported[city]++;
        Lever.RealFirmsReached[city] += World.RealFirmsOf(firm);
        return share;
    }

    /// <summary>£ a year a firm's rate relief costs: its rates × rate_cut, priced for the real firms it stands for.</summary>
    public double ReliefPerYear(int firm)
    {
        var economy = World.Spec.Economy;
        var c = World.Firms.City[firm];
        var rent = economy.Workers.Of(World.Firms.Size[firm]) * economy.Floorspace * World.CityState.Rent[c];
        return Economics.Rates(economy, rent, World.Cities.RateMultiplier[c]) * Get(LeverParameters.RateCut) * World.PoundsPerUnitOf(firm);
    }

    /// <summary>
    /// Rates cut by rate_cut for a city's eligible firms in the lever's order of priority, while the city's money
    /// this tick lasts, or the <paramref name="share"/> of it relief may use (the last firm gets the part of the cut
    /// the money covers); the cost is the rates forgone this tick. Firms that pay no rates (small business relief) cost nothing and are not counted.
    /// </summary>
    public void RateRelief(int city, double share = 1.0)
    {
        if (LeverSpending.LeakAll(World, Lever, city)) return;
        var pot = Lever.Left[city] * share;
        var firms = World.Firms;
        var cut = (float)Get(LeverParameters.RateCut);
        foreach (var f in ByPriority(city))
        {
            var relief = ReliefPerYear(f) * Dt;
            if (relief <= 0) continue;
            var bought = Support(city, f, relief, ref pot);
            if (bought <= 0) break;
            firms.RateCut[f] = Math.Max(firms.RateCut[f], (float)(cut * bought));
            if (bought < 1) break;
        }
    }

    /// <summary>The cities of a city's LEP area (its administrative functional region), as a LEP reaches.</summary>
    public int[] LepArea(int city)
    {
        var region = World.Cities.FunctionalRegions[city];
        var list = new List<int>();
        for (var c = 0; c < World.Cities.Count; c++) if (World.Cities.FunctionalRegions[c] == region) list.Add(c);
        return list.ToArray();
    }
}
