using AdoptionSim.IO.Tables;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Experiments;

/// <summary>A row of a replicate's table: the tick, the group (gap variable, lever) and the city; "" where the table has none.</summary>
internal readonly record struct RowKey(int Tick, string Group, string City);

/// <summary>One replicate's table reduced to row keys and measures as doubles (NaN for null).</summary>
internal sealed class ReplicateTable
{
    public required int Replicate;
    public required long Seed;
    public required string[] Measures;
    public required Dictionary<RowKey, int> Index;

    /// <summary>Keys in order of first appearance.</summary>
    public required List<RowKey> Keys;

    /// <summary>The class of each city, or the type of each lever, by (group, city).</summary>
    public required Dictionary<(string Group, string City), string> Attributes;

    /// <summary>[measure][row]</summary>
    public required double[][] Values;

    /// <summary>The value of <paramref name="measure"/> at <paramref name="key"/>, or <paramref name="missing"/> when the table has no such row or column.</summary>
    public double ValueOf(RowKey key, string measure, double missing)
    {
        var m = Array.IndexOf(Measures, measure);
        return m >= 0 && Index.TryGetValue(key, out var row) ? Values[m][row] : missing;
    }
}

/// <summary>Reading run tables for the summarizer, and combining cities into totals as their columns declare.</summary>
internal static class SummaryData
{
    /// <summary>
    /// Reads one replicate's table: keys from the named columns (null: the table has none), the attribute of
    /// each key (first row wins), and every int32, int64 and double column not in <paramref name="identity"/> as a measure.
    /// </summary>
    public static ReplicateTable Load(ParquetTable table, SummaryReplicate replicate, string? groupColumn, string? cityColumn,
        string? attributeColumn, IReadOnlyCollection<string> identity)
    {
        var ticks = table.GetInt32("tick");
        var groups = groupColumn is null ? null : table.GetString(groupColumn);
        var cities = cityColumn is null ? null : table.GetString(cityColumn);
        var attributes = attributeColumn is not null && table.Schema.IndexOf(attributeColumn) >= 0 ? table.GetString(attributeColumn) : null;
        var measures = table.Schema.Columns
            .Where(c => c.Type is ParquetType.Int32 or ParquetType.Int64 or ParquetType.Double && !identity.Contains(c.Name))
            .ToArray();
        var values = measures.Select(c => c.Type switch
        {
            ParquetType.Int32 => Masked(table, c.Name, table.GetInt32(c.Name).Select(v => (double)v).ToArray()),
            ParquetType.Int64 => Masked(table, c.Name, table.GetInt64(c.Name).Select(v => (double)v).ToArray()),
            _ => Masked(table, c.Name, table.GetDouble(c.Name)),
        }).ToArray();
        var index = new Dictionary<RowKey, int>(table.RowCount);
        var keys = new List<RowKey>(table.RowCount);
        var attributeOf = new Dictionary<(string, string), string>();
        for (var row = 0; row < table.RowCount; row++)
        {
            var key = new RowKey(ticks[row], groups?[row] ?? "", cities?[row] ?? "");
            if (index.TryAdd(key, row)) keys.Add(key);
            if (attributes is not null) attributeOf.TryAdd((key.Group, key.City), attributes[row] ?? "");
        }

        return new ReplicateTable
        {
            Replicate = replicate.Replicate,
            Seed = replicate.Seed,
            Measures = measures.Select(c => c.Name).ToArray(),
            Index = index,
            Keys = keys,
            Attributes = attributeOf,
            Values = values,
        };
    }

    private static double[] Masked(ParquetTable table, string column, double[] values)
    {
        if (table.GetNullMask(column) is { } nulls)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (nulls[i]) values[i] = double.NaN;
            }
        }

        return values;
    }

    /// <summary>
    /// One replicate's rows combined over cities, per tick and group: each measure as its column in
    /// <paramref name="declaration"/> says (<see cref="Aggregation"/>: summed, the largest, or the mean
    /// weighted by <paramref name="weightColumn"/> over rows whose weight is positive). Measures declared
    /// <see cref="Aggregation.None"/>, or not declared, are left out.
    /// </summary>
    public static ReplicateTable Totals(ReplicateTable rows, IOutputTable declaration, string? weightColumn)
    {
        var columns = declaration.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var kept = Enumerable.Range(0, rows.Measures.Length)
            .Where(m => columns.TryGetValue(rows.Measures[m], out var c) && c.Aggregation != Aggregation.None).ToArray();
        var kinds = kept.Select(m => columns[rows.Measures[m]].Aggregation).ToArray();
        // Each weighted mean is weighted by its own weight column if it names one, else by the table's.
        var weightOf = kept.Select(m => columns[rows.Measures[m]].Weight ?? weightColumn)
            .Select(w => w is null ? -1 : Array.IndexOf(rows.Measures, w)).ToArray();
        var groups = rows.Keys.Select(k => k with { City = "" }).Distinct().ToList();
        var index = groups.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var values = kept.Select(_ => new double[groups.Count]).ToArray();
        var weights = kept.Select(_ => new double[groups.Count]).ToArray();
        var attributes = new Dictionary<(string, string), string>();
        foreach (var key in rows.Keys)
        {
            var row = rows.Index[key];
            var t = index[key with { City = "" }];
            for (var k = 0; k < kept.Length; k++)
            {
                var v = rows.Values[kept[k]][row];
                switch (kinds[k])
                {
                    case Aggregation.Sum: values[k][t] += v; break;
                    case Aggregation.Max: values[k][t] = Math.Max(values[k][t], v); break;
                    default:
                        var weight = weightOf[k] >= 0 ? rows.Values[weightOf[k]][row] : 1;
                        if (weight > 0 && double.IsFinite(v))
                        {
                            values[k][t] += weight * v;
                            weights[k][t] += weight;
                        }
                        break;
                }
            }

            if (rows.Attributes.TryGetValue((key.Group, key.City), out var attribute)) attributes.TryAdd((key.Group, ""), attribute);
        }

        for (var k = 0; k < kept.Length; k++)
        {
            if (kinds[k] != Aggregation.WeightedMean) continue;
            for (var t = 0; t < groups.Count; t++) values[k][t] = weights[k][t] > 0 ? values[k][t] / weights[k][t] : double.NaN;
        }

        return new ReplicateTable
        {
            Replicate = rows.Replicate,
            Seed = rows.Seed,
            Measures = kept.Select(m => rows.Measures[m]).ToArray(),
            Index = index,
            Keys = groups,
            Attributes = attributes,
            Values = values,
        };
    }

    /// <summary>Keys of all replicates in order of first appearance, stably sorted by tick.</summary>
    public static List<RowKey> KeysOf(ReplicateTable[] tables)
    {
        var seen = new HashSet<RowKey>();
        var keys = new List<RowKey>();
        foreach (var table in tables)
        {
            foreach (var key in table.Keys.Where(seen.Add)) keys.Add(key);
        }

        return keys.Select((k, i) => (k, i)).OrderBy(x => x.k.Tick).ThenBy(x => x.i).Select(x => x.k).ToList();
    }
}
