using AdoptionSim.IO.Tables;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tests.Tables;

/// <summary>A table declared by its column list: the schema, the writer and the sinks around it follow the declaration.</summary>
public sealed class OutputTableTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-tables-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private readonly record struct Sample(int Tick, long Seed, double Share, bool Alive, string City);

    private static readonly OutputTable<Sample> Table = new("samples", "city × tick", "A table for the tests.",
        new ColumnList<Sample>()
            .Int32("tick", "tick", r => r.Tick)
            .Int64("seed", "seed", r => r.Seed)
            .Double("share", "share", r => r.Share, Aggregation.WeightedMean)
            .Boolean("alive", "alive", r => r.Alive)
            .String("city", "city", r => r.City));

    private static readonly Sample[] Rows = [new(0, 7, 0.25, true, "Leeds"), new(1, 7, double.NaN, false, "Hull"), new(2, long.MaxValue, -0.0, true, "")];

    [Fact]
    public void The_schema_is_the_column_list_in_order()
    {
        Table.Schema.Should().Be(new ParquetSchema(
            new ParquetColumn("tick", ParquetType.Int32), new ParquetColumn("seed", ParquetType.Int64), new ParquetColumn("share", ParquetType.Double),
            new ParquetColumn("alive", ParquetType.Boolean), new ParquetColumn("city", ParquetType.String)));
        Table.FileName.Should().Be("samples.parquet");
        Table.Column("share")!.Aggregation.Should().Be(Aggregation.WeightedMean);
        Table.Column("tick")!.Aggregation.Should().Be(Aggregation.None);
        Table.Column("nope").Should().BeNull();
    }

    [Fact]
    public void The_writer_writes_every_column_of_every_row()
    {
        var path = Path.Combine(_dir, Table.FileName);
        using (var writer = Table.Writer(ParquetFile.Create(path, Table.Schema)))
        {
            writer.Append(Rows);
            writer.RowCount.Should().Be(3);
            writer.Complete();
        }

        var table = ParquetFile.Read(path);
        table.GetInt32("tick").Should().Equal(0, 1, 2);
        table.GetInt64("seed").Should().Equal(7, 7, long.MaxValue);
        table.GetDouble("share").Select(BitConverter.DoubleToInt64Bits).Should().Equal(Rows.Select(r => BitConverter.DoubleToInt64Bits(r.Share)));
        table.GetBoolean("alive").Should().Equal(true, false, true);
        table.GetString("city").Should().Equal("Leeds", "Hull", "");
    }

    [Fact]
    public void A_column_declared_twice_or_no_column_is_refused()
    {
        var twice = () => new ColumnList<Sample>().Int32("tick", "tick", r => r.Tick).Double("tick", "again", r => r.Share);
        twice.Should().Throw<ArgumentException>().WithMessage("*'tick' is declared twice*");
        var none = () => new OutputTable<Sample>("empty", "nothing", "none", new ColumnList<Sample>());
        none.Should().Throw<ArgumentException>().WithMessage("*declares no column*");
        var undocumented = () => new ColumnList<Sample>().Int32("tick", " ", r => r.Tick);
        undocumented.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_prefixed_sink_puts_the_same_leading_columns_before_every_row()
    {
        var path = Path.Combine(_dir, "prefixed.parquet");
        var schema = new ParquetSchema([new ParquetColumn("arm", ParquetType.String), new ParquetColumn("q", ParquetType.Double, Optional: true),
            .. Table.Schema.Columns]);
        using (var writer = Table.Writer(new PrefixedRowSink(ParquetFile.Create(path, schema), 2, sink =>
               {
                   sink.String(0, "funded");
                   sink.Null(1);
               })))
        {
            writer.Append(Rows);
            writer.RowCount.Should().Be(3);
            writer.Complete();
        }

        var table = ParquetFile.Read(path);
        table.Schema.Should().Be(schema);
        table.GetString("arm").Should().Equal("funded", "funded", "funded");
        table.GetNullMask("q").Should().Equal(true, true, true);
        table.GetInt32("tick").Should().Equal(0, 1, 2);
        table.GetString("city").Should().Equal("Leeds", "Hull", "");
    }

    [Fact]
    public void A_prefixed_sink_still_refuses_a_row_with_a_column_missing()
    {
        var schema = new ParquetSchema([new ParquetColumn("arm", ParquetType.String), .. Table.Schema.Columns]);
        using var sink = new PrefixedRowSink(ParquetFile.Create(Path.Combine(_dir, "bad.parquet"), schema), 1, s => s.String(0, "a"));
        sink.Int32(0, 1);
        var act = () => sink.EndRow();
        act.Should().Throw<InvalidOperationException>().WithMessage("*seed*");
    }

    [Fact]
    public void A_discarding_sink_counts_rows_and_writes_nothing()
    {
        using var sink = new DiscardingRowSink();
        using var writer = Table.Writer(sink);
        writer.Append(Rows);
        writer.Complete();
        sink.RowCount.Should().Be(3);
        Directory.EnumerateFileSystemEntries(_dir).Should().BeEmpty();
    }
}
