namespace AdoptionSim.Serve;

/// <summary>
/// A scenario the page offers: a file of <c>scenarios/</c> as shipped, the overrides that make it play live
/// in a classroom, and what a class should notice while it runs.
/// </summary>
/// <param name="Id">The name in links (<c>?scenario=bass</c>): the file name without extension.</param>
/// <param name="Classroom"><c>--set</c> overrides applied before the page's own (the CLI command shown on the page repeats them).</param>
/// <param name="NetworkCity">The city the network view opens on; null = the city nearest 150 firms.</param>
public sealed record BundledScenario(string Id, string Title, IReadOnlyList<string> Classroom, IReadOnlyList<string> Notice, string? NetworkCity = null)
{
    public string File => Id + ".yaml";
}

/// <summary>The bundled scenarios, read from the <c>scenarios/</c> folder copied next to the assembly.</summary>
public sealed class ScenarioCatalogue
{
    /// <summary>The UK at a quarter of its default firms (about 18,000): a 60-tick run computes in about a second on one core.</summary>
    private static readonly string[] ClassroomUk = ["firms.scale=0.25"];

    private const string CompareWithBaseline = "Compare with the UK baseline at the same seed: the difference is the lever's effect, the rest is chance.";

    public static IReadOnlyList<BundledScenario> Entries { get; } =
    [
        new("bass", "The S-curve (Bass model)", [],
        [
            "At first only the odd firm adopts, on its own (the external coefficient p). Every adopter makes the idea easier to copy, so adoption speeds up.",
            "Halfway, imitation (q) does most of the work: see the channels chart. Then few firms are left to convert and the curve flattens into an S.",
            "The dashed line is Bass's 1969 formula. Raise q and the S gets steeper; set q to 0 and there is no S at all, only a slow climb.",
        ]),
        new("two-cities", "A hub and a small town", [],
        [
            "The hub has thirteen times the firms of Smalltown, so most new ideas are born there.",
            "Ideas reach Smalltown only through a few ties between the two cities: watch its share lag behind the hub's.",
            "The network view shows Smalltown's firms. Brokered ties (dashed) join firms that would not otherwise trust each other: raise the broker capacities and watch them multiply, and the brokered band grow in \"How firms adopt\".",
        ], NetworkCity: "Smalltown"),
        new("uk-baseline", "The UK's 63 cities", ClassroomUk,
        [
            "Each circle is a city, sized by its firms and coloured by how much it has adopted. London and the high performers pull ahead early.",
            "The gap chart measures inequality between cities. With the feedbacks on (firms enter, survive and move where ideas pay), the gap keeps widening.",
            "Switch the feedbacks off and the run starts again: does the gap still widen? That is the claim of cumulative causation, tested.",
        ]),
        new("innovation-fund", "Policy: an innovation fund for LEPs", ClassroomUk,
        [
            "After the first year, a £500m fund lets the LEPs outside the high-performing cities broker more introductions and reach more firms: watch the brokered channel grow.",
            "Does the gap narrow? Move the budget to 0 to see the baseline again.",
            CompareWithBaseline,
        ]),
        new("business-rates", "Policy: business-rate cuts for a cluster", ClassroomUk,
        [
            "High-tech manufacturers in Cambridge, Oxford and Reading pay half their business rates, so rising rents squeeze fewer of them out.",
            "Watch those three cities' firm counts on the map.",
            CompareWithBaseline,
        ]),
        new("procurement", "Policy: public procurement as a lead market", ClassroomUk,
        [
            "After the first year the public sector buys from knowledge-intensive service firms that adopt new ideas, which raises their p.",
            "The procurement channel appears in the channels chart: how much does it add to peer adoption?",
            CompareWithBaseline,
        ]),
        new("enterprise-zones", "Policy: enterprise zones", ClassroomUk,
        [
            "Every low-innovation city becomes an enterprise zone after the first year: no business rates, and grants for firms that move in.",
            "Firms move, but do ideas follow? Watch those cities' circles grow, and their colour.",
            CompareWithBaseline,
        ]),
        new("multi-area-agreement", "Policy: multi-area agreements in the North", ClassroomUk,
        [
            "Cities in the North West and in Yorkshire and The Humber pool their brokers after the first year: more introductions across city boundaries.",
            "Look at the northern cities on the map against the rest.",
            CompareWithBaseline,
        ]),
        new("national", "Policy: one national priority sector", ClassroomUk,
        [
            "The national arm: £500m, the same per head everywhere, and every city funds the same sector (knowledge-intensive services).",
            "Its twin is place-based: each city funds its own strongest sector with the same money.",
            "Run both at the same seed and compare the adoption curve and the gap: which allocation wins?",
        ]),
        new("place-based", "Policy: each city builds on its strengths", ClassroomUk,
        [
            "The place-based arm: £500m, the same per head, but each city funds its own strongest sector.",
            "Its twin is national: every city funds the same sector with the same money.",
            "Run both at the same seed and compare the adoption curve and the gap: which allocation wins?",
        ]),
    ];

    public ScenarioCatalogue(string directory)
    {
        Directory = directory;
        var missing = Entries.Where(e => !System.IO.File.Exists(FullPath(e))).Select(e => e.File).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"the bundled scenarios are missing from {directory}: {string.Join(", ", missing)}");
    }

    /// <summary>The folder the build copies <c>scenarios/</c> to, next to the assembly.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "scenarios");

    public string Directory { get; }

    public string FullPath(BundledScenario entry) => Path.Combine(Directory, entry.File);

    public static BundledScenario? Find(string id) => Entries.FirstOrDefault(e => e.Id == id);
}
