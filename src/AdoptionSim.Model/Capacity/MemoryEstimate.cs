using AdoptionSim.Model.Policies.Levers;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Setup;

using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Capacity;

/// <summary>What a run of a scenario will hold, estimated from the scenario alone (nothing is built).</summary>
/// <param name="FirmsAtStart">Firms at tick 0 (cities' firm counts plus anchors): exact.</param>
/// <param name="FirmSlots">Firm slots used by the end: firms at the start plus entrants (exited firms keep their slot).</param>
/// <param name="FirmSlotsBound">The most slots entry can be expected to use whatever happens to exits (for validity, not memory).</param>
/// <param name="FirmCapacity">Length of the per-firm arrays then: they double from the firms at the start.</param>
/// <param name="Ideas">Most ideas the run can hold: the scenario's own plus max_ideas when firms invent.</param>
/// <param name="StandingTies">Standing ties drawn at set-up (local, anchor suppliers, inter-city), before duplicates are dropped.</param>
/// <param name="BuildBytes">Memory while the world is built (the tie list is at its largest).</param>
/// <param name="RunBytes">Memory while it runs (per-firm and per-firm-idea arrays at their final capacity).</param>
public readonly record struct RunFootprint(
    long FirmsAtStart, double FirmSlots, double FirmSlotsBound, double FirmCapacity, long Ideas, double StandingTies, double BuildBytes, double RunBytes)
{
    /// <summary>The estimated peak, including the garbage a collection has not yet reclaimed.</summary>
    public double PeakBytes => Math.Max(BuildBytes, RunBytes) * MemoryEstimate.GarbageFactor;
}

/// <summary>
/// The one place that knows how many bytes a run's state takes, so that a run too big for the machine is
/// refused before it starts (and validation can refuse one too big for any machine). Every figure below is
/// read off the state arrays in this folder; when a per-firm or per-firm-idea array is added or removed,
/// update the constant next to the list it belongs to (a test, MemoryEstimateTests, sums the element sizes
/// of <see cref="FirmTable"/>, <see cref="DynamicTies"/> and <see cref="AdoptionState"/> by reflection and
/// fails until the constants agree, and another checks the total against a measured run).
/// <para>
/// Measured on this 2-core machine (peak RSS from <c>/usr/bin/time -v</c>): the UK baseline (71,736 firms,
/// 128 ideas) peaks at 0.32 GB, estimated 0.26 GB; with <c>--set firms.scale=10 --no-events</c> at 1.2 GB, estimated 1.5 GB.
/// </para>
/// </summary>
public static class MemoryEstimate
{
    /// <summary>
    /// Bytes per firm slot of <see cref="FirmTable"/>'s per-firm arrays: City 4, Key 8, Sector 1, Size 1, Absorptive 4,
    /// Alive 1 (and its bitset, 1/8), AdoptedCount 4, AdoptedIdeas 8 (a reference), UniversityLinked 1, OutreachBoost 4,
    /// OutreachUntil 8, OutreachLever 4, ProcurementBoost 4, ProcurementLever 4, RateCut 4, RevenueBonus 4, Productivity 8, Margin 4.
    /// </summary>
    public const double FirmTableBytesPerFirm = 76 + 1.0 / 8;

    /// <summary>
    /// Bytes per firm slot of <see cref="DynamicTies"/>: the reference to its ties 8, the tie count 4, the oldest use of its
    /// brokered ties 4, and the bitsets of firms that may hold brokered ties and of firms holding any tie, 1/8 each (a
    /// <c>ulong[]</c> of one bit per slot).
    /// </summary>
    public const double DynamicTiesBytesPerFirm = 8 + 4 + 4 + 2.0 / 8;

    /// <summary>
    /// Bytes per firm slot per idea of <see cref="AdoptionState"/>: two bits (the adopter bitsets, idea-major and
    /// firm-major); exposure is recounted from the contacts' bits, not stored.
    /// </summary>
    public const double AdoptionBytesPerFirmIdea = AdoptionState.BytesPerFirmIdea;

