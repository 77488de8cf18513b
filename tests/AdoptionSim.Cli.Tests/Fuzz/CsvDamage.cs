using System.Globalization;
using System.Text;

namespace AdoptionSim.Cli.Tests.Fuzz;

/// <summary>Damage to a city CSV file: columns lost, doubled, renamed or swapped, ragged rows, bad quoting, odd values, many rows, bytes that are not text.</summary>
internal static class CsvDamage
{
    public static byte[] Apply(byte[] csv, SplitMix64Box random)
    {
        var lines = Encoding.UTF8.GetString(csv).Replace("\r\n", "\n").TrimEnd('\n').Split('\n').ToList();
        var header = lines[0].Split(',').ToList();
        switch (random.NextInt(14))
        {
            case 0:
                return [];
            case 1:
                return FuzzGenerator.Utf8(lines[0] + "\n");
            case 2:
                DropColumn(lines, random.NextInt(header.Count));
                break;
            case 3:
                lines[0] += "," + header[random.NextInt(header.Count)];
                break;
            case 4:
                lines[0] = lines[0].Replace(header[random.NextInt(header.Count)], random.Pick(["populaton", "City", "", "x y", "région"]));
                break;
            case 5:
                lines[1 + random.NextInt(lines.Count - 1)] += random.NextDouble() < 0.5 ? ",extra" : "";
                lines[1 + random.NextInt(lines.Count - 1)] = string.Join(',', lines[^1].Split(',').SkipLast(2));
                break;
            case 6:
                lines[1 + random.NextInt(lines.Count - 1)] = "\"unclosed," + lines[^1];
                break;
            case 7:
                return [0xEF, 0xBB, 0xBF, .. FuzzGenerator.Utf8(string.Join("\r\n", lines) + "\r\n")];
            case 8:
                ReplaceField(lines, header.IndexOf("population_2019"), random.Pick([.. FuzzMutations.ExtremeNumbers, "", "many", "\"1,000\""]), random);
                break;
            case 9:
                ReplaceField(lines, random.NextInt(header.Count), random.Pick(["", "\"\"", "NaN", "-1e308", "true", "\"a\"\"b\"", new string('x', 3000)]), random);
                break;
            case 10:
                lines.Add(lines[1]);
                break;
            case 11:
                var template = lines[1];
                var rows = random.Pick([100, 2000, 20_000]);
                for (var i = 0; i < rows; i++) lines.Add("C" + i.ToString(CultureInfo.InvariantCulture) + template[template.IndexOf(',', template.IndexOf('"', 1) + 1)..]);
                break;
            case 12:
                var bytes = FuzzGenerator.Utf8(string.Join('\n', lines)).ToArray();
                for (var k = 0; k < 1 + random.NextInt(10); k++) bytes[random.NextInt(bytes.Length)] = (byte)random.NextInt(256);
                return bytes;
            default:
                (header[0], header[1]) = (header[1], header[0]);
                lines[0] = string.Join(',', header);
                break;
        }

        return FuzzGenerator.Utf8(string.Join('\n', lines) + "\n");
    }

    private static void DropColumn(List<string> lines, int column)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var fields = lines[i].Split(',').ToList();
            if (column < fields.Count) fields.RemoveAt(column);
            lines[i] = string.Join(',', fields);
        }
    }

    private static void ReplaceField(List<string> lines, int column, string value, SplitMix64Box random)
    {
        if (column < 0) return;
        var row = 1 + random.NextInt(lines.Count - 1);
        var fields = lines[row].Split(',').ToList();
        if (column < fields.Count) fields[column] = value;
        lines[row] = string.Join(',', fields);
    }
}
