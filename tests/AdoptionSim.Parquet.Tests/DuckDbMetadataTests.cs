using System.Text.Json;
using AdoptionSim.Parquet;

namespace AdoptionSim.Parquet.Tests;

/// <summary>Statistics, encodings, codecs, key-value metadata and created_by as DuckDB's parquet_metadata,
/// parquet_kv_metadata and parquet_file_metadata report them.</summary>
public sealed class DuckDbMetadataTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static readonly ParquetSchema StatsSchema = new(
        new ParquetColumn("i32", ParquetType.Int32),
        new ParquetColumn("i64", ParquetType.Int64, Optional: true),
        new ParquetColumn("f64", ParquetType.Double),
        new ParquetColumn("zeros", ParquetType.Double),
        new ParquetColumn("nans", ParquetType.Double),
        new ParquetColumn("text", ParquetType.String),
        new ParquetColumn("flag", ParquetType.Boolean),
        new ParquetColumn("nothing", ParquetType.String, Optional: true));

    private static readonly object?[][] StatsRows =
    [
        [5, null, 0.0, 0.0, double.NaN, "a", true, null],
        [int.MinValue, 3L, 2.5, -0.0, double.NaN, "é", true, null],
        [7, -9L, double.NaN, double.NaN, double.NaN, "\uFFFD", true, null],
        [int.MaxValue, null, -1.25, 0.0, double.NaN, "😀", true, null],
        [0, 0L, 1.0, -0.0, double.NaN, "Z", true, null],
    ];

    private static readonly KeyValuePair<string, string>[] Provenance =
    [
        new("scenario", "baseline – Zürich"),
        new("seed", "12345"),
        new("adoptionsim.version", "0.1.0"),
    ];

    private const string CreatedBy = "adoptionsim version 0.1.0 (build 0123456789ab)";

    private JsonElement WriteAndInspect(ParquetWriteOptions options, IEnumerable<object?[]>? rows = null)
    {
        var path = _dir.File(Guid.NewGuid().ToString("N") + ".parquet");
        new TestTable("stats", StatsSchema, (rows ?? StatsRows).ToList(), options).WriteTo(path);
        var result = NodeReaders.ReadAll("duckdb-metadata.mjs", [path])[path];
        result.TryGetProperty("error", out var error).Should().BeFalse(error.ToString());
        return result;
    }

    private static Dictionary<string, JsonElement> ColumnsOf(JsonElement result, int rowGroup = 0) =>
        result.GetProperty("columns").EnumerateArray()
            .Where(c => c.GetProperty("row_group_id").GetString() == rowGroup.ToString())
            .ToDictionary(c => c.GetProperty("path_in_schema").GetString()!);

    private static (string? Min, string? Max, string? Nulls) Stats(JsonElement column) =>
        (column.GetProperty("stats_min_value").GetString(), column.GetProperty("stats_max_value").GetString(),
         column.GetProperty("stats_null_count").GetString());

    [Fact]
    public void Statistics_follow_the_parquet_ordering_rules()
    {
        var columns = ColumnsOf(WriteAndInspect(new ParquetWriteOptions()));

        Stats(columns["i32"]).Should().Be(("-2147483648", "2147483647", "0"));
        Stats(columns["i64"]).Should().Be(("-9", "3", "2"));
        // NaN is left out of min/max.
        Stats(columns["f64"]).Should().Be(("-1.25", "2.5", "0"));
        // A zero minimum is written as -0.0 and a zero maximum as +0.0, whatever zeros were seen.
        Stats(columns["zeros"]).Should().Be(("-0.0", "0.0", "0"));
        // Only NaN: no bounds at all.
        Stats(columns["nans"]).Should().Be(((string?)null, (string?)null, "0"));
        // Unsigned UTF-8 byte order: 'Z' < 'a' < 'é' < U+FFFD < U+1F600 (UTF-16 ordinal order would put U+FFFD last).
        Stats(columns["text"]).Should().Be(("Z", "😀", "0"));
        Stats(columns["flag"]).Should().Be(("true", "true", "0"));
        Stats(columns["nothing"]).Should().Be(((string?)null, (string?)null, "5"));
    }

    [Fact]
    public void Key_value_metadata_and_created_by_are_in_the_footer()
    {
        var result = WriteAndInspect(new ParquetWriteOptions { Metadata = Provenance, CreatedBy = CreatedBy });
        var kv = result.GetProperty("kv").EnumerateArray()
            .Select(e => new KeyValuePair<string, string>(e.GetProperty("key").GetString()!, e.GetProperty("value").GetString()!));
        kv.Should().Equal(Provenance);
        var file = result.GetProperty("fileMetadata");
        file.GetProperty("created_by").GetString().Should().Be(CreatedBy);
        file.GetProperty("num_rows").GetString().Should().Be("5");
    }

    [Theory]
    [InlineData(ParquetCodec.Uncompressed, "UNCOMPRESSED")]
    [InlineData(ParquetCodec.Snappy, "SNAPPY")]
    [InlineData(ParquetCodec.Gzip, "GZIP")]
    [InlineData(ParquetCodec.Brotli, "BROTLI")]
    public void Codec_and_encodings_are_declared(ParquetCodec codec, string expected)
    {
        var columns = ColumnsOf(WriteAndInspect(new ParquetWriteOptions { Codec = codec }));
        columns.Values.Select(c => c.GetProperty("compression").GetString()).Should().AllBe(expected);
        columns["text"].GetProperty("encodings").GetString().Should().Be("PLAIN, RLE_DICTIONARY");
        columns["nothing"].GetProperty("encodings").GetString().Should().Be("PLAIN, RLE, RLE_DICTIONARY");
        columns["i64"].GetProperty("encodings").GetString().Should().Be("PLAIN, RLE");
        columns["i32"].GetProperty("encodings").GetString().Should().Be("PLAIN");
        columns["text"].GetProperty("dictionary_page_offset").GetString().Should().NotBeNull();
    }

    [Fact]
    public void Each_row_group_has_its_own_statistics()
    {
        var rows = Enumerable.Range(0, 10).Select(i => new object?[]
        {
            i, i % 2 == 0 ? null : (long)i, i * 1.5, 0.0, double.NaN, $"k{i}", i % 2 == 0, null,
        });
        var result = WriteAndInspect(new ParquetWriteOptions { RowGroupRows = 4 }, rows);
        var groups = result.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("row_group_id").GetString()).Distinct();
        groups.Should().Equal("0", "1", "2");
        Stats(ColumnsOf(result, 1)["i32"]).Should().Be(("4", "7", "0"));
        Stats(ColumnsOf(result, 1)["i64"]).Should().Be(("5", "7", "2"));
        Stats(ColumnsOf(result, 2)["text"]).Should().Be(("k8", "k9", "0"));
        Stats(ColumnsOf(result, 2)["flag"]).Should().Be(("false", "true", "0"));
        ColumnsOf(result, 2)["i32"].GetProperty("row_group_num_rows").GetString().Should().Be("2");
    }

    public void Dispose() => _dir.Dispose();
}