    /// <summary>Bytes per firm slot of the firm-major adopter rows beyond a bit per idea, at most (rows are whole 64-bit words).</summary>
    public const double AdoptionRowSlackBytesPerFirm = AdoptionState.BytesPerFirmRowSlack;

    /// <summary>
    /// Bytes per firm per idea of the firms' adoption lists (<see cref="FirmTable.AdoptedIdeas"/>, 4 per idea
    /// adopted), assuming a quarter of the cells adopted: the UK runs adopt about 3%, the Bass case 100% of one idea.
    /// </summary>
    public const double AdoptionListBytesPerFirmIdea = 1.0;

    /// <summary>Bytes per firm of the lists rebuilt during a run: <see cref="World.FirmsByCity"/> (4) and its build (8).</summary>
    public const int CityIndexBytesPerFirm = 12;

    /// <summary>Bytes per idea besides the per-firm arrays: IdeaTable's six lists (32), two array headers, list slots and counts (about 70).</summary>
    public const int BytesPerIdea = 102;

    /// <summary>Bytes per standing tie once built: target 4 and weight 4, in both directions (<see cref="Network"/>).</summary>
    public const int NetworkBytesPerTie = 16;

    /// <summary>
    /// Bytes per tie while the network is built (<see cref="NetworkFactory"/> and <see cref="Network.FromEdges"/>):
    /// the edge list (<see cref="EdgeList"/>: two ends and a weight, 12, allocated once at its bound), the rows
    /// it is sorted into (target and weight in both directions, 16) and, when merging duplicates shortened the
    /// rows, their trimmed copy (16) before the collector has taken the edge list back.
    /// </summary>
    public const int NetworkBuildBytesPerTie = 44;

    /// <summary>Bytes per firm only while the world is built: end weights of inter-city ties and the invention weights and their cumulative sums.</summary>
    public const int BuildBytesPerFirm = 24;

    /// <summary>Bytes per city: the city table's arrays, city state, counters and the names they hold.</summary>
    public const int BytesPerCity = 400;

    /// <summary>Bytes per pair of cities: the relocation phase's distance matrix (8 per ordered pair).</summary>
    public const int RelocationBytesPerCityPair = 8;

    /// <summary>Bytes per unordered pair of cities while inter-city ties are drawn: the gravity weights (int, int, double).</summary>
    public const int GravityBytesPerCityPair = 16;

    /// <summary>Bytes per dynamic tie (two 16-byte <see cref="DynamicTies.Tie"/> entries, plus the slack of the per-firm arrays).</summary>
    public const int BytesPerDynamicTie = 48;

    /// <summary>
    /// The run's Parquet writers hold one row group per table, up to 64 MiB each (ParquetWriteOptions), and the
    /// firm and adoption tables reach that at about a million rows: bytes per firm slot up to that bound.
    /// </summary>
    public const int OutputBytesPerFirm = 130;

    /// <summary>Upper bound of the output buffers: two large tables at 64 MiB each.</summary>
    public const double OutputBytesMax = 2 * 64.0 * 1024 * 1024;

    /// <summary>The runtime, JIT and libraries before any state (RSS of a two-city run is about 90 MB).</summary>
    public const double RuntimeBytes = 80.0 * 1024 * 1024;

    /// <summary>
    /// Peak over live bytes: when the per-firm-idea arrays double, the old ones stay until a full collection
    /// (the UK runs peak 10–20% above their live state; 1.2 keeps the estimate on the safe side).
    /// </summary>
    public const double GarbageFactor = 1.2;

