using AdoptionSim.Parquet;

namespace AdoptionSim.Parquet.Tests;

/// <summary>Atomic completion, determinism, row discipline and allocation-free appends.</summary>
public sealed class WriterBehaviourTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static readonly ParquetSchema Schema = new(
        new ParquetColumn("tick", ParquetType.Int32),
        new ParquetColumn("city", ParquetType.String),
        new ParquetColumn("share", ParquetType.Double, Optional: true));

    private string[] FilesInDirectory() => Directory.GetFiles(_dir.Path).Select(Path.GetFileName).ToArray()!;

    [Fact]
    public void Abandoned_writer_leaves_no_file()
    {
        var path = _dir.File("run.parquet");
        using (var sink = ParquetFile.Create(path, Schema))
        {
            sink.Int32(0, 1);
            sink.String(1, "Lyon");
            sink.Double(2, 0.5);
            sink.EndRow();
            FilesInDirectory().Should().ContainSingle().Which.Should().StartWith("run.parquet.").And.EndWith(".tmp-parquet");
        }
        FilesInDirectory().Should().BeEmpty();
    }

    [Fact]
    public void Exception_while_writing_leaves_no_file_and_keeps_an_existing_one()
    {
        var path = _dir.File("run.parquet");
        File.WriteAllText(path, "previous run");
        var act = () =>
        {
            using var sink = ParquetFile.Create(path, Schema);
            for (var i = 0; i < 100; i++)
            {
                sink.Int32(0, i);
                sink.String(1, "Lyon");
                if (i == 50) throw new OperationCanceledException("cancelled mid-run");
                sink.Null(2);
                sink.EndRow();
            }
            sink.Complete();
        };
        act.Should().Throw<OperationCanceledException>();
        FilesInDirectory().Should().Equal("run.parquet");
        File.ReadAllText(path).Should().Be("previous run");
    }

    [Fact]
    public void Complete_replaces_the_final_file_and_removes_the_temporary_one()
    {
        var path = _dir.File("run.parquet");
        File.WriteAllText(path, "previous run");
        Write(path, 10, new ParquetWriteOptions());
        FilesInDirectory().Should().Equal("run.parquet");
        ParquetFile.Read(path).RowCount.Should().Be(10);
    }

    [Fact]
    public void Same_rows_and_metadata_give_the_same_bytes()
    {
        var options = new ParquetWriteOptions { RowGroupRows = 300, Metadata = [new("seed", "42")], CreatedBy = "adoptionsim version 9 (build x)" };
        foreach (var codec in Enum.GetValues<ParquetCodec>())
        {
            var a = _dir.File($"a-{codec}.parquet");
            var b = _dir.File($"b-{codec}.parquet");
            Write(a, 1000, options with { Codec = codec });
            Write(b, 1000, options with { Codec = codec });
            File.ReadAllBytes(a).Should().Equal(File.ReadAllBytes(b), $"codec {codec}");
        }
        var c = _dir.File("c.parquet");
        Write(c, 1000, options with { Metadata = [new("seed", "43")] });
        File.ReadAllBytes(c).Should().NotEqual(File.ReadAllBytes(_dir.File($"a-{ParquetCodec.Snappy}.parquet")));
    }

    [Fact]
    public void Created_by_and_metadata_round_trip_through_our_reader()
    {
        var path = _dir.File("meta.parquet");
        Write(path, 3, new ParquetWriteOptions { Metadata = [new("scenario", "baseline"), new("seed", "7")], CreatedBy = "myapp version 1.2.3 (build abc)" });
        var table = ParquetFile.Read(path);
        table.CreatedBy.Should().Be("myapp version 1.2.3 (build abc)");
        table.GetMetadata("seed").Should().Be("7");
        table.Metadata.Select(kv => kv.Key).Should().Equal("scenario", "seed");
    }

    [Fact]
    public void Without_an_application_name_created_by_names_this_library_and_its_version()
    {
        var path = _dir.File("default.parquet");
        Write(path, 1, new ParquetWriteOptions());
        ParquetFile.Read(path).CreatedBy.Should().Be(ParquetWriteOptions.DefaultCreatedBy)
            .And.MatchRegex(@"^AdoptionSim\.Parquet version \d+\.\d+\.\d+$", "the format asks for '<application> version <semver>'");
    }

    [Fact]
    public void A_column_missing_from_a_row_is_named()
    {
        using var sink = ParquetFile.Create(_dir.File("x.parquet"), Schema);
        sink.Int32(0, 1);
        var act = () => sink.EndRow();
        act.Should().Throw<InvalidOperationException>().Where(e => e.Message.Contains("'city'") && e.Message.Contains("'share'") && !e.Message.Contains("'tick'"));
        var after = () => sink.Int32(0, 2);
        after.Should().Throw<InvalidOperationException>().Where(e => e.Message.Contains("failed earlier"));
        var complete = () => sink.Complete();
        complete.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Setting_a_column_twice_is_refused()
    {
        using var sink = ParquetFile.Create(_dir.File("x.parquet"), Schema);
        sink.Int32(0, 1);
        var act = () => sink.Int32(0, 2);
        act.Should().Throw<InvalidOperationException>().Where(e => e.Message.Contains("'tick' set twice"));
    }

    [Fact]
    public void Wrong_types_nulls_and_indices_are_refused()
    {
        using (var sink = ParquetFile.Create(_dir.File("a.parquet"), Schema))
        {
            var act = () => sink.Double(0, 1.0);
            act.Should().Throw<InvalidOperationException>().Where(e => e.Message.Contains("'tick' holds Int32, not Double"));
        }
        using (var sink = ParquetFile.Create(_dir.File("b.parquet"), Schema))
        {
            var act = () => sink.Null(1);
            act.Should().Throw<InvalidOperationException>().Where(e => e.Message.Contains("'city' is required"));
        }
        using (var sink = ParquetFile.Create(_dir.File("c.parquet"), Schema))
        {
            var act = () => sink.Int32(3, 1);
            act.Should().Throw<ArgumentOutOfRangeException>();
        }
        using (var sink = ParquetFile.Create(_dir.File("d.parquet"), Schema))
        {
            sink.Int32(0, 1);
            var act = () => sink.String(1, "bad \uD800 surrogate");
            act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains("surrogate"));
        }
        FilesInDirectory().Should().BeEmpty();
    }

    [Fact]
    public void Complete_in_the_middle_of_a_row_is_refused()
    {
        using var sink = ParquetFile.Create(_dir.File("x.parquet"), Schema);
        sink.Int32(0, 1);
        var act = () => sink.Complete();
        act.Should().Throw<InvalidOperationException>().Where(e => e.Message.Contains("middle of row 0"));
    }

    [Fact]
    public void Schemas_are_validated()
    {
        var duplicate = () => ParquetFile.Create(_dir.File("x.parquet"), new ParquetSchema(
            new ParquetColumn("a", ParquetType.Int32), new ParquetColumn("a", ParquetType.Int64)));
        duplicate.Should().Throw<ArgumentException>().Where(e => e.Message.Contains("'a' twice"));
        var empty = () => ParquetFile.Create(_dir.File("y.parquet"), new ParquetSchema());
        empty.Should().Throw<ArgumentException>();
        FilesInDirectory().Should().BeEmpty();
    }

    [Fact]
    public void Default_row_group_size_is_bounded_by_bytes_and_rows()
    {
        var options = new ParquetWriteOptions();
        options.RowGroupRowsFor(new ParquetSchema(new ParquetColumn("a", ParquetType.Int32))).Should().Be(ParquetWriteOptions.MaxDefaultRowGroupRows);
        var wide = new ParquetSchema(Enumerable.Range(0, 200).Select(i => new ParquetColumn($"c{i}", ParquetType.Double)).ToArray());
        var rows = options.RowGroupRowsFor(wide);
        (rows * 200L * 8).Should().BeLessThanOrEqualTo(ParquetWriteOptions.DefaultRowGroupBytes);
        (options with { RowGroupRows = 10 }).RowGroupRowsFor(wide).Should().Be(10);
    }

    [Fact]
    public void Appending_rows_allocates_nothing_per_row()
    {
        string[] cities = ["Lyon", "Köln", "Porto"];
        using var sink = ParquetFile.Create(_dir.File("alloc.parquet"), Schema, new ParquetWriteOptions { RowGroupRows = 10_000 });
        void Rows(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                sink.Int32(0, i);
                sink.String(1, cities[i % 3]);
                if (i % 5 == 0) sink.Null(2);
                else sink.Double(2, i * 0.25);
                sink.EndRow();
            }
        }
        Rows(0, 20_000); // two row groups: buffers reach their row-group size
        var before = GC.GetAllocatedBytesForCurrentThread();
        Rows(20_000, 29_999); // within the third row group: no flush
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().BeLessThan(1024, "appending 9,999 rows must not box or allocate per row");
    }

    [Fact]
    public void Typed_writers_write_the_same_bytes_as_the_sink()
    {
        var viaSink = _dir.File("sink.parquet");
        var viaInterface = _dir.File("interface.parquet");
        var viaDelegate = _dir.File("delegate.parquet");
        var options = new ParquetWriteOptions { CreatedBy = "test" };
        var rows = Enumerable.Range(0, 500).Select(i => new CityTick(i / 5, $"c{i % 5}", i % 7 == 0 ? null : i * 0.1)).ToArray();

        using (var sink = ParquetFile.Create(viaSink, CityTick.Schema, options))
        {
            foreach (var row in rows) { CityTick.Write(row, sink); sink.EndRow(); }
            sink.Complete();
        }
        using (var writer = ParquetTableWriter.Create<CityTick>(viaInterface, options))
        {
            writer.Append(rows);
            writer.RowCount.Should().Be(500);
            writer.Complete();
        }
        using (var writer = new ParquetTableWriter<CityTick>(viaDelegate, CityTick.Schema,
                   static (in CityTick r, IRowSink s) => { s.Int32(0, r.Tick); s.String(1, r.City); if (r.Share is { } v) s.Double(2, v); else s.Null(2); },
                   options))
        {
            foreach (var row in rows) writer.Append(row);
            writer.Complete();
        }
        File.ReadAllBytes(viaInterface).Should().Equal(File.ReadAllBytes(viaSink));
        File.ReadAllBytes(viaDelegate).Should().Equal(File.ReadAllBytes(viaSink));
        ParquetFile.Read(viaInterface).GetDouble("share")[1].Should().Be(0.1);
    }

    private readonly record struct CityTick(int Tick, string City, double? Share) : IParquetRow<CityTick>
    {
        public static ParquetSchema Schema { get; } = new(
            new ParquetColumn("tick", ParquetType.Int32),
            new ParquetColumn("city", ParquetType.String),
            new ParquetColumn("share", ParquetType.Double, Optional: true));

        public static void Write(in CityTick row, IRowSink sink)
        {
            sink.Int32(0, row.Tick);
            sink.String(1, row.City);
            if (row.Share is { } share) sink.Double(2, share);
            else sink.Null(2);
        }
    }

    [Fact]
    public void A_file_left_for_the_caller_to_flush_has_the_same_bytes_and_flushes_with_others()
    {
        var flushed = _dir.File("flushed.parquet");
        var deferred = _dir.File("deferred.parquet");
        var other = _dir.File("other.parquet");
        Write(flushed, 5_000, new ParquetWriteOptions());
        Write(deferred, 5_000, new ParquetWriteOptions { FlushToDisk = false });
        Write(other, 10, new ParquetWriteOptions { FlushToDisk = false });

        File.ReadAllBytes(deferred).Should().Equal(File.ReadAllBytes(flushed));
        ParquetFile.FlushToDisk([deferred, other]);
        ParquetFile.Read(deferred).RowCount.Should().Be(5_000);
        var missing = () => ParquetFile.FlushToDisk([other, _dir.File("never-written.parquet")]);
        missing.Should().Throw<FileNotFoundException>();
    }

    private static void Write(string path, int rows, ParquetWriteOptions options)
    {
        string[] cities = ["Lyon", "Köln", "Porto", "Málaga"];
        using var sink = ParquetFile.Create(path, Schema, options);
        for (var i = 0; i < rows; i++)
        {
            sink.Int32(0, i);
            sink.String(1, cities[i % cities.Length]);
            if (i % 3 == 0) sink.Null(2);
            else sink.Double(2, Math.Sqrt(i));
            sink.EndRow();
        }
        sink.Complete();
    }

    public void Dispose() => _dir.Dispose();
}
