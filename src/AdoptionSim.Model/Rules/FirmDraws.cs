using AdoptionSim.Model.Scenario;
using AdoptionSim.Model.State;
using MathNet.Numerics.Distributions;

namespace AdoptionSim.Model.Rules;

/// <summary>How a new firm's attributes are drawn, at set-up and for entrants.</summary>
public static class FirmDraws
{
    /// <summary>Log of a city's mean initial productivity: its skills (centred at 0.5) times skills_productivity_effect.</summary>
    public static double MeanLogProductivity(EconomySpec spec, double skills) => spec.SkillsProductivityEffect * (skills - 0.5);

    /// <summary>Log-normal productivity whose mean (not median) is e^meanLog: log ~ N(meanLog − σ²/2, σ).</summary>
    public static double Productivity(EconomySpec spec, double meanLog, System.Random random)
    {
        var sd = spec.ProductivitySd;
        return sd <= 0 ? Math.Exp(meanLog) : Math.Exp(Normal.Sample(random, meanLog - sd * sd / 2, sd));
    }

    /// <summary>Absorptive capacity: Beta with the size class's mean shifted by the city's skills, or the fixed value.</summary>
    public static double Absorptive(FirmsSpec spec, double skills, SizeClass size, System.Random random)
    {
        if (spec.AbsorptiveFixed is { } fixedValue) return fixedValue;
        var mean = Math.Clamp(spec.AbsorptiveMean.Of(size) + spec.SkillsEffect * (skills - 0.5), 0.02, 0.98);
        return Beta.Sample(random, mean * spec.AbsorptiveConcentration, (1 - mean) * spec.AbsorptiveConcentration);
    }
}
