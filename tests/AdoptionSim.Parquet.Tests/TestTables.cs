using AdoptionSim.Parquet;

namespace AdoptionSim.Parquet.Tests;

/// <summary>The tables every reader must read back exactly: every type, nulls, edge values, sizes, codecs.</summary>
public static class TestTables
{
    public static readonly ParquetSchema AllTypes = new(
        new ParquetColumn("i32", ParquetType.Int32),
        new ParquetColumn("i64", ParquetType.Int64),
        new ParquetColumn("f64", ParquetType.Double),
        new ParquetColumn("flag", ParquetType.Boolean),
        new ParquetColumn("text", ParquetType.String),
        new ParquetColumn("i32_opt", ParquetType.Int32, Optional: true),
        new ParquetColumn("i64_opt", ParquetType.Int64, Optional: true),
        new ParquetColumn("f64_opt", ParquetType.Double, Optional: true),
        new ParquetColumn("flag_opt", ParquetType.Boolean, Optional: true),
        new ParquetColumn("text_opt", ParquetType.String, Optional: true));

    public static readonly int[] Ints = [0, 1, -1, int.MinValue, int.MaxValue, 42, -42, 1 << 30];
    public static readonly long[] Longs = [0L, 1L, -1L, long.MinValue, long.MaxValue, 1L << 40, -(1L << 53) - 1];

    public static readonly double[] Doubles =
    [
        0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1.0 / 3, -2.5,
        double.Epsilon, double.MaxValue, double.MinValue, 1e-300, Math.PI,
    ];

    public static readonly string[] Strings =
    [
        "", "a", "Zürich", "日本語の都市", "emoji 🎉 outside the BMP", "tab\tquote\"newline\n", "São Paulo",
        "\uFFFD replacement", "x", "a",
    ];

    /// <summary>Rows cycling through the edge values at different periods so every combination meets nulls.</summary>
    public static List<object?[]> EdgeRows(int count)
    {
        var rows = new List<object?[]>(count);
        for (var r = 0; r < count; r++)
        {
            rows.Add(
            [
                Ints[r % Ints.Length], Longs[r % Longs.Length], Doubles[r % Doubles.Length], r % 3 == 0, Strings[r % Strings.Length],
                r % 4 == 1 ? null : Ints[(r + 3) % Ints.Length],
                r % 5 == 2 ? null : Longs[(r + 1) % Longs.Length],
                r % 3 == 2 ? null : Doubles[(r + 5) % Doubles.Length],
                r % 7 == 3 ? null : r % 2 == 0,
                r % 6 == 4 ? null : Strings[(r + 2) % Strings.Length],
            ]);
        }
        return rows;
    }

    /// <summary>Several row groups and pages, long runs (RLE) and mixed stretches (bit-packed), mostly-null and all-null columns.</summary>
    public static TestTable ManyRowGroups()
    {
        var schema = new ParquetSchema(
            new ParquetColumn("tick", ParquetType.Int32),
            new ParquetColumn("city", ParquetType.String),
            new ParquetColumn("adopters", ParquetType.Int64),
            new ParquetColumn("share", ParquetType.Double),
            new ParquetColumn("rare", ParquetType.Double, Optional: true),
            new ParquetColumn("never", ParquetType.String, Optional: true),
            new ParquetColumn("constant", ParquetType.String),
            new ParquetColumn("on", ParquetType.Boolean, Optional: true));
        string[] cities = ["Lyon", "Köln", "Kraków", "Málaga", "Porto"];
        var rows = new List<object?[]>();
        for (var r = 0; r < 7_500; r++)
        {
            rows.Add(
            [
                r / cities.Length, cities[r % cities.Length], (long)r * r, r / 7_500.0,
                r % 997 == 0 ? r * 0.5 : null, null, "same",
                r < 3000 ? null : (r / 100) % 2 == 0,
            ]);
        }
        return new TestTable("many-row-groups", schema, rows, new ParquetWriteOptions { RowGroupRows = 2_000, PageBytes = 1024 });
    }

    /// <summary>More distinct strings than the dictionary limit allows: the column falls back to PLAIN mid row group,
    /// and the next row group starts with a fresh dictionary.</summary>
    public static TestTable DictionaryFallback()
    {
        var schema = new ParquetSchema(
            new ParquetColumn("id", ParquetType.Int32),
            new ParquetColumn("label", ParquetType.String),
            new ParquetColumn("label_opt", ParquetType.String, Optional: true));
        var rows = new List<object?[]>();
        for (var r = 0; r < 12_000; r++)
            rows.Add([r, $"agent-{r:D6}-ü", r % 10 == 0 ? null : $"opt-{r}"]);
        return new TestTable("dictionary-fallback", schema, rows,
            new ParquetWriteOptions { RowGroupRows = 5_000, DictionaryPageBytesLimit = 16 * 1024, PageBytes = 8 * 1024 });
    }

    public static IEnumerable<TestTable> All()
    {
        foreach (var codec in Enum.GetValues<ParquetCodec>())
            yield return new TestTable($"all-types-{codec}", AllTypes, EdgeRows(300), new ParquetWriteOptions { Codec = codec });
        yield return new TestTable("zero-rows", AllTypes, [], new ParquetWriteOptions());
        yield return new TestTable("one-row", AllTypes, EdgeRows(1), new ParquetWriteOptions());
        yield return new TestTable("all-null", new ParquetSchema(
                new ParquetColumn("a", ParquetType.Int32, true), new ParquetColumn("b", ParquetType.String, true),
                new ParquetColumn("c", ParquetType.Double, true), new ParquetColumn("d", ParquetType.Boolean, true)),
            Enumerable.Range(0, 20).Select(_ => new object?[] { null, null, null, null }).ToList(), new ParquetWriteOptions());
        yield return new TestTable("all-nan", new ParquetSchema(new ParquetColumn("x", ParquetType.Double)),
            Enumerable.Range(0, 9).Select(_ => new object?[] { double.NaN }).ToList(), new ParquetWriteOptions());
        yield return ManyRowGroups();
        yield return DictionaryFallback();
    }
}
