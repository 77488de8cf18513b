using System.Globalization;
using System.Text;
using AdoptionSim.Core.Random;

namespace AdoptionSim.Cli.Tests.Fuzz;

/// <summary>One generated input: its files (name → bytes), the file to give the command, and extra arguments.</summary>
internal sealed record FuzzCase(string Kind, string Entry, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<string> Args)
{
    public const string Scenario = "scenario";
    public const string Experiment = "experiment";

    public void WriteTo(string folder)
    {
        foreach (var (name, bytes) in Files) File.WriteAllBytes(Path.Combine(folder, name), bytes);
        File.WriteAllText(Path.Combine(folder, "case.txt"), $"{Kind}\n{Entry}\n" + string.Join("", Args.Select(a => a + "\n")));
    }

    /// <summary>A case saved by <see cref="WriteTo"/> (the corpus).</summary>
    public static FuzzCase ReadFrom(string folder)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, "case.txt"));
        var files = Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != "case.txt" && Path.GetFileName(f) != "README.md")
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        return new FuzzCase(lines[0], lines[1], files, lines.Skip(2).ToList());
    }
}

/// <summary>
/// A seeded, structure-aware generator of damaged scenario and experiment files: case <c>i</c> of seed <c>s</c>
/// is always the same (its own SplitMix64 stream), whatever else runs. It starts from <see cref="FuzzTemplates"/>,
/// applies one to four <see cref="FuzzMutations"/> to a file's tree, and sometimes damages the city CSV, the
/// YAML text itself, or adds <c>--set</c> overrides.
/// </summary>
internal sealed class FuzzGenerator(ulong seed)
{
    public FuzzCase Generate(long index)
    {
        var random = new SplitMix64Box(SplitMix64.Mix(seed + SplitMix64.Gamma * (ulong)(index + 1)));
        return random.NextDouble() < 0.2 ? ExperimentCase(random) : ScenarioCase(random);
    }

    private static FuzzCase ScenarioCase(SplitMix64Box random)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var trees = new Dictionary<string, YNode>(StringComparer.Ordinal);
        switch (random.NextInt(10))
        {
            case < 4:
                trees["scenario.yaml"] = YNode.Parse(FuzzTemplates.Full);
                break;
            case < 6:
                trees["scenario.yaml"] = YNode.Parse(FuzzTemplates.FromCsv);
                files["cities.csv"] = Utf8(FuzzTemplates.Cities);
                break;
            case < 7:
                trees["scenario.yaml"] = YNode.Parse(FuzzTemplates.Bass);
                break;
            default:
                trees["scenario.yaml"] = YNode.Parse(FuzzTemplates.Child);
                var csv = random.NextDouble() < 0.5;
                trees["base.yaml"] = YNode.Parse(csv ? FuzzTemplates.FromCsv : FuzzTemplates.Full);
                if (csv) files["cities.csv"] = Utf8(FuzzTemplates.Cities);
                if (random.NextDouble() < 0.3) Chain(trees, random);
                break;
        }

