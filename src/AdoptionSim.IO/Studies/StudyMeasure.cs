using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.IO.Tables;
using AdoptionSim.Model.Measures;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Studies;

/// <summary>Which run table a measure is read from.</summary>
public enum MeasureSource
{
    /// <summary>A column of city_ticks: one city's value, or all cities combined as the column declares (its <see cref="Aggregation"/>).</summary>
    CityTicks,

    /// <summary>A gap measure of gap_ticks: one column (cv, sd_log, theil, …) of one city variable.</summary>
    GapTicks,
}

/// <summary>
/// A model output that calibration and sensitivity files name: <c>city_ticks.COLUMN</c> (e.g.
/// <c>city_ticks.adoption_share</c>, a city's value or the national one) or <c>gap_ticks.VARIABLE.MEASURE</c>
/// (e.g. <c>gap_ticks.mean_productivity.sd_log</c>). The names are those of the run tables in docs/outputs.md,
/// checked against the tables' column lists, so a measure cannot name a column that no run writes.
/// </summary>
public sealed record StudyMeasure(string Text, MeasureSource Source, string Column, string? Variable)
{
    private const string CityPrefix = "city_ticks.";
    private const string GapPrefix = "gap_ticks.";

    /// <summary>Columns of city_ticks that measure something (numbers, not identity), in table order.</summary>
    public static IReadOnlyList<TableColumn> CityColumns { get; } = RunTables.CityTicks.Columns
        .Where(c => c.Type is ParquetType.Int32 or ParquetType.Int64 or ParquetType.Double && c.Name is not ("tick" or "seed")).ToArray();

    /// <summary>Gap measures of gap_ticks (cv, sd_log, …), in table order.</summary>
    public static IReadOnlyList<TableColumn> GapColumns { get; } = RunTables.GapTicks.Columns
        .Where(c => c.Type is ParquetType.Int32 or ParquetType.Int64 or ParquetType.Double && c.Name is not ("tick" or "seed")).ToArray();

    /// <summary>Every measure name there is, for "did you mean" and the docs.</summary>
    public static IReadOnlyList<string> AllNames { get; } = CityColumns.Select(c => CityPrefix + c.Name)
        .Concat(CityGap.Variables.SelectMany(v => GapColumns.Select(c => $"{GapPrefix}{v}.{c.Name}"))).ToArray();

    /// <summary>The declaration of a city_ticks measure's column (how it combines over cities); null for a gap measure.</summary>
    public TableColumn? CityColumn => Source == MeasureSource.CityTicks ? CityColumns.First(c => c.Name == Column) : null;

    /// <summary>Whether the measure has a national value: a gap measure always; a city_ticks column if it declares how cities combine.</summary>
    public bool HasNationalValue => Source == MeasureSource.GapTicks || CityColumn!.Aggregation != Aggregation.None;

    /// <summary>Parses a measure name; on failure <paramref name="error"/> says what was expected, with the closest name.</summary>
    public static bool TryParse(string text, out StudyMeasure measure, out string error)
    {
        measure = null!;
        error = "";
        var t = text.Trim();
        if (t.StartsWith(CityPrefix, StringComparison.Ordinal) && CityColumns.Any(c => c.Name == t[CityPrefix.Length..]))
        {
            measure = new StudyMeasure(t, MeasureSource.CityTicks, t[CityPrefix.Length..], null);
            return true;
        }

        if (t.StartsWith(GapPrefix, StringComparison.Ordinal) && t[GapPrefix.Length..].Split('.') is [var variable, var column]
            && CityGap.Variables.Contains(variable) && GapColumns.Any(c => c.Name == column))
        {
            measure = new StudyMeasure(t, MeasureSource.GapTicks, column, variable);
            return true;
        }

        // Suggest within the table named, by column name: a shared "city_ticks." would make any two names look alike.
        var suggestion = t.StartsWith(CityPrefix, StringComparison.Ordinal)
            ? NameSuggester.Closest(t[CityPrefix.Length..], CityColumns.Select(c => c.Name)) is { } near ? CityPrefix + near : null
            : NameSuggester.Closest(t, AllNames);
        error = $"expected a measure city_ticks.COLUMN or gap_ticks.VARIABLE.MEASURE (e.g. city_ticks.adoption_share, "
            + $"gap_ticks.mean_productivity.sd_log), got '{text}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?");
        return false;
    }

    public override string ToString() => Text;
}

/// <summary>
/// One number taken from a run: a measure at a tick, for one city or (city null) nationally, optionally as the
/// change since an earlier tick (value at <see cref="Tick"/> minus value at <see cref="ChangeFrom"/>).
/// </summary>
public sealed record MeasureProbe(StudyMeasure Measure, int Tick, string? City = null, int? ChangeFrom = null)
{
    /// <summary>A name for outputs and logs, e.g. <c>city_ticks.adoption_share@city=Hub,tick=40</c>.</summary>
    public string Name => Measure.Text + "@" + (City is null ? "" : $"city={City},") + $"tick={Tick}" + (ChangeFrom is { } from ? $",change_from={from}" : "");
}
