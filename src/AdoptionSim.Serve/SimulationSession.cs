using System.Globalization;
using System.IO.Compression;
using AdoptionSim.Charts;
using AdoptionSim.Core.Engine;
using AdoptionSim.Core.Random;
using AdoptionSim.IO.Figures;
using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.Model;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.Setup;
using AdoptionSim.Model.State;

namespace AdoptionSim.Serve;

/// <summary>Input the page sent that cannot be run: every problem found, each naming its parameter where it has one.</summary>
public sealed class ServeInputException(IReadOnlyList<InputError> errors) : Exception(string.Join("; ", errors.Select(e => e.Text)))
{
    public IReadOnlyList<InputError> Errors { get; } = errors;
}

/// <summary>
/// The adapter between the page and the model, and the one place the server touches the model: the
/// scenario loaded by the IO loader (bundled file, or pasted text with no file access), the world built by
/// <see cref="WorldBuilder"/> and stepped by the engine's <see cref="Simulation.Run"/> with
/// <see cref="AdoptionModel.Schedule"/> and the seed's <see cref="RandomStreams"/>, as <c>adoptionsim run</c>
/// does; city rows from <see cref="CityTickMeasures"/> and <see cref="CityGap"/>; the Parquet download from
/// <see cref="ScenarioRun.Execute"/> itself. So the page shows the CLI's results for the same scenario,
/// seed and overrides.
/// </summary>
internal sealed class SimulationSession
{
    private readonly ScenarioSpec _spec;
    private readonly World _world;
    private readonly ServeLimits _limits;
    private readonly NetworkSampler _network;

    private SimulationSession(string id, Loaded loaded, ServeLimits limits, string? networkCity)
    {
        _spec = loaded.Spec;
        _limits = limits;
        _world = WorldBuilder.Build(_spec, new RandomStreams((ulong)_spec.Seed));
        _network = NetworkSampler.Choose(_world, networkCity ?? loaded.Entry?.NetworkCity, limits.NetworkFirms);
        Description = Describe(id, loaded);
    }

    public RunDescription Description { get; }

    /// <summary>Loads and checks the scenario and builds its world (tick 0).</summary>
    /// <exception cref="ServeInputException">The input is invalid or over a limit.</exception>
    public static SimulationSession Create(string id, RunInput input, ScenarioCatalogue catalogue, ServeLimits limits)
    {
        var loaded = Load(input, catalogue, limits);
        if (input.NetworkCity is { } city && !loaded.Spec.Cities.Resolved.Any(c => c.Name == city))
            throw new ServeInputException([new InputError($"networkCity: this scenario has no city '{city}'", null)]);
        return new SimulationSession(id, loaded, limits, input.NetworkCity);
    }

    /// <summary>
    /// Runs every tick, handing each frame to <paramref name="emit"/> and, before computing tick t, waiting in
    /// <paramref name="waitForTick"/>(t) until the page wants it. Throws <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    public void Run(Action<TickFrame> emit, Action<int> waitForTick, CancellationToken cancellation)
    {
        var observer = new FrameObserver(this, emit, waitForTick);
        Simulation.Run(_world, AdoptionModel.Schedule(), _spec.Ticks, _spec.Tick.Years, new RandomStreams((ulong)_spec.Seed), 1, observer, cancellation);
    }

