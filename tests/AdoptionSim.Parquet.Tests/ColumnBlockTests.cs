using AdoptionSim.Parquet;

namespace AdoptionSim.Parquet.Tests;

/// <summary>
/// Blocks of rows set column by column (<see cref="IColumnBlockSink"/>) must give the very file that setting
/// the same rows value by value gives, across row groups, pages, dictionaries that fall back to plain, and
/// optional columns; and a block that leaves a column short is refused like a row that does.
/// </summary>
public sealed class ColumnBlockTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private readonly record struct Row(int Tick, long Id, double Share, bool Alive, string City, double Optional);

    private static readonly ParquetSchema Schema = new(
        new ParquetColumn("tick", ParquetType.Int32),
        new ParquetColumn("id", ParquetType.Int64),
        new ParquetColumn("share", ParquetType.Double),
        new ParquetColumn("alive", ParquetType.Boolean),
        new ParquetColumn("city", ParquetType.String),
        new ParquetColumn("optional", ParquetType.Double, Optional: true));

    private static void WriteRow(in Row row, IRowSink sink)
    {
        sink.Int32(0, row.Tick);
        sink.Int64(1, row.Id);
        sink.Double(2, row.Share);
        sink.Boolean(3, row.Alive);
        sink.String(4, row.City);
        sink.Double(5, row.Optional);
    }

    private static void WriteBlock(ReadOnlySpan<Row> rows, IColumnBlockSink sink)
    {
        var n = rows.Length;
        int[] ticks = new int[n]; long[] ids = new long[n]; double[] shares = new double[n], optional = new double[n];
        bool[] alive = new bool[n]; string[] cities = new string[n];
        for (var i = 0; i < n; i++)
            (ticks[i], ids[i], shares[i], alive[i], cities[i], optional[i]) = (rows[i].Tick, rows[i].Id, rows[i].Share, rows[i].Alive, rows[i].City, rows[i].Optional);
        sink.Int32s(0, ticks);
        sink.Int64s(1, ids);
        sink.Doubles(2, shares);
        sink.Booleans(3, alive);
        sink.Strings(4, cities);
        sink.Doubles(5, optional);
    }

    private static Row[] Rows(int count, bool manyCities)
    {
        var random = new Random(7);
        string[] cities = ["Leeds", "York", "Hull"];
        return Enumerable.Range(0, count).Select(i => new Row(i / 100, 1_000_000_000L * i, random.NextDouble(), random.Next(3) > 0,
            manyCities ? "city " + random.Next(5000) : cities[random.Next(cities.Length)], i % 7)).ToArray();
    }

    [Theory]
    [InlineData(2500, 1000, 700, false, 0)] // blocks cross row groups
    [InlineData(2500, 0, 4096, false, 0)] // one row group, blocks larger than the table
    [InlineData(3000, 1000, 333, true, 0)] // the city dictionary falls back to plain strings
    [InlineData(2500, 1000, 700, false, 2500)] // room reserved for the whole table (capped at the row group)
    [InlineData(3000, 1000, 333, true, 3000)] // reserved, then the dictionary falls back
    [InlineData(2500, 0, 700, false, 1500)] // reserved for part of the table only
    public void A_file_written_in_blocks_is_the_file_written_row_by_row(int count, int rowGroupRows, int blockRows, bool manyCities, int reserve)
    {
        var options = new ParquetWriteOptions { RowGroupRows = rowGroupRows, PageBytes = 4096, DictionaryPageBytesLimit = 2048 };
        var rows = Rows(count, manyCities);
        var byRow = _dir.File("rows.parquet");
        var byBlock = _dir.File("blocks.parquet");

        using (var writer = new ParquetTableWriter<Row>(ParquetFile.Create(byRow, Schema, options), WriteRow))
        {
            foreach (var row in rows) writer.Append(in row);
            writer.Complete();
        }
        using (var writer = new ParquetTableWriter<Row>(ParquetFile.Create(byBlock, Schema, options), WriteRow, WriteBlock))
        {
            if (reserve > 0) writer.Reserve(reserve);
            for (var first = 0; first < count; first += blockRows) writer.Append(rows.AsSpan(first, Math.Min(blockRows, count - first)));
            writer.RowCount.Should().Be(count);
            writer.Complete();
        }

        File.ReadAllBytes(byBlock).Should().Equal(File.ReadAllBytes(byRow));
        var table = ParquetFile.Read(byBlock);
        table.RowCount.Should().Be(count);
    }

    [Fact]
    public void A_block_with_a_column_short_or_missing_is_refused()
    {
        var shortColumn = () =>
        {
            using var sink = (IColumnBlockSink)ParquetFile.Create(_dir.File("short.parquet"), Schema);
            WriteBlock(Rows(10, false), sink);
            sink.Int32s(0, [1]); // set twice
        };
        shortColumn.Should().Throw<InvalidOperationException>().WithMessage("*set twice*");

        var missing = () =>
        {
            using var sink = (IColumnBlockSink)ParquetFile.Create(_dir.File("missing.parquet"), Schema);
            sink.Int32s(0, [1, 2]);
            sink.Int64s(1, [1, 2]);
            sink.Doubles(2, [1, 2]);
            sink.Booleans(3, [true, false]);
            sink.Strings(4, ["a"]);
            sink.Doubles(5, [1, 2]);
            sink.EndRows(2);
        };
        missing.Should().Throw<InvalidOperationException>().WithMessage("*without 2 values in column 'city'*");
    }

    [Fact]
    public void A_block_larger_than_the_rest_of_the_row_group_is_refused()
    {
        using var sink = (IColumnBlockSink)ParquetFile.Create(_dir.File("big.parquet"), Schema, new ParquetWriteOptions { RowGroupRows = 4 });
        sink.BlockRowsAvailable.Should().Be(4);
        WriteBlock(Rows(5, false), sink);
        var act = () => sink.EndRows(5);
        act.Should().Throw<InvalidOperationException>().WithMessage("*1 to 4 rows*");
    }
}
