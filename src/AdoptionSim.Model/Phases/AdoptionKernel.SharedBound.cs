using System.Numerics;
using System.Runtime.InteropServices;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Phases;

/// <summary>
/// The first of the two rejection tests: one bound per idea and tick shared by every firm, so that most draws are
/// rejected with one hash of the firm's key and one compare, and nothing else of the firm is read (C's loop reads
/// a count per firm; the per-firm values here are five arrays, which set the phase's cost when every firm read them).
/// <para>
/// Why it is exact. A firm's own bound is the float expression <c>(a·Δt · r·(1 − c)) · (p + boosts + q·(w·(1 + n·ε)))</c>
/// (<see cref="FillFirm"/>); the shared bound is the same expression, in the same order, of values at least as large:
/// the largest absorptive capacity any firm slot has had (<see cref="FirmTable.AbsorptiveCeiling"/>) after the largest
/// skills shift, the largest localisation factor, the largest r·(1 − c) over sectors, the largest outreach and lead-market
/// boosts of the tick, the most standing ties any firm has plus the most dynamic ties any firm has had. Every operand is
/// non-negative where it is multiplied, and rounding to nearest is monotone, so each intermediate float is at least the
/// firm's, and so is the result: a draw at or above the shared bound is at or above the firm's bound, which rejects it
/// whatever its exposure (<see cref="AdoptionKernel"/>). The firm's own bound then tests the draws it lets through.
/// </para>
/// </summary>
internal sealed partial class AdoptionKernel
{
    /// <summary>Per idea: an upper bound of every firm's hazard bound this tick (+∞ when none applies).</summary>
    private double[] _sharedBound = [];

    /// <summary>The network <see cref="_maxDegree"/> was measured on (the standing network never gains ties).</summary>
    private Network? _degreeOf;
    private int _maxDegree;

    /// <summary>a·Δt of every firm when it is the same for all (one absorptive capacity, no skills shift, no localisation), else NaN.</summary>
    private double _uniformScale;

    /// <summary>No firm has an outreach or lead-market boost this tick: p + boosts is p for every firm.</summary>
    private bool _noBoosts;

    /// <summary>
    /// The per-tick facts that bound every firm at once: the shared bound per idea, and which per-firm values are the
    /// same for every firm this tick (then <see cref="FillFirm"/> does not read them: with draws far apart, each array
    /// read costs a cache line per draw).
    /// </summary>
    private void SharedBounds(World world)
    {
        var firms = world.Firms;
        double outreach = 0f;
        foreach (var f in firms.Reached) outreach = Math.Max(outreach, firms.OutreachBoost[f]);
        double procurement = world.Levers.Count == 0 ? 0f : Max(firms.ProcurementBoost.AsSpan(0, firms.Count));
        _noBoosts = firms.Reached.Length == 0 && procurement == 0;
        var noShift = true;
        foreach (var shift in _cityShift.AsSpan(0, world.Cities.Count)) noShift &= shift == 0;
        _uniformScale = firms.UniformAbsorptive is { } uniform && noShift && _localisation is null ? uniform * _dt : double.NaN;
        if (_fullMixing || double.IsPositiveInfinity(_maxWeight))
        {
            Array.Fill(_sharedBound, double.PositiveInfinity, 0, _ideaCount);
            return;
        }
        double ceiling = firms.AbsorptiveCeiling;
        var absorptive = ceiling;
        foreach (var shift in _cityShift.AsSpan(0, world.Cities.Count))
            if (shift != 0) absorptive = Math.Max(absorptive, Math.Clamp(ceiling + shift, 0.0, 1.0));
        var scale = absorptive * _dt;
        if (_localisation is not null) scale *= Max(_localisation);
        var external = _p + outreach + procurement;
        var contacts = MaxDegree(world.Network) + world.DynamicTies.MaxCount;
        _sharedParts = new SharedParts(scale, external, contacts);
        var bound = external + _q * (_maxWeight * (1 + contacts * SlackPerContact));
        for (var i = 0; i < _ideaCount; i++)
        {
            var ease = Max(_easeByIdea.AsSpan(i * _sectors, _sectors));
            _sharedBound[i] = scale * ease * bound;
        }
    }

    /// <summary>The ceilings the shared bound is made of: a·Δt, p + boosts and contacts, each at least every firm's this tick.</summary>
    internal readonly record struct SharedParts(double Scale, double External, int Contacts);

    private SharedParts _sharedParts;

    /// <summary>For tests, after <see cref="Prepare"/>: the shared bound of an idea and its parts.</summary>
    internal (double Bound, SharedParts Parts) Shared(int idea) => (_sharedBound[idea], _sharedParts);

    /// <summary>For tests, after <see cref="Prepare"/>: what <see cref="FillFirm"/> gives a firm (a·Δt, p + boosts, contacts) and its own bound for an idea.</summary>
    internal (double Scale, double External, int Contacts, double Bound) FirmBound(int idea, int f)
    {
        var b = t_buffers ??= new ChunkBuffers();
        FillFirm(b, 0, f);
        var k = b.Scale[0] * _easeByIdea[idea * _sectors + _world.Firms.Sector[f]];
        return (b.Scale[0], b.External[0], b.Contacts[0], k * b.Bound[0]);
    }

    private int MaxDegree(Network network)
    {
        if (ReferenceEquals(network, _degreeOf)) return _maxDegree;
        var degree = 0;
        for (var f = 0; f < network.FirmCount; f++) degree = Math.Max(degree, network.Degree(f));
        (_degreeOf, _maxDegree) = (network, degree);
        return degree;
    }

    /// <summary>The largest value (−∞ for none).</summary>
    private static double Max(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values) max = Math.Max(max, v);
        return max;
    }

    /// <summary>The largest value and 0 (a vector pass: with levers it runs over every firm each tick).</summary>
    private static float Max(ReadOnlySpan<float> values)
    {
        var max = 0f;
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<float>.Count)
        {
            var vectors = MemoryMarshal.Cast<float, Vector<float>>(values);
            var acc = Vector<float>.Zero;
            foreach (var v in vectors) acc = Vector.Max(acc, v);
            for (var j = 0; j < Vector<float>.Count; j++) max = Math.Max(max, acc[j]);
            i = vectors.Length * Vector<float>.Count;
        }
        for (; i < values.Length; i++) max = Math.Max(max, values[i]);
        return max;
    }
}
