using System.Globalization;

namespace AdoptionSim.Analysis;

/// <summary>The built-in scales: uniform (linear), log-uniform and uniform over integers.</summary>
public static class ParameterScale
{
    /// <summary>Uniform on [lower, upper]: x = lower + u·(upper − lower).</summary>
    public static IParameterScale Linear { get; } = new LinearScale();

    /// <summary>Log-uniform on [lower, upper], lower &gt; 0: ln x uniform, for rates spanning orders of magnitude.</summary>
    public static IParameterScale Log { get; } = new LogScale();

    /// <summary>
    /// Uniform over the integers lower, …, upper: the unit interval is cut into n = upper − lower + 1 equal
    /// cells and cell i gives lower + i, so every integer is equally likely under a uniform coordinate.
    /// </summary>
    public static IParameterScale Integer { get; } = new IntegerScale();

    private sealed class LinearScale : IParameterScale
    {
        public string Name => "linear";

        public double FromUnit(double u, double lower, double upper) => lower + u * (upper - lower);

        public double ToUnit(double value, double lower, double upper) => (value - lower) / (upper - lower);

        public void CheckBounds(string parameter, double lower, double upper) { }
    }

    private sealed class LogScale : IParameterScale
    {
        public string Name => "log";

        public double FromUnit(double u, double lower, double upper) =>
            u >= 1 ? upper : Math.Exp(Math.Log(lower) + u * (Math.Log(upper) - Math.Log(lower)));

        public double ToUnit(double value, double lower, double upper) =>
            (Math.Log(value) - Math.Log(lower)) / (Math.Log(upper) - Math.Log(lower));

        public void CheckBounds(string parameter, double lower, double upper)
        {
            if (lower <= 0)
                throw new ArgumentException(
                    $"parameter '{parameter}': a log-uniform range needs a positive lower bound, got {Show(lower)}");
        }
    }

    private sealed class IntegerScale : IParameterScale
    {
        public string Name => "integer";

        public double FromUnit(double u, double lower, double upper)
        {
            var cells = upper - lower + 1;
            return lower + Math.Min(Math.Floor(u * cells), cells - 1);
        }

        // The middle of the value's cell, so that rounding errors cannot move it to a neighbour.
        public double ToUnit(double value, double lower, double upper) =>
            (Math.Round(value) - lower + 0.5) / (upper - lower + 1);

        public void CheckBounds(string parameter, double lower, double upper)
        {
            if (lower != Math.Floor(lower) || upper != Math.Floor(upper))
                throw new ArgumentException(
                    $"parameter '{parameter}': an integer range needs whole-number bounds, got [{Show(lower)}, {Show(upper)}]");
        }
    }

    internal static string Show(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