    /// <summary>The footprint of a run of <paramref name="spec"/> as loaded and checked (its cities resolved, classes known).</summary>
    public static RunFootprint Of(ScenarioSpec spec)
    {
        var cityList = spec.Cities.Resolved.Count > 0 ? spec.Cities.Resolved : spec.Cities.Inline;
        var cities = cityList.Count;
        var perCity = FirmsPerCity(spec, cityList);
        var firms = perCity.Sum(c => c.Firms + c.Anchors);
        var slots = FirmSlots(spec, firms);
        var capacity = firms <= 0 ? 0 : firms * Math.Pow(2, Math.Ceiling(Math.Log2(Math.Max(1, slots / firms))));
        var ideas = (long)spec.Ideas.Count + (spec.Invention.Enabled ? spec.Invention.MaxIdeas : 0);
        var ties = StandingTies(spec, perCity, firms);
        var cityPairs = (double)cities * cities;

        var build = RuntimeBytes + firms * (FirmTableBytesPerFirm + DynamicTiesBytesPerFirm + BuildBytesPerFirm)
            + ties * NetworkBuildBytesPerTie + cities * (double)BytesPerCity
            + (spec.Network.Mixing != Mixing.Full && spec.Network.IntercityTiesPerFirm > 0 ? cityPairs / 2 * GravityBytesPerCityPair : 0);
        var run = RuntimeBytes
            + capacity * (FirmTableBytesPerFirm + DynamicTiesBytesPerFirm + CityIndexBytesPerFirm)
            + capacity * (ideas * AdoptionBytesPerFirmIdea + (ideas > 0 ? AdoptionRowSlackBytesPerFirm : 0)) + slots * ideas * AdoptionListBytesPerFirmIdea
            + ideas * (double)(BytesPerIdea + 8 * spec.Sectors.Count)
            + ties * NetworkBytesPerTie + DynamicTieCount(spec, perCity, firms, slots) * BytesPerDynamicTie
            + cities * (double)BytesPerCity + (spec.Feedbacks.Relocation && cities > 1 ? cityPairs * RelocationBytesPerCityPair : 0)
            + spec.Policies.Count * cities * 64.0
            + Math.Min(OutputBytesMax, slots * OutputBytesPerFirm);
        return new RunFootprint((long)firms, slots, FirmSlotsBound(spec, firms), capacity, ideas, ties, build, run);
    }

    private readonly record struct CityFirms(double Firms, double Anchors, double Universities);

    /// <summary>Each city's firms by the set-up rule (<see cref="FirmFactory.FirmCount"/>) and its anchors, in doubles.</summary>
    private static List<CityFirms> FirmsPerCity(ScenarioSpec spec, IReadOnlyList<CitySpec> cities)
    {
        var total = cities.Sum(c => c.Population);
        return cities.Select(c =>
        {
            var defaults = spec.Classes.TryGetValue(c.Class, out var d) ? d : new ClassDefaultsSpec();
            return new CityFirms(FirmFactory.FirmCount(spec.Firms, c.Population, total, cities.Count),
                c.AnchorFirms ?? defaults.AnchorFirms, c.Universities ?? defaults.Universities);
        }).ToList();
    }

    /// <summary>
    /// Firm slots by the end of the run: entrants replace exits (<see cref="Phases.EntryPhase"/>), so alive firms
    /// stay near their starting number and the slots grow by the exits, at the mean exit hazard a year: the base
    /// rate plus the distress hazard of the firms near a zero margin (measured on this machine: the UK baseline's
    /// mean hazard is 0.10 a year, 183,245 slots from 71,736 firms in 15 years; the two-cities test case's 0.15;
    /// <see cref="DistressShare"/> of the distress rate covers both at the default base rate of 0.03). The hazard is computed with exits
    /// switched off too, so entry adds the same firms then. Without entry no slot is added.
    /// </summary>
    public static double FirmSlots(ScenarioSpec spec, double firms)
    {
        if (!spec.Feedbacks.Entry) return firms;
        var years = spec.Ticks * spec.Tick.Years;
        var hazard = spec.Economy.BaseExitRate + DistressShare * spec.Economy.DistressExitRate;
        return firms * (1 + hazard * years);
    }

