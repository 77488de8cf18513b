using System.Globalization;
using AdoptionSim.Parquet;
using CsvHelper;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests;

/// <summary>`adoptionsim export --format csv` on a real run: every table, every value back exactly.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Every_table_of_a_run_round_trips_through_csv()
    {
        var run = TwoCitiesRun(Path.Combine(_dir, "run"));
        var csvDir = Path.Combine(_dir, "csv");

        var (exit, output, error) = Run("export", run, "--format", "csv", "--out", csvDir);

        exit.Should().Be(0, error);
        var tables = Directory.GetFiles(run, "*.parquet").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        tables.Should().Contain(["city_ticks", "gap_ticks", "cities", "ideas", "firms", "adoptions"]);
        Directory.GetFiles(csvDir).Select(Path.GetFileNameWithoutExtension).Order().Should().Equal(tables);
        output.Should().Contain("city_ticks.csv");

        foreach (var table in tables)
        {
            var parquet = ParquetFile.Read(Path.Combine(run, table + ".parquet"));
            using var reader = CsvReader.FromFile(Path.Combine(csvDir, table + ".csv"), CsvReaderOptions.Default with { HasHeader = false });
            reader.Read().Should().BeTrue();
            Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).Should().Equal(parquet.Schema.Columns.Select(c => c.Name), table);
            int row = 0;
            while (reader.Read())
            {
                for (int c = 0; c < parquet.Schema.Columns.Count; c++)
                {
                    string field = reader.GetString(c);
                    object? value = parquet.GetValue(c, row);
                    string because = $"{table}.{parquet.Schema.Columns[c].Name}[{row}]";
                    if (value is double d)
                        BitConverter.DoubleToInt64Bits(double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture)).Should().Be(BitConverter.DoubleToInt64Bits(d), because);
                    else if (value is bool b)
                        field.Should().Be(b ? "true" : "false", because);
                    else
                        field.Should().Be(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", because);
                }
                row++;
            }
            row.Should().Be(parquet.RowCount, table);
        }
    }

    [Fact]
    public void One_table_by_name_and_a_clear_error_for_a_wrong_name_or_format()
    {
        var run = TwoCitiesRun(Path.Combine(_dir, "run"));

        Run("export", run, "--table", "gap_ticks").ExitCode.Should().Be(0);
        Directory.GetFiles(Path.Combine(run, "csv")).Select(Path.GetFileName).Should().Equal("gap_ticks.csv");

        var (exit, _, error) = Run("export", run, "--table", "gaps");
        exit.Should().Be(2);
        error.Should().Contain("no table 'gaps'").And.Contain("city_ticks");

        Run("export", run, "--format", "xlsx").ExitCode.Should().NotBe(0);
    }
}
