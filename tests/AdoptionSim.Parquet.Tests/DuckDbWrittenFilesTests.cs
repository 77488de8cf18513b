using AdoptionSim.Parquet;

namespace AdoptionSim.Parquet.Tests;

/// <summary>Our reader reads what DuckDB writes with COPY … TO (FORMAT parquet), and names what it cannot read.</summary>
public sealed class DuckDbWrittenFilesTests : IDisposable
{
    private const int Rows = 25_000;

    // Values DuckDB computes in SQL and the test computes again in C#: every column type DuckDB
    // maps to ours, nulls, dictionary-encoded strings and integers, non-ASCII text.
    private const string Select = """
        SELECT i::INTEGER AS i32,
               i::BIGINT * 1000000007 AS i64,
               i::DOUBLE / 7 AS f64,
               i % 3 = 0 AS flag,
               'city-' || (i % 13) AS city,
               CASE WHEN i % 4 = 0 THEN NULL ELSE i::BIGINT END AS maybe,
               (i % 5)::INTEGER AS small,
               (i::FLOAT / 4) AS f32,
               CASE i % 3 WHEN 0 THEN 'Zürich' WHEN 1 THEN '日本' ELSE '' END AS text,
               CASE WHEN i % 10 = 0 THEN NULL ELSE 'n' || (i % 2) END AS text_null,
               (i % 200)::SMALLINT AS i16
        FROM range(0, 25000) t(i)
        """;

    private readonly TempDirectory _dir = new();

    private string DuckDbWrites(string select, string? options = null)
    {
        var path = _dir.File(Guid.NewGuid().ToString("N") + ".parquet");
        using var _ = options is null
            ? NodeReaders.Run("duckdb-write.mjs", path, select)
            : NodeReaders.Run("duckdb-write.mjs", path, select, options);
        return path;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ROW_GROUP_SIZE 4096")]
    [InlineData("COMPRESSION 'uncompressed'")]
    [InlineData("COMPRESSION 'gzip'")]
    [InlineData("COMPRESSION 'brotli'")]
    public void Reads_what_DuckDB_writes(string? options)
    {
        var table = ParquetFile.Read(DuckDbWrites(Select, options));

        table.RowCount.Should().Be(Rows);
        table.CreatedBy.Should().StartWith("DuckDB");
        table.Schema.Columns.Select(c => (c.Name, c.Type)).Should().Equal(
            ("i32", ParquetType.Int32), ("i64", ParquetType.Int64), ("f64", ParquetType.Double), ("flag", ParquetType.Boolean),
            ("city", ParquetType.String), ("maybe", ParquetType.Int64), ("small", ParquetType.Int32), ("f32", ParquetType.Double),
            ("text", ParquetType.String), ("text_null", ParquetType.String), ("i16", ParquetType.Int32));
        if (options == "ROW_GROUP_SIZE 4096") table.RowGroupCount.Should().BeGreaterThan(1);

        var i32 = table.GetInt32("i32");
        var i64 = table.GetInt64("i64");
        var f64 = table.GetDouble("f64");
        var flag = table.GetBoolean("flag");
        var city = table.GetString("city");
        var maybe = table.GetInt64("maybe");
        var small = table.GetInt32("small");
        var f32 = table.GetDouble("f32");
        var text = table.GetString("text");
        var textNull = table.GetString("text_null");
        var i16 = table.GetInt32("i16");
        for (var i = 0; i < Rows; i++)
        {
            i32[i].Should().Be(i);
            i64[i].Should().Be(i * 1000000007L);
            BitConverter.DoubleToInt64Bits(f64[i]).Should().Be(BitConverter.DoubleToInt64Bits(i / 7.0), $"row {i}");
            flag[i].Should().Be(i % 3 == 0);
            city[i].Should().Be($"city-{i % 13}");
            table.IsNull("maybe", i).Should().Be(i % 4 == 0);
            if (i % 4 != 0) maybe[i].Should().Be(i);
            small[i].Should().Be(i % 5);
            f32[i].Should().Be((double)(i / 4f));
            text[i].Should().Be((i % 3) switch { 0 => "Zürich", 1 => "日本", _ => "" });
            textNull[i].Should().Be(i % 10 == 0 ? null : $"n{i % 2}");
            i16[i].Should().Be(i % 200);
        }
    }

    [Fact]
    public void Reads_DuckDB_edge_values_bit_for_bit()
    {
        var path = DuckDbWrites("""
            SELECT * FROM (VALUES (1, 'nan'::DOUBLE), (2, '-inf'::DOUBLE), (3, 'inf'::DOUBLE), (4, -0.0::DOUBLE),
                                  (5, 0.0::DOUBLE), (6, NULL), (7, 1e-320::DOUBLE)) t(k, d) ORDER BY k
            """);
        var table = ParquetFile.Read(path);
        var d = table.GetDouble("d");
        double.IsNaN(d[0]).Should().BeTrue();
        d[1].Should().Be(double.NegativeInfinity);
        d[2].Should().Be(double.PositiveInfinity);
        BitConverter.DoubleToInt64Bits(d[3]).Should().Be(BitConverter.DoubleToInt64Bits(-0.0));
        BitConverter.DoubleToInt64Bits(d[4]).Should().Be(0);
        table.IsNull("d", 5).Should().BeTrue();
        d[6].Should().Be(1e-320);
    }

    [Fact]
    public void Reads_a_zero_row_DuckDB_file()
    {
        var table = ParquetFile.Read(DuckDbWrites("SELECT 1::INTEGER AS a, 'x' AS b WHERE false"));
        table.RowCount.Should().Be(0);
        table.GetInt32("a").Should().BeEmpty();
        table.GetString("b").Should().BeEmpty();
    }

    [Theory]
    [InlineData("SELECT i::INTEGER AS a FROM range(0, 10) t(i)", "COMPRESSION 'zstd'", "ZSTD")]
    [InlineData("SELECT [i, i + 1] AS list FROM range(0, 10) t(i)", null, "nested column 'list'")]
    [InlineData("SELECT {'x': i} AS point FROM range(0, 10) t(i)", null, "nested column 'point'")]
    [InlineData("SELECT 1.25::DECIMAL(10, 2) AS price", null, "DECIMAL")]
    public void Unsupported_features_are_named(string select, string? options, string feature)
    {
        var path = DuckDbWrites(select, options);
        var read = () => ParquetFile.Read(path);
        read.Should().Throw<ParquetFormatException>()
            .Where(e => e.Message.Contains(feature) && e.Message.Contains(path) && e.Message.Contains("does not support"));
    }

    public void Dispose() => _dir.Dispose();
}