    /// <summary>
    /// The run as <c>adoptionsim run</c> writes it, zipped: <see cref="ScenarioRun.Execute"/> into a scratch folder
    /// under <paramref name="workRoot"/>, then one zip holding the run folder. Returns the zip's path and download name.
    /// </summary>
    public static (string Path, string Name) WriteParquetZip(RunInput input, ScenarioCatalogue catalogue, ServeLimits limits, string workRoot, CancellationToken cancellation)
    {
        var spec = Load(input, catalogue, limits).Spec;
        var runId = RunProvenance.For(spec, spec.Seed, spec.Ticks).RunId;
        var scratch = Path.Combine(workRoot, Guid.NewGuid().ToString("N"));
        try
        {
            var runFolder = Path.Combine(scratch, runId);
            var request = new RunRequest(spec, spec.Seed, spec.Ticks, Math.Min(2, Environment.ProcessorCount), runFolder, Force: true, WriteEvents: spec.Outputs.Events);
            ScenarioRun.Execute(request, progress: null, cancellation);
            var zip = Path.Combine(workRoot, $"{Guid.NewGuid():N}.zip");
            ZipFile.CreateFromDirectory(runFolder, zip, CompressionLevel.Fastest, includeBaseDirectory: true);
            return (zip, runId + ".zip");
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>A bundled scenario as the picker shows it, loaded with its classroom overrides (so a broken bundle fails at start-up).</summary>
    public static ScenarioSummary Summarize(BundledScenario entry, ScenarioCatalogue catalogue)
    {
        var spec = ScenarioLoader.Load(catalogue.FullPath(entry), entry.Classroom);
        return new ScenarioSummary(entry.Id, entry.Title, spec.Description, entry.Notice, spec.Seed, spec.Ticks, spec.Tick.Label, spec.Tick.Years,
            ParameterSliders.For(spec));
    }

    private sealed record Loaded(ScenarioSpec Spec, BundledScenario? Entry, IReadOnlyList<string> Sets);

    private static Loaded Load(RunInput input, ScenarioCatalogue catalogue, ServeLimits limits)
    {
        var errors = new List<InputError>();
        foreach (var (key, _) in input.Parameters.Where(p => !ParameterSliders.Keys.Contains(p.Key)))
            errors.Add(new InputError($"{key}: the page cannot set this parameter (it sets {string.Join(", ", ParameterSliders.Keys)})", key));
        var entry = input.Scenario is { } id ? ScenarioCatalogue.Find(id) : null;
        if (input.Scenario is not null && entry is null)
            errors.Add(new InputError($"scenario: no bundled scenario '{input.Scenario}' (choose one of {string.Join(", ", ScenarioCatalogue.Entries.Select(e => e.Id))})", null));
        if ((input.Scenario is null) == (input.Yaml is null))
            errors.Add(new InputError("give either a bundled scenario or a pasted one", null));
        if (errors.Count > 0) throw new ServeInputException(errors);

        // The page's parameters in slider order, after the classroom overrides, as --set would apply them.
        var sets = (entry?.Classroom ?? []).Concat(ParameterSliders.Keys
            .SelectMany(k => input.Parameters.Where(p => p.Key == k)).Select(p => $"{p.Key}={p.Value}")).ToList();
        ScenarioSpec spec;
        try
        {
            spec = entry is not null ? ScenarioLoader.Load(catalogue.FullPath(entry), sets) : ScenarioLoader.LoadText(input.Yaml!, "pasted.yaml", sets);
        }
        catch (ScenarioException e)
        {
            throw new ServeInputException(e.Errors.Select(Describe).ToList());
        }

        if (input.Seed is { } seed) spec.Seed = seed;
        CheckLimits(spec, limits);
        return new Loaded(spec, entry, sets);
    }

    /// <summary>A scenario error as the page shows it: located in the pasted text, or naming the parameter for an override.</summary>
    private static InputError Describe(ScenarioError e) =>
        e.File == "--set" ? new InputError($"{e.FieldPath}: {e.Message}", e.FieldPath) : new InputError(e.ToString(), e.FieldPath.Length > 0 ? e.FieldPath : null);

    private static void CheckLimits(ScenarioSpec spec, ServeLimits limits)
    {
        var errors = new List<InputError>();
        if (spec.Ticks > limits.MaxTicks)
            errors.Add(new InputError($"ticks: {spec.Ticks:N0} ticks is more than the page runs (at most {limits.MaxTicks:N0}); use `adoptionsim run`", "ticks"));
        var cities = spec.Cities.Resolved;
        if (cities.Count > limits.MaxCities)
            errors.Add(new InputError($"cities: {cities.Count:N0} cities is more than the page runs (at most {limits.MaxCities:N0})", "cities"));
        else
        {
            // The model's own counting rule, after a rough bound that keeps its int arithmetic far from overflow.
            var rough = spec.Firms.Count > 0 ? spec.Firms.Count : cities.Sum(c => c.Population / 1000 * spec.Firms.PerThousand * spec.Firms.Scale);
            var table = CityTableFactory.Create(cities, spec.Classes, SectorTableFactory.Create(spec.Sectors));
            var firms = rough > limits.MaxFirms ? (long)rough : FirmFactory.FirmCounts(spec.Firms, table).Sum(n => (long)n) + table.AnchorFirms.Sum(n => (long)n);
            if (firms > limits.MaxFirms)
                errors.Add(new InputError($"firms: {firms:N0} firms at the start is more than the page runs (at most {limits.MaxFirms:N0}); lower firms.scale or firms.count", "firms.scale"));
            var ideas = Math.Max(spec.Invention.Enabled ? spec.Invention.MaxIdeas : 0, spec.Ideas.Count);
            if (firms <= limits.MaxFirms && firms * ideas > limits.MaxFirmIdeas)
                errors.Add(new InputError($"invention.max_ideas: {firms:N0} firms × {ideas:N0} ideas is more than the page holds (at most {limits.MaxFirmIdeas:N0})", "invention.max_ideas"));
        }
        if (errors.Count > 0) throw new ServeInputException(errors);
    }

    private RunDescription Describe(string id, Loaded loaded)
    {
        var c = _world.Cities;
        var cities = Enumerable.Range(0, c.Count)
            .Select(i => new CityInfo(c.Names[i], c.Lat[i], c.Lon[i], c.Classes[i], c.Population[i], _world.InitialFirms[i])).ToList();
        var entry = loaded.Entry;
        var file = entry is not null ? $"scenarios/{entry.File}" : "pasted.yaml";
        var command = string.Join(' ', new[] { $"adoptionsim run {file} --seed {_spec.Seed.ToString(CultureInfo.InvariantCulture)}" }.Concat(loaded.Sets.Select(s => $"--set {s}")));
        return new RunDescription(id, entry?.Id, _spec.Name, entry?.Title ?? _spec.Name, _spec.Description, entry?.Notice ?? [],
            _spec.Seed, _spec.Ticks, _spec.Tick.Label, _spec.Tick.Years, cities,
            cities.All(x => UkCoastline.Covers(x.Lon, x.Lat)), BassCurveOf(), _network.Info, ParameterSliders.For(_spec), command);
    }

    /// <summary>The Bass case (one city, fully mixed, one idea, no invention): the closed form at every tick.</summary>
    private BassCurve? BassCurveOf()
    {
        if (_world.Cities.Count != 1 || !_world.FullMixing || _spec.Invention.Enabled || _spec.Ideas.Count != 1) return null;
        var (p, q, from) = (_spec.Adoption.P, _spec.Adoption.Q, _spec.Ideas[0].Tick);
        var share = Enumerable.Range(0, _spec.Ticks + 1)
            .Select(t => t < from ? 0 : BassModel.CumulativeShare(p, q, (t - from) * _spec.Tick.Years)).ToList();
        return new BassCurve(p, q, from, share);
    }

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;

    private static GapView Gap(GapSnapshot g) => new(Finite(g.Cv), Finite(g.Gini), Finite(g.Theil), Finite(g.SdLog), Finite(g.TopBottomQuintileRatio));

    /// <summary>Turns the state after each tick into a frame, and holds the loop until the page wants the next tick.</summary>
    private sealed class FrameObserver(SimulationSession session, Action<TickFrame> emit, Action<int> waitForTick) : ISimulationObserver<World>
    {
        private CityTickRow[] _rows = [];
        private CityGap? _gap;

        public void OnStart(World state)
        {
            _rows = new CityTickRow[state.Cities.Count];
            _gap = new CityGap(state.Cities);
            OnTick(state, 0);
        }

        public void OnTick(World state, int tick)
        {
            if (state.Firms.Count > 2L * session._limits.MaxFirms)
                throw new ServeInputException([new InputError($"the run grew past {2L * session._limits.MaxFirms:N0} firms and was stopped", null)]);
            CityTickMeasures.Compute(state, _rows);
            var gaps = _gap!.ForTick(_rows);
            var firms = _rows.Sum(r => r.Firms);
            emit(new TickFrame("tick", tick,
                _rows.Select(r => r.Firms).ToList(), _rows.Select(r => r.AdoptionShare).ToList(), _rows.Select(r => r.Adopters).ToList(),
                _rows.Select(r => Finite(r.MeanProductivity)).ToList(), firms,
                firms == 0 ? 0 : _rows.Sum(r => r.AdoptionShare * r.Firms) / firms,
                firms == 0 ? 0 : _rows.Sum(r => (double)r.Adopters) / firms,
                [_rows.Sum(r => r.AdoptionsExternal), _rows.Sum(r => r.AdoptionsPeer), _rows.Sum(r => r.AdoptionsBrokered), _rows.Sum(r => r.AdoptionsProcurement)],
                _rows.Length > 0 ? _rows[0].IdeasAvailable : 0, Gap(gaps[0].Gap), Gap(gaps[1].Gap), session._network.Frame(state)));
            if (tick < session._spec.Ticks) waitForTick(tick + 1);
        }
    }
}

/// <summary>
/// The network view, read from the world's public state: the firms of one city (all of them, or for a big
/// city a connected sample grown from its first firm over local ties; for a fully mixed population the
/// first firms), the ties among them (standing, brokered, made on entry), and which have adopted the idea
/// followed: the one most adopted among the firms shown, kept until another overtakes it.
/// </summary>
internal sealed class NetworkSampler
{
    /// <summary>The network view opens on the city nearest this many firms: small enough to see every firm.</summary>
    private const int PreferredFirms = 150;

    private readonly int _city;
    private readonly int _limit;
    private readonly int[]? _sample;
    private int[] _sentIds = [];
    private List<int[]> _sentTies = [];
    private int _focus = -1;

    private NetworkSampler(int city, int limit, int[]? sample, NetworkInfo info)
    {
        _city = city;
        _limit = limit;
        _sample = sample;
        Info = info;
    }

    public NetworkInfo Info { get; }

    public static NetworkSampler Choose(World world, string? requested, int limit)
    {
        var firms = world.InitialFirms;
        var city = requested is null ? -1 : world.Cities.IndexOf(requested);
        if (city < 0)
            city = Enumerable.Range(0, firms.Length).OrderBy(c => Math.Abs(firms[c] - PreferredFirms)).ThenBy(c => c).First();
        var choices = Enumerable.Range(0, firms.Length).OrderBy(c => firms[c]).ThenBy(c => c)
            .Select(c => new NetworkChoice(world.Cities.Names[c], firms[c])).ToList();
        var sample = !world.FullMixing && firms[city] > limit ? ConnectedSample(world, city, limit) : null;
        var info = new NetworkInfo(world.Cities.Names[city], world.FullMixing, Math.Min(limit, firms[city]), firms[city], choices);
        return new NetworkSampler(city, limit, sample, info);
    }

    /// <summary>Firms reached breadth-first over local ties from the city's first firm (and from the next unreached one when a component ends).</summary>
    private static int[] ConnectedSample(World world, int city, int limit)
    {
        var chosen = new HashSet<int>();
        var queue = new Queue<int>();
        foreach (var start in world.FirmsByCity[city])
        {
            if (chosen.Count >= limit) break;
            if (!chosen.Add(start)) continue;
            queue.Enqueue(start);
            while (queue.Count > 0 && chosen.Count < limit)
            {
                var f = queue.Dequeue();
                foreach (var g in world.Network.Neighbours(f))
                    if (chosen.Count < limit && world.Firms.City[g] == city && chosen.Add(g)) queue.Enqueue(g);
            }
        }
        return chosen.Order().ToArray();
    }

    public NetworkFrame Frame(World world)
    {
        var firms = world.Firms;
        var ids = (_sample ?? Enumerable.Range(0, firms.Count)).Where(f => firms.Alive[f] && firms.City[f] == _city).Take(_limit).ToArray();
        var index = new Dictionary<int, int>(ids.Length);
        for (var i = 0; i < ids.Length; i++) index[ids[i]] = i;
        var ties = Ties(world, ids, index);

        var idsChanged = !ids.AsSpan().SequenceEqual(_sentIds);
        var tiesChanged = idsChanged || ties.Count != _sentTies.Count || ties.Where((t, i) => !t.AsSpan().SequenceEqual(_sentTies[i])).Any();
        if (idsChanged) _sentIds = ids;
        if (tiesChanged) _sentTies = ties;

        _focus = Focus(world, ids, _focus);
        var lit = new List<int>();
        var other = new List<int>();
        for (var i = 0; i < ids.Length; i++)
        {
            if (_focus >= 0 && world.Adoption.Has(_focus, ids[i])) lit.Add(i);
            else if (firms.AdoptedCount[ids[i]] > 0) other.Add(i);
        }
        var newly = world.Counters.Events.Where(e => e.Idea == _focus && index.ContainsKey(e.Firm)).Select(e => index[e.Firm]).Distinct().ToList();
        return new NetworkFrame(idsChanged ? ids : null, tiesChanged ? ties : null, _focus, lit, newly, other);
    }

    private static List<int[]> Ties(World world, int[] ids, Dictionary<int, int> index)
    {
        var ties = new List<int[]>();
        var network = world.Network;
        for (var i = 0; i < ids.Length; i++)
        {
            var f = ids[i];
            if (f < network.FirmCount)
            {
                var neighbours = network.Neighbours(f);
                var weights = network.NeighbourWeights(f);
                for (var k = 0; k < neighbours.Length; k++)
                    if (weights[k] > 0 && neighbours[k] > f && index.TryGetValue(neighbours[k], out var j)) ties.Add([i, j, 0]);
            }
            foreach (var t in world.DynamicTies.Of(f))
                if (t.Partner > f && index.TryGetValue(t.Partner, out var j)) ties.Add([i, j, t.Brokered ? 1 : 2]);
        }
        return ties;
    }

    /// <summary>The idea with the most adopters among the firms shown (lowest number on a tie); the current one stays until overtaken.</summary>
    private static int Focus(World world, int[] ids, int current)
    {
        var counts = new Dictionary<int, int>();
        foreach (var f in ids)
            foreach (var idea in world.Firms.IdeasOf(f))
                counts[idea] = counts.GetValueOrDefault(idea) + 1;
        if (counts.Count == 0) return current;
        var best = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First();
        return current >= 0 && counts.GetValueOrDefault(current) >= best.Value ? current : best.Key;
    }
}
