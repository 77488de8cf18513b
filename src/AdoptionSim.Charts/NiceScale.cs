namespace AdoptionSim.Charts;

/// <summary>
/// "Nice numbers for graph labels" (Heckbert, Graphics Gems, 1990), loose labelling: the first and
/// last ticks lie on or outside the data, so the axis always covers it, and the step is 1, 2 or 5 × 10^k.
/// One departure: the step is rounded from the raw range / (ticks − 1), not from the range first rounded
/// up to a nice number, which for a 0–1.03 range would give steps of 0.5 and an axis from −0.5 to 1.5.
/// </summary>
internal sealed record NiceScale(double Min, double Max, double Step, int Decimals)
{
    /// <summary>A categorical axis of <paramref name="count"/> categories: positions 0 … n − 1, half a step of margin each side.</summary>
    public static NiceScale Categorical(int count) => new(-0.5, Math.Max(0, count - 1) + 0.5, 1, 0) { IsCategorical = true };

    /// <summary>Ticks sit at the categories 0 … n − 1, not from <see cref="Min"/> by <see cref="Step"/>.</summary>
    public bool IsCategorical { get; init; }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>, rounded so 0.1 + 0.2 prints as 0.3.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            if (IsCategorical) return Enumerable.Range(0, (int)Math.Round(Max - Min)).Select(i => (double)i).ToArray();
            int n = (int)Math.Round((Max - Min) / Step);
            var ticks = new double[n + 1];
            for (int i = 0; i <= n; i++) ticks[i] = Math.Round(Min + i * Step, RoundingDigits(Decimals));
            return ticks;
        }
    }

    /// <summary>
    /// The nice range covering [<paramref name="dataMin"/>, <paramref name="dataMax"/>] with about
    /// <paramref name="targetTicks"/> ticks. A single value gets a small range around it; no data gets [0, 1].
    /// </summary>
    public static NiceScale Covering(double dataMin, double dataMax, int targetTicks = 6)
    {
        if (!double.IsFinite(dataMin) || !double.IsFinite(dataMax))
        {
            (dataMin, dataMax) = (0, 1);
        }
        if (dataMin > dataMax) (dataMin, dataMax) = (dataMax, dataMin);
        if (dataMax - dataMin < 1e-12 * Math.Max(1, Math.Abs(dataMax)))
        {
            // A flat series still needs an axis: widen by 10% of its size, or by 1 around zero. Values within
            // rounding noise of zero (a Theil component of 1e-17) count as zero: 10% of them would ask for a
            // step of 1e-18, more decimals than a double or a reader can use.
            double pad = Math.Abs(dataMin) < 1e-9 ? 1 : Math.Abs(dataMin) * 0.1;
            (dataMin, dataMax) = (dataMin - pad, dataMax + pad);
        }

        targetTicks = Math.Max(2, targetTicks);
        double step = NiceNumber((dataMax - dataMin) / (targetTicks - 1), round: true);
        // The epsilon keeps 0.30000000000000004 / 0.1 from adding a whole extra step.
        double min = Math.Floor(dataMin / step + 1e-9) * step;
        double max = Math.Ceiling(dataMax / step - 1e-9) * step;
        if (min > dataMin) min -= step;
        if (max < dataMax) max += step;
        int decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        return new NiceScale(Math.Round(min, RoundingDigits(decimals)), Math.Round(max, RoundingDigits(decimals)), step, decimals);
    }

    /// <summary>Three digits beyond the step's, within what <see cref="Math.Round(double, int)"/> accepts (a range of 1e-12 has 13 decimals).</summary>
    private static int RoundingDigits(int decimals) => Math.Min(15, decimals + 3);

    /// <summary>Heckbert's nicenum: a 1, 2, 5 or 10 × 10^k close to x (rounded) or not below it.</summary>
    public static double NiceNumber(double x, bool round)
    {
        if (x <= 0 || !double.IsFinite(x)) throw new ArgumentOutOfRangeException(nameof(x), x, "Must be positive and finite.");
        double exponent = Math.Floor(Math.Log10(x));
        double power = Math.Pow(10, exponent);
        double fraction = x / power;
        double nice = round
            ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
