using System.Globalization;
using AdoptionSim.IO.Plotting;
using AdoptionSim.Parquet;
using CsvHelper;

namespace AdoptionSim.IO.Tests.Plotting;

/// <summary>`adoptionsim export --format csv`: every value comes back exactly, whatever it is.</summary>
public sealed class CsvExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly double[] Awkward =
    [
        0.1 + 0.2, 1.0 / 3, -0.0, 0, double.Epsilon, double.MaxValue, double.MinValue, 1e-7, 123456789.123456789,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, Math.PI * 1e300, -2.5e-310,
    ];

    private static readonly string?[] Texts = ["plain", "comma, inside", "quote \" inside", "line\nbreak", "", null, "=SUM(A1)", "Bristol – Bath ü", "  spaced  ", "\r\n"];

    private string WriteAwkwardTable()
    {
        var schema = new ParquetSchema(
            new ParquetColumn("d", ParquetType.Double), new ParquetColumn("d_opt", ParquetType.Double, Optional: true),
            new ParquetColumn("i", ParquetType.Int32), new ParquetColumn("l", ParquetType.Int64),
            new ParquetColumn("b", ParquetType.Boolean), new ParquetColumn("s", ParquetType.String, Optional: true));
        string path = Path.Combine(_dir, "awkward.parquet");
        using var sink = ParquetFile.Create(path, schema);
        int rows = Math.Max(Awkward.Length, Texts.Length);
        for (int r = 0; r < rows; r++)
        {
            sink.Double(0, Awkward[r % Awkward.Length]);
            if (r % 3 == 0) sink.Null(1); else sink.Double(1, Awkward[(r + 5) % Awkward.Length]);
            sink.Int32(2, r % 2 == 0 ? int.MinValue + r : int.MaxValue - r);
            sink.Int64(3, r % 2 == 0 ? long.MinValue + r : long.MaxValue - r);
            sink.Boolean(4, r % 2 == 0);
            if (Texts[r % Texts.Length] is { } s) sink.String(5, s); else sink.Null(5);
            sink.EndRow();
        }
        sink.Complete();
        return path;
    }

    /// <summary>The CSV read back with CsvHelper, header first.</summary>
    internal static List<string[]> ReadCsv(string path)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    /// <summary>Compares every cell of the CSV with the Parquet table: doubles bit for bit, null as an empty field.</summary>
    internal static void ShouldRoundTrip(ParquetTable table, string csvPath)
    {
        var rows = ReadCsv(csvPath);
        rows[0].Should().Equal(table.Schema.Columns.Select(c => c.Name));
        rows.Should().HaveCount(table.RowCount + 1);
        for (int c = 0; c < table.Schema.Columns.Count; c++)
        {
            var column = table.Schema.Columns[c];
            for (int r = 0; r < table.RowCount; r++)
            {
                string field = rows[r + 1][c];
                if (table.IsNull(c, r))
                {
                    field.Should().BeEmpty($"{column.Name}[{r}] is null");
                    continue;
                }
                switch (table.GetValue(c, r))
                {
                    case double d:
                        BitConverter.DoubleToInt64Bits(double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture))
                            .Should().Be(BitConverter.DoubleToInt64Bits(d), $"{column.Name}[{r}] = {d:R} was written '{field}'");
                        break;
                    case int i: int.Parse(field, CultureInfo.InvariantCulture).Should().Be(i); break;
                    case long l: long.Parse(field, CultureInfo.InvariantCulture).Should().Be(l); break;
                    case bool b: field.Should().Be(b ? "true" : "false"); break;
                    case string s: field.Should().Be(s, $"{column.Name}[{r}]"); break;
                    case var other: throw new InvalidOperationException($"unexpected {other?.GetType()}");
                }
            }
        }
    }

    [Fact]
    public void Every_value_round_trips_exactly_including_NaN_infinities_negative_zero_and_subnormals()
    {
        string parquet = WriteAwkwardTable();

        var exported = CsvExporter.Export(_dir);

        exported.Should().ContainSingle().Which.Path.Should().Be(Path.Combine(_dir, "csv", "awkward.csv"));
        ShouldRoundTrip(ParquetFile.Read(parquet), exported[0].Path);
    }

    [Fact]
    public void Special_values_and_text_are_written_as_documented()
    {
        WriteAwkwardTable();
        string csv = File.ReadAllText(CsvExporter.Export(_dir)[0].Path);

        csv.Should().StartWith("d,d_opt,i,l,b,s\r\n");
        csv.Should().Contain(",NaN,").And.Contain("Infinity,").And.Contain("-Infinity,").And.Contain("0.30000000000000004,");
        csv.Should().Contain("\"comma, inside\"").And.Contain("\"quote \"\" inside\"").And.Contain("\"line\nbreak\"");
        csv.Should().Contain("=SUM(A1)", "text is written as it is; the CSV is data, not a spreadsheet");
        File.ReadAllBytes(CsvExporter.Export(_dir)[0].Path).Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
    }

    [Fact]
    public void One_table_can_be_chosen_and_an_unknown_one_is_named_with_the_choices()
    {
        WriteAwkwardTable();
        File.Copy(Path.Combine(_dir, "awkward.parquet"), Path.Combine(_dir, "other.parquet"));

        CsvExporter.Export(_dir, Path.Combine(_dir, "out"), "other").Select(e => e.Table).Should().Equal("other");
        File.Exists(Path.Combine(_dir, "out", "awkward.csv")).Should().BeFalse();
        FluentActions.Invoking(() => CsvExporter.Export(_dir, table: "city_tick"))
            .Should().Throw<PlotInputException>().WithMessage("*no table 'city_tick'*awkward, other*");
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(-0.0, "-0")]
    public void Doubles_are_formatted_invariantly_and_shortest(double value, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        // A decimal comma and other symbols must not leak into the CSV (a custom culture: the test host may run in invariant-globalization mode).
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NaNSymbol = "n/a";
        comma.NumberFormat.PositiveInfinitySymbol = "∞";
        comma.NumberFormat.NegativeInfinitySymbol = "-∞";
        CultureInfo.CurrentCulture = comma;
        try
        {
            CsvExporter.FormatDouble(value).Should().Be(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
