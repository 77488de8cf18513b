using System.Globalization;
using System.Text.RegularExpressions;
using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// Lists errors in the order of a schema's reference: by field path, the keys of each object in declaration
/// order with its unknown keys first, list items by index; errors about one place keep the order they were
/// found in. Binding (document order) and the checks made afterwards (per key) then read as one list, key by
/// key, whichever pass found each error.
/// </summary>
internal static partial class SchemaOrder
{
    public static List<ScenarioError> Sort(ObjectSchema root, IEnumerable<ScenarioError> errors) =>
        errors.Select((error, found) => (Error: error, Rank: Rank(root, error.FieldPath), Found: found))
            .OrderBy(e => e.Rank, RankComparer.Instance)
            .ThenBy(e => e.Found)
            .Select(e => e.Error)
            .ToList();

    /// <summary>
    /// The position of a field path in the schema: per segment the field's index (−1 for an unknown key) or the
    /// list item's index, down to the first segment the schema does not describe (free keys of a map, scenario keys).
    /// </summary>
    public static IReadOnlyList<int> Rank(ObjectSchema root, string fieldPath)
    {
        var rank = new List<int>();
        ValueSchema? schema = root;
        foreach (Match segment in Segment().Matches(fieldPath))
        {
            if (segment.Groups["key"].Success && schema is ObjectSchema obj)
            {
                var index = obj.Fields.ToList().FindIndex(f => f.Key == segment.Groups["key"].Value);
                rank.Add(index);
                schema = index < 0 ? null : obj.Fields[index].Schema;
            }
            else if (segment.Groups["item"].Success && schema is ListSchema list)
            {
                rank.Add(int.Parse(segment.Groups["item"].Value, CultureInfo.InvariantCulture));
                schema = list.Item;
            }
            else
            {
                break;
            }
        }

        return rank;
    }

    [GeneratedRegex(@"(?<key>[^.\[\]]+)|\[(?<item>\d+)\]")]
    private static partial Regex Segment();

    /// <summary>Lexicographic order; a path comes before the paths inside it.</summary>
    private sealed class RankComparer : IComparer<IReadOnlyList<int>>
    {
        public static readonly RankComparer Instance = new();

        public int Compare(IReadOnlyList<int>? x, IReadOnlyList<int>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
