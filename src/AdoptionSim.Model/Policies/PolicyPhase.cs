using AdoptionSim.Model.Scenario;
using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.Model.Setup;
using AdoptionSim.Model.Phases;
using AdoptionSim.Model.Rules;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Policies;

/// <summary>
/// The levers act, in scenario order, each from its own random stream keyed by (tick, lever): a lever
/// outside its window or without money draws nothing and changes nothing, so a run with it is the
/// baseline run. Effects that later phases read (rate cuts, procurement boosts and revenue, relocation
/// pull) are set here for this tick only.
/// </summary>
public sealed class PolicyPhase : ITickPhase<World>
{
    public string Name => "policy";

    public void Run(World world, in TickContext context)
    {
        Reset(world);
        if (world.Levers.Count == 0) return;
        var key = context.Streams.Key(StreamPurpose.Policy, context.Tick);
        foreach (var lever in world.Levers)
        {
            lever.ResetTick();
            if (!lever.ActiveAt(context.Tick)) continue;
            var random = RandomStreams.Sequential(RandomStreams.Derive(key, (ulong)lever.Index));
            var act = new LeverActions(world, lever, context);
            switch (lever.Type)
            {
                case PolicyType.InnovationFund:
                case PolicyType.Allocation:
                    act.Introductions(BrokerReach.AcrossCities, university: false, ref random);
                    act.Outreach(ref random);
                    break;
                case PolicyType.Broker:
                    act.Introductions(lever.Spec.BrokerReach, lever.Spec.BrokerKind == BrokerKind.University, ref random);
                    act.Outreach(ref random);
                    break;
                case PolicyType.MultiAreaAgreement:
                    act.Introductions(BrokerReach.AcrossCities, university: false, ref random);
                    break;
                case PolicyType.BusinessRateCut:
                    act.RateRelief();
                    break;
                case PolicyType.EnterpriseZone:
                    act.RateRelief();
                    act.RelocationIncentive();
                    break;
                case PolicyType.PublicProcurement:
                    act.LeadMarket();
                    break;
                case PolicyType.Skills:
                    act.Training();
                    break;
            }
        }
    }

    private static void Reset(World world)
    {
        var n = world.Firms.Count;
        Array.Clear(world.Firms.ProcurementBoost, 0, n);
        Array.Clear(world.Firms.RevenueBonus, 0, n);
        Array.Clear(world.Firms.RateCut, 0, n);
        Array.Clear(world.RelocationBonus);
        Array.Fill(world.RelocationLever, -1);
    }

