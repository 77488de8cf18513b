using System.Globalization;
using System.Text;
using AdoptionSim.Core.Random;

namespace AdoptionSim.Cli.Tests.Fuzz;

/// <summary>
/// Structure-aware damage to a YAML tree: each call picks a node at random and changes its type, its value
/// (extreme numbers, odd text), its key, its place (deleted, duplicated, nested deep, aliased), or adds an
/// alias bomb or an <c>extends:</c>. Every choice comes from the generator it is given, so a case is fully
/// determined by its seed and index.
/// </summary>
internal sealed class FuzzMutations(SplitMix64Box random, IReadOnlyList<string> otherFiles)
{
    /// <summary>Numbers at and beyond every limit a parser or the model has.</summary>
    public static readonly string[] ExtremeNumbers =
    [
        "0", "-0", "-1", "1", "0.5", "1e-320", "4.9e-324", "1e308", "-1e308", "1.7976931348623157e308", "1e309", "99999999999999999999",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", ".nan", ".inf", "-.inf",
        "NaN", "Infinity", "1e6", "1e9", "1e10", "1000000000", "250000001", "100000", "100001", "255", "256", "0x10", "1_000", "+5", "1e", "--1",
        "0.000001", "12345678901234567890.5", "1e-5", "100", "101", "10000", "10001", "1000", "1001",
    ];

    /// <summary>Text that breaks naive handling: control and bidi characters, other scripts, YAML syntax, huge.</summary>
    public static string[] OddText(SplitMix64Box random) =>
    [
        "", " ", "\t", "naïve café", "東京", "مدينة", "‮evil‮", "a\u0000b", "line\nbreak", "\u001b[31mred", "🏙️🏭", "e\u0301\u0301\u0301",
        "\ufeffbom", "true", "null", "~", "yes", "1e3", "'", "\"", "{", "[", "*alias", "&anchor", "!!binary AAAA", "!tag x", "<<", "- x", "? k",
        "key: value", "#comment", "a,b", "../../etc/passwd", "/dev/zero", new string('x', 5000), new string('é', 200 + random.NextInt(400)),
        string.Concat(Enumerable.Repeat("ab€", 50_000)),
    ];

    /// <summary>One mutation; returns the root, which it may have replaced.</summary>
    public YNode Apply(YNode root)
    {
        var slots = Slots.Of(root);
        var slot = slots[random.NextInt(slots.Count)];
        switch (random.NextInt(18))
        {
            case >= 14: Gentle(slots); break;
            case 0 or 1: ReplaceScalar(slot); break;
            case 2: slot.Set(SwapType(slot.Get())); break;
            case 3: ScaleNumber(slot); break;
            case 4: Delete(slots); break;
            case 5: Duplicate(slots); break;
            case 6: RenameKey(root); break;
            case 7: slot.Set(Nest(slot.Get(), random.Pick([2, 5, 63, 64, 70, 1200, 30_000]))); break;
            case 8: Alias(slots); break;
            case 9: Bomb(root); break;
            case 10: Extends(root); break;
            case 11: AddKey(slots); break;
            case 12: Grow(slots); break;
            default: slot.Set(new YScalar(random.Pick(OddText(random)), (Quoting)random.NextInt(3))); break;
        }

        return slots[0].Get();
    }

    /// <summary>A change a careful user might make: a number halved, doubled or zeroed, a switch flipped; the file often stays valid, so runs are exercised too.</summary>
    private void Gentle(List<Slot> slots)
    {
        var scalars = slots.Where(s => s.Get() is YScalar).ToList();
        if (scalars.Count == 0) return;
        var slot = scalars[random.NextInt(scalars.Count)];
        var text = ((YScalar)slot.Get()).Text;
        if (text is "true" or "false")
        {
            slot.Set(new YScalar(text == "true" ? "false" : "true"));
        }
        else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
        {
            var y = random.NextInt(5) switch
            {
                0 => 0,
                1 => Math.Round(x * 2),
                2 => x / 2,
                3 => Math.Round(x * (0.5 + random.NextDouble())),
                _ => x * (0.5 + random.NextDouble()),
            };
            slot.Set(new YScalar(y.ToString("R", CultureInfo.InvariantCulture)));
        }
    }

