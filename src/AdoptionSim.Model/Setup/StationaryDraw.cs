using AdoptionSim.Model.Rules;
using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;

namespace AdoptionSim.Model.Setup;

/// <summary>
/// Initial productivity from the stationary distribution of the entry–exit process, so that tick 0 is not
/// followed by a wave of selection that no idea caused. Entrants draw productivity from a log-normal; a
/// firm with exit hazard h(π) lives 1/h(π) years on average, so the firms alive at any time have density
/// ∝ f_entrant(π)/h(π): a candidate is kept with probability h_min/h(π) (rejection sampling), h evaluated
/// at the city's tick-0 wage and rent.
/// </summary>
/// <remarks>
/// The candidate is <see cref="FirmDraws.Productivity"/>'s log-normal drawn through <see cref="PolarNormal"/>
/// (the same uniforms and arithmetic as MathNet's sampler, without its calls), its parameters worked out once
/// per city rather than per candidate: the same doubles in the same order.
/// </remarks>
internal sealed class StationaryDraw
{
    private readonly EconomySpec _spec;
    private readonly double _meanLog;
    private readonly double _logMean;
    private readonly double _wage;
    private readonly double _rent;
    private readonly double _rateMultiplier;
    private readonly double[] _workers = new double[SizeClasses.Count];

    public StationaryDraw(EconomySpec spec, CityTable cities, int city)
    {
        _spec = spec;
        _meanLog = FirmDraws.MeanLogProductivity(spec, cities.Skills[city]);
        var sd = spec.ProductivitySd;
        _logMean = _meanLog - sd * sd / 2;
        _wage = spec.WageShare * Math.Exp(FirmDraws.MeanLogProductivity(spec, cities.Skills[city]));
        _rent = cities.Rent[city];
        _rateMultiplier = cities.RateMultiplier[city];
        for (var size = 0; size < _workers.Length; size++) _workers[size] = spec.Workers.Of((SizeClass)size);
    }

    public double Productivity(SizeClass size, System.Random random)
    {
        var workers = _workers[(int)size];
        var floor = _spec.BaseExitRate;
        var sd = _spec.ProductivitySd;
        for (var attempt = 0; ; attempt++)
        {
            var productivity = sd <= 0 ? Math.Exp(_meanLog) : Math.Exp(PolarNormal.Sample(random, _logMean, sd));
            var hazard = Economics.FirmExitHazard(_spec, workers, productivity, _wage, _rent, _rateMultiplier);
            // With no base hazard there is no stationary distribution to speak of: take the entrant's draw.
            if (floor <= 0 || hazard <= 0 || random.NextDouble() * hazard < floor || attempt == 1000) return productivity;
        }
    }
}
