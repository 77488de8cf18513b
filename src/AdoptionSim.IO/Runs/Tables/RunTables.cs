using AdoptionSim.IO.Tables;

namespace AdoptionSim.IO.Runs.Tables;

/// <summary>
/// The Parquet tables of a run, each declared once in its own <c>*Output.cs</c> beside this file: the
/// column list there gives the schema, the writer and the reference in docs/outputs.md.
/// </summary>
public static class RunTables
{
    public static OutputTable<CitiesOutput.Row> Cities => CitiesOutput.Table;
    public static OutputTable<CityTicksOutput.Row> CityTicks => CityTicksOutput.Table;
    public static OutputTable<GapTicksOutput.Row> GapTicks => GapTicksOutput.Table;
    public static OutputTable<PolicyTicksOutput.Row> PolicyTicks => PolicyTicksOutput.Table;
    public static OutputTable<RegionTicksOutput.Row> RegionTicks => RegionTicksOutput.Table;
    public static OutputTable<IdeasOutput.Row> Ideas => IdeasOutput.Table;
    public static OutputTable<FirmsOutput.Row> Firms => FirmsOutput.Table;
    public static OutputTable<AdoptionsOutput.Row> Adoptions => AdoptionsOutput.Table;

    /// <summary>Every table a run can write, in the order docs/outputs.md lists them.</summary>
    public static IReadOnlyList<IOutputTable> All => [Cities, CityTicks, GapTicks, PolicyTicks, RegionTicks, Ideas, Firms, Adoptions];
}
