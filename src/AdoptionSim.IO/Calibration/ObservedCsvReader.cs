using System.Globalization;
using System.Text;
using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Scenarios;
using AdoptionSim.IO.Studies;
using CsvHelper;

namespace AdoptionSim.IO.Calibration;

/// <summary>One row of observed data: a measure at a tick (and year, if the file gave one), for one city or nationally.</summary>
public sealed record Observation(int Row, SourceLocation At, MeasureProbe Probe, double? Year, double Value, double? StandardError);

/// <summary>
/// Reads observed data for a calibration: a CSV with a header row and the columns <c>tick</c> or <c>year</c> (one
/// of them), optional <c>city</c>, <c>measure</c>, <c>value</c>, optional <c>se</c> (standard error). Each value is
/// checked against what the runs can give: a measure the run tables have, a city of the scenario (or none for a
/// national value), a year that falls on a whole tick, a tick within the runs. Errors name the file, line,
/// character column and the field as <c>observed.file[i].COLUMN</c>, i the 0-based data row; every row is read
/// even after an error.
/// </summary>
internal sealed class ObservedCsvReader(ErrorList errors, double? startYear, double tickYears, int ticks, IReadOnlyCollection<string> cities)
{
    public const string PathPrefix = "observed.file";

    /// <summary>The columns a file may have: name and whether it is required (tick/year: exactly one of the two).</summary>
    public static readonly IReadOnlyList<(string Column, bool Required)> Columns =
        [("tick", false), ("year", false), ("city", false), ("measure", true), ("value", true), ("se", false)];

    /// <summary>The observations of the file's bytes (decoded as UTF-8 unless a byte-order mark says otherwise).</summary>
    public List<Observation> Read(byte[] data, string shownAs)
    {
        var observations = new List<Observation>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            OnMalformedRecord = bad => errors.Add(new SourceLocation(shownAs, (int)bad.LineNumber, 1), PathPrefix, $"malformed CSV record ({bad.Reason})"),
        };
        using var reader = CsvReader.FromText(InputFile.Decode(data), options);
        var header = reader.Headers.Select(h => h.Trim()).ToArray();
        if (header.Length == 0 || header is [""])
        {
            errors.Add(SourceLocation.StartOf(shownAs), PathPrefix, "the CSV file is empty; it needs a header row: year,city,measure,value,se");
            return observations;
        }