    /// <summary>Share of the distress exit rate the mean firm bears (measured: see <see cref="FirmSlots"/>).</summary>
    public const double DistressShare = 0.13;

    /// <summary>
    /// The most slots entry can use however the economy turns out: every firm at the full exit hazard
    /// (base + distress) all run, replaced towards a target of at most e^entry_elasticity times the starting
    /// count (a gain of 1 in log attractiveness: the UK runs stay within ±0.3). Validation holds runs to this, so
    /// that no run's firm indices can outgrow their arrays.
    /// </summary>
    public static double FirmSlotsBound(ScenarioSpec spec, double firms)
    {
        if (!spec.Feedbacks.Entry) return firms;
        var years = spec.Ticks * spec.Tick.Years;
        var hazard = spec.Economy.BaseExitRate + spec.Economy.DistressExitRate;
        return firms * (1 + hazard * years * Math.Exp(Math.Min(spec.Economy.EntryElasticity, 700)));
    }

    /// <summary>Local stubs (half the size class's degree each), anchor suppliers and inter-city ties, as drawn.</summary>
    private static double StandingTies(ScenarioSpec spec, List<CityFirms> perCity, double firms)
    {
        if (spec.Network.Mixing == Mixing.Full) return 0;
        var network = spec.Network;
        var shares = spec.Firms.SizeShares;
        var degree = network.LocalDegree;
        var meanDegree = shares.Micro * degree.Micro + shares.Small * degree.Small + shares.Medium * degree.Medium + shares.Large * degree.Large;
        var ties = 0.0;
        foreach (var city in perCity)
        {
            if (city.Firms + city.Anchors < 2) continue;
            ties += city.Firms * meanDegree / 2 + city.Anchors * (degree.Anchor / 2 + network.AnchorSuppliers);
        }

        return perCity.Count > 1 ? ties + network.IntercityTiesPerFirm * firms / 2 : ties;
    }

    /// <summary>
    /// Dynamic ties alive at once: a lifetime's worth of brokered introductions (brokers' capacity scales with
    /// the firms they serve, <see cref="BrokerFactory"/>; levers add theirs per firm), and the local ties
    /// of every entrant.
    /// </summary>
    private static double DynamicTieCount(ScenarioSpec spec, List<CityFirms> perCity, double firms, double slots)
    {
        var brokers = spec.Brokers;
        var perTick = 0.0;
        if (brokers.Enabled && brokers.CapacityPerFirms > 0)
        {
            foreach (var city in perCity)
            {
                perTick += (city.Firms + city.Anchors) * (city.Universities * brokers.University.Capacity + brokers.LocalAuthority.Capacity + brokers.Lep.Capacity);
            }

            perTick += brokers.Inline.Sum(b => b.Capacity ?? brokers.SectorNetwork.Capacity) * firms;
            perTick *= spec.Tick.Years / brokers.CapacityPerFirms; // capacities are introductions a year
        }

        // A lever makes introductions_per_year per 1,000 real eligible firms, a model firm standing for R real ones:
        // at most rate / 1,000 × model firms × Δt model introductions a tick (every firm eligible).
        perTick += spec.Policies.Sum(p => p.Get(LeverParameters.IntroductionsPerYear)) / 1000.0 * firms * spec.Tick.Years;
        var brokered = perTick * Math.Min(spec.Ticks, spec.Network.BrokeredTieYears / spec.Tick.Years + 1.0);
        return brokered + (slots - firms) * spec.Economy.NewFirmTies;
    }

    /// <summary>Bytes as people read them: "412 MB", "3.1 GB".</summary>
    public static string Format(double bytes) =>
        bytes >= 1e12 ? $"{bytes / 1e12:0.#} TB" : bytes >= 1e9 ? $"{bytes / 1e9:0.#} GB" : $"{bytes / 1e6:0} MB";
}
