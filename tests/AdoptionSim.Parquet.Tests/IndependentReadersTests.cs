using System.Text.Json;
using AdoptionSim.Parquet;

namespace AdoptionSim.Parquet.Tests;

/// <summary>Writes every test table once; each reader script then reads all of them in one node process.</summary>
public sealed class WrittenTables : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly Dictionary<string, Lazy<Dictionary<string, JsonElement>>> _readerResults = new();

    public WrittenTables()
    {
        foreach (var table in TestTables.All())
        {
            var path = _dir.File(table.Name + ".parquet");
            table.WriteTo(path);
            Tables[table.Name] = (table, path);
        }
        foreach (var reader in NodeReaders.All)
            _readerResults[reader] = new Lazy<Dictionary<string, JsonElement>>(
                () => NodeReaders.ReadAll(reader, Tables.Values.Select(t => t.Path)));
    }

    public Dictionary<string, (TestTable Table, string Path)> Tables { get; } = new();

    public JsonElement ResultOf(string reader, string table) => _readerResults[reader].Value[Tables[table].Path];

    public void Dispose() => _dir.Dispose();
}

/// <summary>Each independent reader returns exactly the rows written, for every table (doubles bit for bit).</summary>
public sealed class IndependentReadersTests(WrittenTables written) : IClassFixture<WrittenTables>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var reader in NodeReaders.All)
            foreach (var table in TestTables.All())
                data.Add(reader, table.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reader_returns_exactly_the_rows_written(string reader, string table)
    {
        var (expected, _) = written.Tables[table];
        var problem = expected.Compare(written.ResultOf(reader, table), reader);
        problem.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(OwnCases))]
    public void Our_reader_returns_exactly_the_rows_written(string table)
    {
        var (expected, path) = written.Tables[table];
        var read = ParquetFile.Read(path);
        read.Schema.Should().Be(expected.Schema);
        read.RowCount.Should().Be(expected.Rows.Count);
        for (var r = 0; r < expected.Rows.Count; r++)
            for (var c = 0; c < expected.Schema.Columns.Count; c++)
                TestTable.Canonical(read.GetValue(c, r)).Should().Be(TestTable.Canonical(expected.Rows[r][c]), $"row {r} column {c}");
    }

    public static TheoryData<string> OwnCases() => new(TestTables.All().Select(t => t.Name));
}
