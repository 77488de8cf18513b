using System.Linq.Expressions;
using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Model.Scenario;

/// <summary>
/// A problem with a scenario that no single field shows: it names the object and key at fault, so that a
/// loader can say where they were written (file, line, column) and a programmatic caller can still read it.
/// A null <see cref="Key"/> means the object as a whole; <see cref="Entry"/> names a key inside a map field.
/// </summary>
public sealed record ScenarioIssue(object Owner, string? Key, string Message, string? Entry = null);

/// <summary>
/// Checks that hold between fields once a scenario is bound and its cities resolved: names that refer to
/// other things exist, weights make sense, shares add up. Ranges of single fields are the schema's job.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>Tolerance on shares that must sum to 1.</summary>
    public const double ShareTolerance = 1e-9;

    public static IReadOnlyList<ScenarioIssue> Validate(ScenarioSpec spec)
    {
        var issues = new List<ScenarioIssue>();
        var sectors = CheckSectors(spec, issues);
        CheckClasses(spec, sectors, issues);
        var cities = CheckCities(spec, sectors, issues);
        CheckFirms(spec, issues);
        CheckIdeas(spec, cities, sectors, issues);
        CheckBrokers(spec, cities, sectors, issues);
        CheckPolicies(spec, cities, sectors, issues);
        GovernanceChecks.Check(spec, spec.Cities.Resolved.Count > 0 ? spec.Cities.Resolved : spec.Cities.Inline, issues);
        return issues;
    }

    private static NameSet CheckSectors(ScenarioSpec spec, List<ScenarioIssue> issues)
    {
        var names = new NameSet();
        if (spec.Sectors.Count == 0)
        {
            issues.Add(At(spec, s => s.Sectors, "a scenario needs at least one sector"));
        }

        foreach (var sector in spec.Sectors)
        {
            if (sector.Name.Length == 0)
            {
                issues.Add(At(sector, s => s.Name, "a sector needs a name"));
            }
            else if (names.Contains(sector.Name))
            {
                issues.Add(At(sector, s => s.Name, $"sector '{ShownText.Value(sector.Name)}' is defined twice"));
            }
            else
            {
                names.Add(sector.Name);
            }
        }

        return names;
    }

    private static void CheckClasses(ScenarioSpec spec, NameSet sectors, List<ScenarioIssue> issues)
    {
        // The first city of each class that takes its class's mix, found in one pass (a lookup per class was classes × cities).
        var firstUser = new Dictionary<string, CitySpec>(StringComparer.Ordinal);
        foreach (var city in spec.Cities.Resolved.Where(c => c.SectorMix is null)) firstUser.TryAdd(city.Class, city);
        foreach (var (name, defaults) in spec.Classes)
        {
            if (name.Length == 0)
            {
                issues.Add(At(spec, s => s.Classes, "a class needs a non-empty name"));
            }

            // A class mix matters only for the cities without their own mix. It is often a default nobody
            // wrote (e.g. after replacing the sectors), so the message says where it comes from and the fixes.
            if (!firstUser.TryGetValue(name, out var user))
            {
                continue;
            }

            var unknown = defaults.SectorMix.Keys.Where(k => !sectors.Contains(k)).ToList();
            var fix = $"write classes.{name}.sector_mix or give city '{user.Name}' its own sector_mix";
            if (unknown.Count > 0)
            {
                var listed = string.Join(", ", unknown.Select(k => $"'{k}'"));
                issues.Add(At(defaults, c => c.SectorMix, $"the sector_mix of class '{name}', used by city '{user.Name}', names unknown sector{(unknown.Count == 1 ? "" : "s")} {listed}; {fix}", unknown[0]));
            }
            else if (!(defaults.SectorMix.Values.Sum() > 0))
            {
                issues.Add(At(defaults, c => c.SectorMix, $"the sector_mix of class '{name}', used by city '{user.Name}', must have a positive sum; {fix}"));
            }
        }
    }

    private static NameSet CheckCities(ScenarioSpec spec, NameSet sectors, List<ScenarioIssue> issues)
    {
        var names = new NameSet();
        if (spec.Cities.Resolved.Count == 0)
        {
            issues.Add(new(spec.Cities, null, "a scenario needs at least one city (cities.file or cities.inline)"));
        }

        foreach (var city in spec.Cities.Resolved)
        {
            if (city.Name.Length == 0)
            {
                issues.Add(At(city, c => c.Name, "a city needs a name"));
            }
            else if (names.Contains(city.Name))
            {
                issues.Add(At(city, c => c.Name, $"city '{ShownText.Value(city.Name)}' is defined twice"));
            }
            else
            {
                names.Add(city.Name);
            }

            if (city.Population <= 0)
            {
                issues.Add(At(city, c => c.Population, $"city '{ShownText.Value(city.Name)}' needs a positive population"));
            }

            if (!spec.Classes.ContainsKey(city.Class))
            {
                issues.Add(At(city, c => c.Class, UnknownName("class", city.Class, spec.Classes.Keys)));
            }

            if (city.SectorMix is not null)
            {
                CheckMix(city.SectorMix, city, FieldSchema.KeyOf((CitySpec c) => c.SectorMix), sectors, issues);
            }
        }

        return names;
    }

    /// <summary>A sector mix: known sectors, weights not negative (the schema checks that), a positive sum.</summary>
    private static void CheckMix(Dictionary<string, double> mix, object owner, string key, NameSet sectors, List<ScenarioIssue> issues)
    {
        foreach (var name in mix.Keys)
        {
            if (!sectors.Contains(name))
            {
                issues.Add(new(owner, key, UnknownName("sector", name, sectors), name));
            }
        }

        if (!(mix.Values.Sum() > 0))
        {
            issues.Add(new(owner, key, "the weights must have a positive sum"));
        }
    }

    private static void CheckFirms(ScenarioSpec spec, List<ScenarioIssue> issues)
    {
        var shares = spec.Firms.SizeShares;
        var sum = shares.Micro + shares.Small + shares.Medium + shares.Large;
        if (Math.Abs(sum - 1) > ShareTolerance)
        {
            issues.Add(new(shares, null, $"size shares must sum to 1, they sum to {sum.ToString("G12", System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        if (spec.Firms.Count > 0 && spec.Cities.Resolved.Count > 1)
        {
            issues.Add(At(spec.Firms, f => f.Count, $"an exact firm count is for single-city scenarios; this one has {spec.Cities.Resolved.Count} cities (use per_thousand and scale)"));
        }

        if (spec.Invention.InitialIdeas > spec.Invention.MaxIdeas)
        {
            issues.Add(At(spec.Invention, i => i.InitialIdeas, $"initial_ideas ({spec.Invention.InitialIdeas}) is more than max_ideas ({spec.Invention.MaxIdeas})"));
        }

        if (spec.Ideas.Count > spec.Invention.MaxIdeas)
        {
            issues.Add(At(spec, s => s.Ideas, $"{spec.Ideas.Count} ideas are listed but invention.max_ideas is {spec.Invention.MaxIdeas}"));
        }
    }

    private static void CheckIdeas(ScenarioSpec spec, NameSet cities, NameSet sectors, List<ScenarioIssue> issues)
    {
        foreach (var idea in spec.Ideas)
        {
            if (idea.City.Length > 0 && !cities.Contains(idea.City))
            {
                issues.Add(At(idea, i => i.City, UnknownName("city", idea.City, cities)));
            }

            if (idea.Sector.Length > 0 && !sectors.Contains(idea.Sector))
            {
                issues.Add(At(idea, i => i.Sector, UnknownName("sector", idea.Sector, sectors)));
            }

            foreach (var key in idea.Relevance?.Keys ?? Enumerable.Empty<string>())
            {
                if (!sectors.Contains(key))
                {
                    issues.Add(At(idea, i => i.Relevance, UnknownName("sector", key, sectors), key));
                }
            }
        }
    }

    private static void CheckBrokers(ScenarioSpec spec, NameSet cities, NameSet sectors, List<ScenarioIssue> issues)
    {
        foreach (var broker in spec.Brokers.Inline)
        {
            if (broker.City.Length == 0)
            {
                issues.Add(At(broker, b => b.City, "a broker needs a home city"));
            }
            else if (!cities.Contains(broker.City))
            {
                issues.Add(At(broker, b => b.City, UnknownName("city", broker.City, cities)));
            }

            if (broker.Sector is not null && !sectors.Contains(broker.Sector))
            {
                issues.Add(At(broker, b => b.Sector, UnknownName("sector", broker.Sector, sectors)));
            }
            else if (broker.Sector is null && broker.Kind == BrokerKind.SectorNetwork)
            {
                issues.Add(At(broker, b => b.Sector, $"a {EnumSchema<BrokerKind>.Instance.NameOf(BrokerKind.SectorNetwork)} broker needs the sector it serves"));
            }
        }
    }

    /// <summary>An issue about one field, named by its property (the key is derived as the schema derives it): a misspelt key cannot compile.</summary>
    private static ScenarioIssue At<T, TValue>(T owner, Expression<Func<T, TValue>> field, string message, string? entry = null)
        where T : class =>
        new(owner, FieldSchema.KeyOf(field), message, entry);

    private static string UnknownName(string what, string name, IEnumerable<string> known)
    {
        var suggestion = NameSuggester.Closest(name, known);
        var message = $"unknown {what} '{ShownText.Value(name)}'";
        return suggestion is null ? message : $"{message}; did you mean '{suggestion}'?";
    }

    private static void CheckPolicies(ScenarioSpec spec, NameSet cities, NameSet sectors, List<ScenarioIssue> issues)
    {
        var regions = new NameSet(spec.Cities.Resolved.Select(c => c.Region));
        foreach (var policy in spec.Policies)
        {
            foreach (var name in policy.Cities.Where(n => !cities.Contains(n)))
                issues.Add(At(policy, p => p.Cities, $"no city '{ShownText.Value(name)}'{Suggest(name, cities)}"));
            foreach (var name in policy.Classes.Where(n => !spec.Classes.ContainsKey(n)))
                issues.Add(At(policy, p => p.Classes, $"no class '{ShownText.Value(name)}'{Suggest(name, spec.Classes.Keys)}"));
            foreach (var name in policy.Regions.Where(n => !regions.Contains(n)))
                issues.Add(At(policy, p => p.Regions, $"no city has region '{ShownText.Value(name)}'{Suggest(name, regions)}"));
            foreach (var name in policy.Sectors.Where(n => !sectors.Contains(n)))
                issues.Add(At(policy, p => p.Sectors, $"no sector '{ShownText.Value(name)}'{Suggest(name, sectors)}"));
            if (policy.End != 0 && policy.End < policy.Start)
                issues.Add(At(policy, p => p.End, $"end ({policy.End}) is before start ({policy.Start}); 0 means to the end of the run"));
            policy.Type.Validate(policy, new LeverCheck(policy, sectors.ToList(), cities.ToList(), issues));
        }
    }

    private static string Suggest(string name, IEnumerable<string> candidates) =>
        NameSuggester.Closest(name, candidates.ToList()) is { } best ? $"; did you mean '{best}'?" : "";

    /// <summary>Names in the order first added, with a hashed lookup: checks stay linear in the number of cities.</summary>
    private sealed class NameSet : IEnumerable<string>
    {
        private readonly List<string> _order = [];
        private readonly HashSet<string> _set = new(StringComparer.Ordinal);

        public NameSet()
        {
        }

        public NameSet(IEnumerable<string> names)
        {
            foreach (var name in names) Add(name);
        }

        public bool Contains(string name) => _set.Contains(name);

        public void Add(string name)
        {
            if (_set.Add(name)) _order.Add(name);
        }

        public IEnumerator<string> GetEnumerator() => _order.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