        var columnOf = ReadHeader(header, string.Join(',', header), shownAs);
        if (columnOf is null) return observations;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; reader.Read(); row++)
        {
            var record = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
            var raw = Encoding.UTF8.GetString(reader.RawRecord);
            var line = (int)reader.LineNumber;
            if (record.Length != header.Length)
            {
                errors.Add(new SourceLocation(shownAs, line, 1), $"{PathPrefix}[{row}]", $"the row has {record.Length} fields, the header {header.Length}");
                continue;
            }

            if (ReadRow(record, raw, line, row, columnOf, shownAs) is not { } observation) continue;
            if (seen.TryGetValue(observation.Probe.Name, out var first))
            {
                errors.Add(observation.At, $"{PathPrefix}[{row}]", $"row {first} already gives {observation.Probe.Measure} at tick {observation.Probe.Tick}"
                    + (observation.Probe.City is { } c ? $" for {c}" : ""));
                continue;
            }

            seen[observation.Probe.Name] = row;
            observations.Add(observation);
        }

        if (observations.Count == 0 && !errors.Any) errors.Add(SourceLocation.StartOf(shownAs), PathPrefix, "the CSV file has no data rows");
        return observations;
    }

    private Dictionary<string, int>? ReadHeader(string[] header, string rawHeader, string shownAs)
    {
        var columnOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = Columns.Select(c => c.Column).ToList();
        for (var i = 0; i < header.Length; i++)
        {
            var at = new SourceLocation(shownAs, 1, Scenarios.CityCsvReader.CharacterColumn(rawHeader, i));
            if (!known.Contains(header[i]))
            {
                var suggestion = NameSuggester.Closest(header[i], known);
                errors.Add(at, PathPrefix, $"unknown column '{header[i]}'" + (suggestion is null ? $"; expected {string.Join(", ", known)}" : $"; did you mean '{suggestion}'?"));
            }
            else if (!columnOf.TryAdd(header[i], i))
            {
                errors.Add(at, PathPrefix, $"column '{header[i]}' appears twice");
            }
        }

        var complete = true;
        foreach (var (column, _) in Columns.Where(c => c.Required && !columnOf.ContainsKey(c.Column)))
        {
            errors.Add(SourceLocation.StartOf(shownAs), PathPrefix, $"missing required column '{column}'");
            complete = false;
        }

        if (columnOf.ContainsKey("tick") == columnOf.ContainsKey("year"))
        {
            errors.Add(SourceLocation.StartOf(shownAs), PathPrefix, "expected one time column, 'tick' or 'year' (not both)");
            complete = false;
        }
        else if (columnOf.ContainsKey("year") && startYear is null)
        {
            errors.Add(SourceLocation.StartOf(shownAs), PathPrefix, "the file gives years: the calibration file needs observed.start_year (the year of tick 0)");
            complete = false;
        }

        return complete ? columnOf : null;
    }

    private Observation? ReadRow(string[] record, string raw, int line, int row, Dictionary<string, int> columnOf, string shownAs)
    {
        var ok = true;
        SourceLocation At(string column) => new(shownAs, line, Scenarios.CityCsvReader.CharacterColumn(raw, columnOf[column]));
        string Text(string column) => columnOf.TryGetValue(column, out var i) ? record[i].Trim() : "";
        void Fail(string column, string message)
        {
            errors.Add(At(column), $"{PathPrefix}[{row}].{column}", message);
            ok = false;
        }

        double? Number(string column, bool required)
        {
            var text = Text(column);
            if (text.Length == 0)
            {
                if (required) Fail(column, $"column '{column}' needs a value");
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)) return x;
            Fail(column, $"expected a number, got '{text}'");
            return null;
        }

        StudyMeasure? measure = null;
        if (Text("measure") is var measureText && measureText.Length == 0) Fail("measure", "column 'measure' needs a value");
        else if (!StudyMeasure.TryParse(measureText, out measure, out var measureError)) Fail("measure", measureError);

        var city = Text("city") is { Length: > 0 } name ? name : null;
        if (city is not null && !cities.Contains(city))
        {
            var suggestion = NameSuggester.Closest(city, cities);
            Fail("city", $"the scenario has no city '{city}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
        }
        else if (measure is not null && city is not null && measure.Source == MeasureSource.GapTicks)
        {
            Fail("city", $"{measure} is a gap between cities, not a city's value: leave city empty");
        }
        else if (measure is not null && city is null && !measure.HasNationalValue)
        {
            Fail("city", $"{measure} has no national value (its column does not combine over cities): give a city");
        }

        var value = Number("value", required: true);
        var se = Number("se", required: false);
        if (se is <= 0) Fail("se", $"expected a positive standard error, got {Text("se")}");
        var (tick, year) = Time(columnOf.ContainsKey("year") ? "year" : "tick", Text, Fail);
        return ok && measure is not null && tick is { } t && value is { } v
            ? new Observation(row, new SourceLocation(shownAs, line, 1), new MeasureProbe(measure, t, city), year, v, se)
            : null;
    }

    /// <summary>The tick of a row, from its tick or its year; null (with the error) when it is not a tick of the runs.</summary>
    private (int? Tick, double? Year) Time(string column, Func<string, string> text, Action<string, string> fail)
    {
        var raw = text(column);
        if (raw.Length == 0)
        {
            fail(column, $"column '{column}' needs a value");
            return (null, null);
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !double.IsFinite(x))
        {
            fail(column, $"expected a number, got '{raw}'");
            return (null, null);
        }

        var exact = column == "year" ? (x - startYear!.Value) / tickYears : x;
        var tick = Math.Round(exact);
        if (Math.Abs(exact - tick) > 1e-6)
        {
            fail(column, column == "year"
                ? $"year {raw} is {Show(exact)} ticks after start_year {Show(startYear!.Value)}: not a whole tick (ticks are {Show(tickYears)} years)"
                : $"expected a whole tick, got {raw}");
            return (null, null);
        }

        if (tick < 0 || tick > ticks)
        {
            fail(column, $"{(column == "year" ? $"year {raw} is tick {tick}" : $"tick {raw}")}, outside the runs' ticks 0 to {ticks}");
            return (null, null);
        }

        return ((int)tick, column == "year" ? x : null);
    }

    private static string Show(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
