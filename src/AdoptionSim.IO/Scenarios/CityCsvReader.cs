using System.Text;
using AdoptionSim.Core.Parameters;
using AdoptionSim.Model.Scenario;
using CsvHelper;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// Reads a cities CSV (see docs/scenarios.md) into city specs. Values are parsed and range-checked by the
/// same schema fields as inline cities, so both routes accept the same things. Errors name the CSV file,
/// the line, the character column and the CSV column; every row is read even after an error.
/// </summary>
internal sealed class CityCsvReader(ErrorList errors, LocationIndex locations)
{
    public const string PathPrefix = "cities.file";

    /// <summary>CSV column → city field. Columns not listed here are errors (most likely typos).</summary>
    public static readonly IReadOnlyList<(string Column, FieldSchema Field, bool Required)> Columns =
    [
        ("city", Field(c => c.Name), true),
        ("population_2019", Field(c => c.Population), true),
        ("lat", Field(c => c.Lat), true),
        ("lon", Field(c => c.Lon), true),
        ("class", Field(c => c.Class), true),
        ("class_source", Field(c => c.ClassSource), true),
        ("region", Field(c => c.Region), false),
        ("functional_region", Field(c => c.FunctionalRegion), false),
        ("skills", Field(c => c.Skills), false),
        ("rent", Field(c => c.Rent), false),
        ("rate_multiplier", Field(c => c.RateMultiplier), false),
        ("universities", Field(c => c.Universities), false),
        ("anchor_firms", Field(c => c.AnchorFirms), false),
    ];

    private static FieldSchema Field<T>(System.Linq.Expressions.Expression<Func<CitySpec, T>> property) =>
        CitySpec.Schema.FindField(CitySpec.Schema.PathOf(property)[0])!;

    /// <param name="path">Path to open.</param>
    /// <param name="shownAs">How the file is named in errors.</param>
    public List<CitySpec> Read(string path, string shownAs)
    {
        var cities = new List<CitySpec>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            OnMalformedRecord = bad => errors.Add(
                new SourceLocation(shownAs, (int)bad.LineNumber, 1), PathPrefix, $"malformed CSV record ({bad.Reason})"),
        };
        using var reader = CsvReader.FromFile(path, options);
        var header = reader.Headers.Select(h => h.Trim()).ToArray();
        if (header.Length == 0 || header is [""])
        {
            errors.Add(SourceLocation.StartOf(shownAs), PathPrefix, "the CSV file is empty; it needs a header row");
            return cities;
        }

        var columnOf = ReadHeader(header, string.Join(',', header), shownAs);
        if (columnOf is null)
        {
            return cities;
        }

        // Rows are named cities.file[i], i the 0-based data row (not counting the header), whether or not it binds.
        for (var row = 0; reader.Read(); row++)
        {
            var record = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
            var raw = Encoding.UTF8.GetString(reader.RawRecord);
            var city = ReadRow(record, (int)reader.LineNumber, raw, row, header.Length, columnOf, shownAs);
            if (city is not null)
            {
                cities.Add(city);
            }
        }

        return cities;
    }

    /// <summary>Field index by known column; null when required columns are missing (rows cannot be read).</summary>
    private Dictionary<string, int>? ReadHeader(string[] header, string rawHeader, string shownAs)
    {
        var columnOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = Columns.Select(c => c.Column).ToList();
        for (var i = 0; i < header.Length; i++)
        {
            var at = new SourceLocation(shownAs, 1, CharacterColumn(rawHeader, i));
            var name = header[i].Trim();
            if (!known.Contains(name))
            {
                var suggestion = NameSuggester.Closest(name, known);
                var message = $"unknown column '{ShownText.Value(name)}'";
                errors.Add(at, PathPrefix, suggestion is null ? message : $"{message}; did you mean '{suggestion}'?");
            }
            else if (!columnOf.TryAdd(name, i))
            {
                errors.Add(at, PathPrefix, $"column '{ShownText.Value(name)}' appears twice");
            }
        }

        var missing = Columns.Where(c => c.Required && !columnOf.ContainsKey(c.Column)).Select(c => c.Column).ToList();
        foreach (var column in missing)
        {
            errors.Add(SourceLocation.StartOf(shownAs), PathPrefix, $"missing required column '{column}'");
        }

        return missing.Count == 0 ? columnOf : null;
    }

    private CitySpec? ReadRow(
        string[] record, int line, string raw, int index, int headerWidth, Dictionary<string, int> columnOf, string shownAs)
    {
        var rowPath = $"{PathPrefix}[{index}]";
        if (record.Length != headerWidth)
        {
            errors.Add(new SourceLocation(shownAs, line, 1), rowPath, $"the row has {record.Length} fields, the header {headerWidth}");
            return null;
        }

        var city = CitySpec.Schema.Create();
        locations.RecordObject(city, rowPath, new SourceLocation(shownAs, line, 1));
        foreach (var (column, field, required) in Columns)
        {
            if (!columnOf.TryGetValue(column, out var i))
            {
                continue;
            }

            var at = new SourceLocation(shownAs, line, CharacterColumn(raw, i));
            var fieldPath = $"{rowPath}.{column}";
            locations.RecordField(city, field.Key, fieldPath, at);
            var text = record[i].Trim();
            if (text.Length == 0 && field.Schema.Nullable)
            {
                continue; // optional value left out: the class default applies
            }

            // A required column may still be empty where "" is a value (class_source: unknown).
            if (text.Length == 0 && required && !(field.Schema is ChoiceSchema choice && choice.Choices.Contains("")))
            {
                errors.Add(at, fieldPath, $"column '{column}' needs a value");
                continue;
            }

            var parsed = ((ScalarSchema)field.Schema).Parse(text, quoted: false);
            if (parsed.Ok)
            {
                field.SetValue(city, parsed.Value);
            }
            else
            {
                errors.Add(at, fieldPath, $"column '{column}': {parsed.Error}");
            }
        }

        return city;
    }

    /// <summary>1-based character column where field <paramref name="field"/> starts in a raw CSV line.</summary>
    internal static int CharacterColumn(string raw, int field)
    {
        var current = 0;
        var quoted = false;
        for (var p = 0; p < raw.Length && current < field; p++)
        {
            if (raw[p] == '"')
            {
                quoted = !quoted;
            }
            else if (raw[p] == ',' && !quoted && ++current == field)
            {
                return p + 2;
            }
        }

        return 1;
    }
}
