using AdoptionSim.Parquet;

namespace AdoptionSim.Bench.Parquet;

/// <summary>
/// A per-city-per-tick result row: 4 integer, 4 double and 2 dictionary-string columns, with
/// deterministic values. DuckDB generates the same shape in SQL (tests/readers/bench-duckdb.mjs).
/// </summary>
internal readonly record struct CityTickRow(
    int Tick, int CityId, long Adopters, long Population,
    double Share, double Hazard, double Price, double Utility,
    string City, string Class) : IParquetRow<CityTickRow>
{
    public const int Cities = 1000;

    public static ParquetSchema Schema { get; } = new(
        new ParquetColumn("tick", ParquetType.Int32),
        new ParquetColumn("city_id", ParquetType.Int32),
        new ParquetColumn("adopters", ParquetType.Int64),
        new ParquetColumn("population", ParquetType.Int64),
        new ParquetColumn("share", ParquetType.Double),
        new ParquetColumn("hazard", ParquetType.Double),
        new ParquetColumn("price", ParquetType.Double),
        new ParquetColumn("utility", ParquetType.Double),
        new ParquetColumn("city", ParquetType.String),
        new ParquetColumn("class", ParquetType.String));

    private static readonly string[] CityNames = Enumerable.Range(0, Cities).Select(c => $"city-{c:D4}").ToArray();
    private static readonly string[] Classes = ["innovator", "early-adopter", "majority", "laggard"];

    public static void Write(in CityTickRow row, IRowSink sink)
    {
        sink.Int32(0, row.Tick);
        sink.Int32(1, row.CityId);
        sink.Int64(2, row.Adopters);
        sink.Int64(3, row.Population);
        sink.Double(4, row.Share);
        sink.Double(5, row.Hazard);
        sink.Double(6, row.Price);
        sink.Double(7, row.Utility);
        sink.String(8, row.City);
        sink.String(9, row.Class);
    }

    /// <summary>Row <paramref name="i"/>: ticks advance every <see cref="Cities"/> rows; the doubles are hashed so they compress like real noise.</summary>
    public static CityTickRow Generate(long i)
    {
        var tick = (int)(i / Cities);
        var city = (int)(i % Cities);
        var adopters = (tick * 37L + city * 11L) % 100_000;
        var population = 100_000L + city * 17L;
        return new CityTickRow(tick, city, adopters, population,
            (double)adopters / population, Unit(i, 1), 10 + Unit(i, 2) * 90, Unit(i, 3) * 2 - 1,
            CityNames[city], Classes[(int)(i % Classes.Length)]);
    }

    /// <summary>Raw bytes of one row's values (strings as UTF-8), for the uncompressed MB/s figure.</summary>
    public int ValueBytes => 4 + 4 + 8 + 8 + 4 * 8 + City.Length + Class.Length;

    private static double Unit(long i, ulong stream)
    {
        // SplitMix64 finaliser: cheap, deterministic, uniform in [0, 1).
        var z = (ulong)i * 0x9E3779B97F4A7C15UL + stream * 0xD1B54A32D192ED03UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
