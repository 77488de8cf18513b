using System.Globalization;

namespace AdoptionSim.IO.Plotting;

/// <summary>One Parquet file of a table, with the partition values of the folders above it (<c>arm=A/point=P</c>).</summary>
public sealed record TablePart(string Path, IReadOnlyList<KeyValuePair<string, string>> Partitions);

/// <summary>A table to export: its name (<c>points</c>, <c>city_ticks</c>, <c>summary/summary_city</c>, <c>runs/cities</c>) and its files in order.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<TablePart> Parts);

/// <summary>
/// Every table of a folder, as DuckDB's <c>read_parquet('…/**/*.parquet', hive_partitioning = true)</c> would see
/// them: a file at the top is a table; below, folders named <c>key=value</c> are partitions and other folders
/// are part of the table's name, and a file named <c>key=value.parquet</c> is one part of its folder's table
/// while any other file name is a table of its own (<c>runs/arm=A/point=P/rep=R/cities.parquet</c> is a part of
/// <c>runs/cities</c>). So a run folder's tables are its files, and a sweep's are <c>points</c>, the dataset
/// tables <c>city_ticks</c> and <c>gap_ticks</c>, each run's tables under <c>runs/</c> and the summaries.
/// Folders starting with a dot (staging folders) are skipped.
/// </summary>
public static class ExportTables
{
    public static IReadOnlyList<ExportTable> Find(string directory)
    {
        var parts = new Dictionary<string, List<(string[] Key, TablePart Part)>>(StringComparer.Ordinal);
        Walk(directory, [], [], parts);
        return parts.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new ExportTable(p.Key, p.Value.OrderBy(x => x.Key, PathOrder.Instance).Select(x => x.Part).ToList()))
            .ToList();
    }

    private static void Walk(string folder, List<string> names, List<KeyValuePair<string, string>> partitions,
        Dictionary<string, List<(string[] Key, TablePart Part)>> tables)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.parquet"))
        {
            var leaf = Path.GetFileNameWithoutExtension(file);
            var tableName = string.Join('/', IsPartition(leaf) && names.Count > 0 ? names : names.Append(leaf));
            if (!tables.TryGetValue(tableName, out var list)) tables[tableName] = list = [];
            list.Add(([.. partitions.Select(p => p.Value), leaf], new TablePart(file, partitions.ToList())));
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.')) continue;
            if (IsPartition(name))
            {
                var cut = name.IndexOf('=');
                Walk(sub, names, [.. partitions, new(name[..cut], name[(cut + 1)..])], tables);
            }
            else
            {
                Walk(sub, [.. names, name], partitions, tables);
            }
        }
    }

    private static bool IsPartition(string name) => name.IndexOf('=') > 0;

    /// <summary>Partition values in natural order: numbers by value (rep=2 before rep=10), text ordinally.</summary>
    private sealed class PathOrder : IComparer<string[]>
    {
        public static readonly PathOrder Instance = new();

        public int Compare(string[]? x, string[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                var a = Value(x[i]);
                var b = Value(y[i]);
                var c = long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    ? m.CompareTo(n)
                    : string.CompareOrdinal(a, b);
                if (c != 0) return c;
            }

            return x.Length.CompareTo(y.Length);
        }

        private static string Value(string segment) => segment.IndexOf('=') is var cut and > 0 ? segment[(cut + 1)..] : segment;
    }
}