    /// <summary>What one active lever does in one tick, city by city in index order.</summary>
    private readonly ref struct LeverActions(World world, Lever lever, in TickContext context)
    {
        private readonly World _world = world;
        private readonly Lever _lever = lever;
        private readonly double _dt = context.Dt;

        /// <summary>
        /// Sector the lever works with in a city this time: an allocation's funded sector, or one of the
        /// target sectors drawn uniformly (-1 when every sector is a target: any firm will do).
        /// </summary>
        private int SectorIn(int city, ref SplitMix64 random)
        {
            if (_lever.Type == PolicyType.Allocation) return _lever.FundedSector[city];
            var targets = _lever.TargetSector;
            var count = 0;
            foreach (var t in targets) if (t) count++;
            if (count == targets.Length) return -1;
            var pick = random.NextInt(count);
            for (var s = 0; s < targets.Length; s++)
                if (targets[s] && pick-- == 0) return s;
            return -1;
        }

        private bool Targets(int firm) => _lever.Type == PolicyType.Allocation
            ? _world.Firms.Sector[firm] == _lever.FundedSector[_world.Firms.City[firm]]
            : _lever.TargetSector[_world.Firms.Sector[firm]];

        /// <summary>Extra introductions in each target city, £ cost_per_introduction each, reaching across the functional region.</summary>
        public void Introductions(BrokerReach reach, bool university, ref SplitMix64 random)
        {
            var cost = _lever.Spec.CostPerIntroduction;
            for (var c = 0; c < _lever.TargetCity.Length; c++)
            {
                if (!_lever.TargetCity[c] || (_lever.Type == PolicyType.Allocation && _lever.FundedSector[c] < 0)) continue;
                var region = RegionCities(c);
                var wanted = Sampling.StochasticRound(_lever.Spec.IntroductionsPerTick, random.NextDouble());
                for (var k = 0; k < wanted && _lever.CanSpend(c, cost); k++)
                {
                    if (!Matchmaking.Introduce(_world, c, region, SectorIn(c, ref random), reach, university, ref random)) continue;
                    _lever.TrySpend(c, cost);
                    _lever.Introductions[c]++;
                }
            }
        }

        /// <summary>Outreach to target firms, raising their p by p_boost this tick; £ cost_per_outreach each.</summary>
        public void Outreach(ref SplitMix64 random)
        {
            var cost = _lever.Spec.CostPerOutreach;
            for (var c = 0; c < _lever.TargetCity.Length; c++)
            {
                if (!_lever.TargetCity[c] || (_lever.Type == PolicyType.Allocation && _lever.FundedSector[c] < 0)) continue;
                var wanted = Sampling.StochasticRound(_lever.Spec.OutreachPerTick, random.NextDouble());
                for (var k = 0; k < wanted && _lever.CanSpend(c, cost); k++)
                {
                    var firm = Matchmaking.RandomFirm(_world, [c], SectorIn(c, ref random), ref random);
                    if (firm < 0 || !Targets(firm)) continue;
                    _lever.TrySpend(c, cost);
                    _world.Firms.OutreachBoost[firm] += (float)_lever.Spec.PBoost;
                    _lever.Outreach[c]++;
                }
            }
        }

        /// <summary>
        /// Rates cut by rate_cut for target firms, in firm order while the money lasts; the cost is the
        /// rates forgone this tick, in £ (model units × economy.pounds_per_unit).
        /// </summary>
        public void RateRelief()
        {
            var economy = _world.Spec.Economy;
            var firms = _world.Firms;
            var cut = (float)_lever.Spec.RateCut;
            for (var c = 0; c < _lever.TargetCity.Length; c++)
            {
                if (!_lever.TargetCity[c]) continue;
                foreach (var f in _world.FirmsByCity[c])
                {
                    if (!Targets(f)) continue;
                    var rent = economy.Workers.Of(firms.Size[f]) * economy.Floorspace * _world.RentIndex[c];
                    var forgone = Economics.Rates(economy, rent, _world.Cities.RateMultiplier[c]) * cut * _dt * economy.PoundsPerUnit;
                    if (forgone <= 0 || !_lever.TrySpend(c, forgone)) continue;
                    firms.RateCut[f] = Math.Max(firms.RateCut[f], cut);
                    _lever.FirmsSupported[c]++;
                }
            }
        }

        /// <summary>Enterprise zones pull relocating firms (the relocation phase pays a grant per move while money lasts).</summary>
        public void RelocationIncentive()
        {
            for (var c = 0; c < _lever.TargetCity.Length; c++)
            {
                if (!_lever.TargetCity[c] || !_lever.CanSpend(c, _lever.Spec.RelocationGrant)) continue;
                _world.RelocationBonus[c] = Math.Max(_world.RelocationBonus[c], _lever.Spec.RelocationBonus);
                _world.RelocationLever[c] = _lever.Index;
            }
        }

        /// <summary>
        /// The public sector as lead customer: every target firm gets p_boost this tick (£ cost_per_firm_year),
        /// and those that have adopted an idea sell it revenue_bonus per worker (paid by the lever).
        /// </summary>
        public void LeadMarket()
        {
            var economy = _world.Spec.Economy;
            var firms = _world.Firms;
            for (var c = 0; c < _lever.TargetCity.Length; c++)
            {
                if (!_lever.TargetCity[c]) continue;
                double cost = 0;
                var supported = 0;
                foreach (var f in _world.FirmsByCity[c])
                {
                    if (!Targets(f)) continue;
                    supported++;
                    cost += _lever.Spec.CostPerFirmYear * _dt;
                    if (firms.AdoptedCount[f] > 0) cost += _lever.Spec.RevenueBonus * economy.Workers.Of(firms.Size[f]) * _dt * economy.PoundsPerUnit;
                }
                if (supported == 0 || !_lever.TrySpend(c, cost)) continue;
                foreach (var f in _world.FirmsByCity[c])
                {
                    if (!Targets(f)) continue;
                    firms.ProcurementBoost[f] += (float)_lever.Spec.PBoost;
                    if (firms.AdoptedCount[f] > 0) firms.RevenueBonus[f] += (float)_lever.Spec.RevenueBonus;
                }
                _lever.FirmsSupported[c] += supported;
            }
        }

        /// <summary>Skills programmes: target firms close absorptive_gain of their gap to 1 per year; £ cost_per_firm_year.</summary>
        public void Training()
        {
            var firms = _world.Firms;
            var step = Economics.AdjustmentPerTick(_lever.Spec.AbsorptiveGain, _dt);
            for (var c = 0; c < _lever.TargetCity.Length; c++)
            {
                if (!_lever.TargetCity[c]) continue;
                var supported = 0;
                foreach (var f in _world.FirmsByCity[c]) if (Targets(f)) supported++;
                if (supported == 0 || !_lever.TrySpend(c, supported * _lever.Spec.CostPerFirmYear * _dt)) continue;
                foreach (var f in _world.FirmsByCity[c])
                    if (Targets(f)) firms.Absorptive[f] += (float)((1 - firms.Absorptive[f]) * step);
                _lever.FirmsSupported[c] += supported;
            }
        }

        private int[] RegionCities(int city)
        {
            var region = _world.Cities.FunctionalRegions[city];
            var list = new List<int>();
            for (var c = 0; c < _world.Cities.Count; c++) if (_world.Cities.FunctionalRegions[c] == region) list.Add(c);
            return list.ToArray();
        }
    }
}
