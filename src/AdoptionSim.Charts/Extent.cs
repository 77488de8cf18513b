namespace AdoptionSim.Charts;

/// <summary>The min and max of the finite values seen so far (NaN and ∞ are ignored, as the drawing ignores them).</summary>
internal struct Extent
{
    public double Min { get; private set; }
    public double Max { get; private set; }
    public bool IsEmpty { get; private set; }

    public static Extent Empty => new() { Min = double.PositiveInfinity, Max = double.NegativeInfinity, IsEmpty = true };

    public void Include(double value)
    {
        if (!double.IsFinite(value)) return;
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        IsEmpty = false;
    }

    public void Include(IEnumerable<double> values)
    {
        foreach (double v in values) Include(v);
    }

    public void Include(Extent other)
    {
        if (other.IsEmpty) return;
        Include(other.Min);
        Include(other.Max);
    }

    /// <summary>The nice scale for an axis covering this data and the axis's explicit bounds.</summary>
    public readonly NiceScale Nice(AxisSpec axis)
    {
        if (axis.Categories is { } categories) return NiceScale.Categorical(categories.Count);
        var all = this;
        if (axis.Min is double min) all.Include(min);
        if (axis.Max is double max) all.Include(max);
        return all.IsEmpty ? NiceScale.Covering(0, 1, axis.TargetTicks) : NiceScale.Covering(all.Min, all.Max, axis.TargetTicks);
    }
}