        MutateTrees(trees, files.Keys.Concat(trees.Keys).ToList(), random);
        if (files.ContainsKey("cities.csv") && random.NextDouble() < 0.35) files["cities.csv"] = CsvDamage.Apply(files["cities.csv"], random);
        var args = random.NextDouble() < 0.2 ? SetArguments(random) : [];
        return Assemble(FuzzCase.Scenario, "scenario.yaml", trees, files, args, random);
    }

    private static FuzzCase ExperimentCase(SplitMix64Box random)
    {
        var trees = new Dictionary<string, YNode>(StringComparer.Ordinal)
        {
            ["experiment.yaml"] = YNode.Parse(FuzzTemplates.Experiment),
            ["scenario.yaml"] = YNode.Parse(FuzzTemplates.ExperimentScenario),
        };
        var experiment = (YMap)trees["experiment.yaml"];
        if (random.NextDouble() < 0.3)
        {
            // Grids and ranges: from a handful of points to far more than an experiment may define.
            YNode values = random.NextInt(3) switch
            {
                0 => new YMap([(new YScalar("from"), new YScalar("0.1")), (new YScalar("to"), new YScalar(random.Pick(["0.5", "0.9", "1e9", "-1"]))),
                    (new YScalar("step"), new YScalar(random.Pick(["0.1", "0.2", "1e-9", "0", "-0.1"])))], flow: true),
                1 => new YList(Enumerable.Range(0, 1 + random.NextInt(6)).Select(i => (YNode)new YScalar((0.1 * i).ToString("R", CultureInfo.InvariantCulture))).ToList(), flow: true),
                _ => new YMap([(new YScalar("q"), new YList([new YScalar("0.2"), new YScalar("0.4")], flow: true))], flow: true),
            };
            ((YMap)experiment.Get("grid")!).Set(random.Pick(["adoption.q", "adoption", "firms.scale", "ticks", "invention.max_ideas", "cities.inline[0].population", "nope.key"]), values);
        }

        MutateTrees(trees, ["scenario.yaml", "experiment.yaml"], random, onlyFirst: random.NextDouble() < 0.8 ? "experiment.yaml" : null);
        var args = random.NextDouble() < 0.15 ? new List<string> { "--set", random.Pick(["replications=3", "ticks=0", "ticks=1", "grid.adoption.q=[0.1,0.2]", "arms=[]", "name=../x", "threads_per_run=99999"]) } : [];
        return Assemble(FuzzCase.Experiment, "experiment.yaml", trees, new Dictionary<string, byte[]>(StringComparer.Ordinal), args, random);
    }

    /// <summary>Turns the chain's base into base → base1 → … → baseN (the last holding the original content).</summary>
    private static void Chain(Dictionary<string, YNode> trees, SplitMix64Box random)
    {
        var length = random.Pick([2, 5, 40]);
        var content = trees["base.yaml"];
        trees["base.yaml"] = YNode.Parse("extends: base1.yaml\nname: link\n");
        for (var i = 1; i < length; i++) trees[$"base{i}.yaml"] = YNode.Parse($"extends: base{i + 1}.yaml\nadoption: {{p: 0.0{i % 9 + 1}}}\n");
        trees[$"base{length}.yaml"] = content;
    }

    private static void MutateTrees(Dictionary<string, YNode> trees, List<string> names, SplitMix64Box random, string? onlyFirst = null)
    {
        var mutations = new FuzzMutations(random, names);
        var count = random.NextDouble() < 0.5 ? 1 : 2 + random.NextInt(3);
        for (var m = 0; m < count; m++)
        {
            var target = onlyFirst ?? trees.Keys.Order(StringComparer.Ordinal).ElementAt(random.NextInt(trees.Count));
            trees[target] = mutations.Apply(trees[target]);
        }
    }

    private static FuzzCase Assemble(string kind, string entry, Dictionary<string, YNode> trees, Dictionary<string, byte[]> files, List<string> args, SplitMix64Box random)
    {
        foreach (var (name, tree) in trees) files[name] = Utf8(YamlEmitter.Emit(tree));
        if (random.NextDouble() < 0.1) files[entry] = TextDamage(files[entry], random);
        return new FuzzCase(kind, entry, files, args);
    }

    private static List<string> SetArguments(SplitMix64Box random)
    {
        var args = new List<string>();
        for (var i = 1 + random.NextInt(3); i > 0; i--)
        {
            args.Add("--set");
            args.Add(random.Pick(["adoption.q", "ticks", "tick.years", "firms.scale", "firms.count", "cities.inline[0].population", "ideas[0].value",
                "ideas[9].value", "network", "policies[0].budget", "classes.new.skills", "=", "a..b", "x[99999999]", "sectors"])
                + "=" + random.Pick([.. FuzzMutations.ExtremeNumbers, "{a: 1}", "[1, 2]", "", "'q'", "[", new string('9', 400)]));
        }

        return args;
    }

    /// <summary>Damage to the text itself: truncation, flipped bytes, tabs, lost or repeated lines, invalid UTF-8.</summary>
    private static byte[] TextDamage(byte[] bytes, SplitMix64Box random)
    {
        if (bytes.Length == 0) return bytes;
        var damaged = bytes.ToList();
        switch (random.NextInt(5))
        {
            case 0:
                return bytes[..random.NextInt(bytes.Length)];
            case 1:
                for (var k = 0; k < 1 + random.NextInt(8); k++) damaged[random.NextInt(damaged.Count)] ^= (byte)(1 << random.NextInt(8));
                break;
            case 2:
                damaged.InsertRange(random.NextInt(damaged.Count), "\t"u8.ToArray());
                break;
            case 3:
                damaged.InsertRange(random.NextInt(damaged.Count), new byte[] { 0xFF, 0xFE, 0x00, 0xC3 });
                break;
            default:
                var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
                var at = random.NextInt(lines.Count);
                if (random.NextDouble() < 0.5) lines.RemoveAt(at);
                else lines.Insert(at, lines[at]);
                return Utf8(string.Join('\n', lines));
        }

        return [.. damaged];
    }

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
