using AdoptionSim.Model;
using AdoptionSim.Model.Measures;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Measures;

/// <summary>One row of gap_ticks: the gap between cities in one variable at one tick.</summary>
public readonly record struct GapTickRow(int Tick, string Variable, GapSnapshot Gap);

/// <summary>
/// The gap between cities in the variables the sources care about (adoption share and mean
/// productivity), with city population as the weight and the Streets Ahead class as the group of the
/// Theil decomposition. Cities without firms are left out (their mean is NaN).
/// </summary>
public sealed class CityGap
{
    public static readonly string[] Variables = ["adoption_share", "mean_productivity"];

    private readonly double[] _weights;
    private readonly int[] _groups;
    private readonly double[] _values;
    private readonly int[] _scratch;

    public CityGap(CityTable cities)
    {
        _weights = (double[])cities.Population.Clone();
        var classes = cities.Classes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _groups = cities.Classes.Select(c => classes.IndexOf(c)).ToArray();
        _values = new double[cities.Count];
        _scratch = new int[cities.Count];
    }

    public GapTickRow[] ForTick(ReadOnlySpan<CityTickRow> rows)
    {
        var result = new GapTickRow[Variables.Length];
        for (var v = 0; v < Variables.Length; v++)
        {
            for (var c = 0; c < rows.Length; c++)
                _values[c] = rows[c].Firms == 0 ? double.NaN : v == 0 ? rows[c].AdoptionShare : rows[c].MeanProductivity;
            var tick = rows.Length > 0 ? rows[0].Tick : 0;
            result[v] = new GapTickRow(tick, Variables[v], GapMeasures.Compute(_values, _weights, _groups, _scratch));
        }
        return result;
    }
}