    private void ReplaceScalar(Slot slot)
    {
        var quoted = random.NextDouble() < 0.2 ? (Quoting)(1 + random.NextInt(2)) : Quoting.Plain;
        slot.Set(new YScalar(random.NextDouble() < 0.7 ? random.Pick(ExtremeNumbers) : random.Pick(OddText(random)), quoted));
    }

    private YNode SwapType(YNode node) => random.NextInt(7) switch
    {
        0 => new YScalar("null"),
        1 => new YMap([]),
        2 => new YList([]),
        3 => new YList([node.Clone(), new YScalar("1")], flow: random.NextDouble() < 0.5),
        4 => new YMap([(new YScalar("value"), node.Clone())], flow: random.NextDouble() < 0.5),
        5 => new YScalar(node is YScalar s ? s.Text : "x", Quoting.Double),
        _ => new YScalar(random.NextDouble() < 0.5 ? "true" : "false"),
    };

    private void ScaleNumber(Slot slot)
    {
        if (slot.Get() is not YScalar s || !double.TryParse(s.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
        {
            ReplaceScalar(slot);
            return;
        }

        var y = random.NextInt(4) switch
        {
            0 => x * Math.Pow(10, random.NextInt(25) - 5),
            1 => -x,
            2 => x + 0.5,
            _ => x * (1 + random.NextInt(1000)),
        };
        slot.Set(new YScalar(y.ToString("R", CultureInfo.InvariantCulture)));
    }

    private void Delete(List<Slot> slots)
    {
        var containers = slots.Where(s => s.Container is not null).ToList();
        if (containers.Count == 0) return;
        containers[random.NextInt(containers.Count)].Remove();
    }

    private void Duplicate(List<Slot> slots)
    {
        var containers = slots.Where(s => s.Container is not null).ToList();
        if (containers.Count == 0) return;
        containers[random.NextInt(containers.Count)].Duplicate();
    }

    private void RenameKey(YNode root)
    {
        var maps = Slots.Maps(root).Where(m => m.Entries.Count > 0).ToList();
        if (maps.Count == 0) return;
        var map = maps[random.NextInt(maps.Count)];
        var i = random.NextInt(map.Entries.Count);
        var old = map.Entries[i].Key is YScalar s ? s.Text : "k";
        string renamed = random.NextInt(6) switch
        {
            0 when old.Length > 1 => old[1..],
            1 when old.Length > 2 => old[..1] + old[2] + old[1] + old[3..],
            2 => old.ToUpperInvariant(),
            3 => "k" + new string('x', 1 + random.NextInt(100_000)),
            4 => random.Pick(OddText(random)),
            _ => old + ".nested[0]",
        };
        map.Entries[i] = (random.NextDouble() < 0.1 ? new YList([new YScalar(renamed)], flow: true) : new YScalar(renamed), map.Entries[i].Value);
    }

    private YNode Nest(YNode inner, int depth)
    {
        var maps = random.NextDouble() < 0.5;
        var (open, close) = maps ? ("{n: ", "}") : ("[", "]");
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++) text.Append(open);
        text.Append(YamlEmitter.Flow(inner));
        for (var i = 0; i < depth; i++) text.Append(close);
        return new YRaw(text.ToString());
    }

    private void Alias(List<Slot> slots)
    {
        var target = slots[random.NextInt(slots.Count)].Get();
        target.Anchor ??= "a" + random.NextInt(1000).ToString(CultureInfo.InvariantCulture);
        var at = slots[random.NextInt(slots.Count)];
        if (!ReferenceEquals(at.Get(), target)) at.Set(new YAlias(random.NextDouble() < 0.1 ? "missing" : target.Anchor));
    }

    /// <summary>The billion laughs: each level a list of aliases to the one before; used where the binder walks a list.</summary>
    private void Bomb(YNode root)
    {
        if (root is not YMap map) return;
        var levels = 3 + random.NextInt(10);
        var width = 3 + random.NextInt(8);
        YNode level = new YList(Enumerable.Range(0, width).Select(_ => (YNode)new YScalar("lol")).ToList(), flow: true) { Anchor = "l0" };
        map.Entries.Insert(0, (new YScalar("description"), new YScalar("bomb")));
        var holder = new YList([level], flow: true);
        for (var i = 1; i <= levels; i++)
        {
            level = new YList(Enumerable.Range(0, width).Select(_ => (YNode)new YAlias($"l{i - 1}")).ToList(), flow: true) { Anchor = $"l{i}" };
            holder.Items.Add(level);
        }

        map.Entries.Insert(0, (new YScalar("x_bombs"), holder));
        var target = random.Pick(["ideas", "policies", "sectors", "x_bombs_use"]);
        map.Set(target, new YAlias($"l{levels}"));
    }

    private void Extends(YNode root)
    {
        if (root is not YMap map) return;
        YNode value = random.NextInt(12) switch
        {
            0 or 1 when otherFiles.Count > 0 => new YScalar(random.Pick(otherFiles.ToArray())),
            2 => new YScalar("scenario.yaml"),
            3 => new YScalar("missing.yaml"),
            4 => new YScalar("/etc/passwd"),
            5 => new YScalar("/dev/zero"),
            6 => new YScalar("/proc/self/status"),
            7 => new YScalar("/tmp"),
            8 => new YScalar(string.Concat(Enumerable.Repeat("../", 2000)) + "x.yaml"),
            9 => new YList([new YScalar("base.yaml")], flow: true),
            10 => new YScalar("12"),
            _ => new YScalar(""),
        };
        map.Entries.RemoveAll(e => e.Key is YScalar { Text: "extends" });
        map.Entries.Insert(0, (new YScalar("extends"), value));
    }

    private void AddKey(List<Slot> slots)
    {
        var maps = slots.Select(s => s.Get()).OfType<YMap>().ToList();
        if (maps.Count == 0) return;
        maps[random.NextInt(maps.Count)].Entries.Add((new YScalar(random.Pick(["unknown", "seeds", "tick", "citiez", "extends", "name", "x.y", "[a]"])), new YScalar(random.Pick(ExtremeNumbers))));
    }

    /// <summary>More of a list: more cities, ideas, brokers or policies (up to a few thousand), so sizes and checks scale.</summary>
    private void Grow(List<Slot> slots)
    {
        var lists = slots.Select(s => s.Get()).OfType<YList>().Where(l => l.Items.Count > 0).ToList();
        if (lists.Count == 0) return;
        var list = lists[random.NextInt(lists.Count)];
        // At most a few megabytes of text: the point is more items, not a file the generator cannot hold.
        var size = Math.Max(1, YamlEmitter.Flow(list).Length);
        var copies = Math.Min(random.Pick([2, 10, 300, 3000]), 4_000_000 / size);
        var items = list.Items.ToList();
        for (var c = 0; c < copies; c++)
        {
            foreach (var item in items)
            {
                var copy = item.Clone();
                copy.Anchor = null;
                if (copy is YMap m && m.Get("name") is YScalar name) m.Set("name", new YScalar(name.Text + c.ToString(CultureInfo.InvariantCulture)));
                list.Items.Add(copy);
            }
        }
    }
}

/// <summary>A SplitMix64 that can be passed around and advanced by reference.</summary>
internal sealed class SplitMix64Box(ulong seed)
{
    private SplitMix64 _random = new(seed);

    public double NextDouble() => _random.NextDouble();

    public int NextInt(int bound) => _random.NextInt(bound);

    public T Pick<T>(T[] choices) => choices[NextInt(choices.Length)];

    public string Text(int length, string alphabet)
    {
        var b = new StringBuilder(length);
        for (var i = 0; i < length; i++) b.Append(alphabet[NextInt(alphabet.Length)]);
        return b.ToString();
    }
}
