using AdoptionSim.Core.Parameters;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Calibration;

/// <summary>Which calibration method a file asks for.</summary>
public enum CalibrationMethod
{
    /// <summary>Simulated method of moments: Nelder–Mead under common random numbers, sandwich confidence intervals.</summary>
    Smm,

    /// <summary>Rejection ABC: prior draws, the closest kept.</summary>
    [ChoiceName("abc-rejection")]
    AbcRejection,

    /// <summary>ABC by sequential Monte Carlo: adaptive tolerances, weighted particles.</summary>
    [ChoiceName("abc-smc")]
    AbcSmc,
}

/// <summary>A calibration file as written, bound through <see cref="CalibrationSchema.Root"/>.</summary>
internal sealed class CalibrationFile : StudyFile
{
    public ObservedFile Observed { get; set; } = new();

    public List<DistanceTerm> Distance { get; set; } = [];

    public CalibrationMethod Method { get; set; } = CalibrationMethod.Smm;

    public SmmSettings Smm { get; set; } = new();

    public RejectionSettings AbcRejection { get; set; } = new();

    public SmcSettings AbcSmc { get; set; } = new();
}

/// <summary>Where the observed data are and how their years map to ticks.</summary>
internal sealed class ObservedFile
{
    public string File { get; set; } = "";

    public double? StartYear { get; set; }
}

/// <summary>A measure of the data that enters the distance, and its weight.</summary>
internal sealed class DistanceTerm
{
    public string Measure { get; set; } = "";

    public double Weight { get; set; } = 1;
}

/// <summary>Settings of the simulated method of moments (defaults: the library's).</summary>
internal sealed class SmmSettings
{
    public int Replications { get; set; } = 10;

    public int ScreeningPoints { get; set; } = 16;

    public int MaxEvaluations { get; set; } = 400;

    public int Restarts { get; set; } = 2;

    public double JacobianStep { get; set; } = 0.01;

    public int CovarianceReplications { get; set; } = 100;

    public double Level { get; set; } = 0.95;
}

/// <summary>Settings of rejection ABC.</summary>
internal sealed class RejectionSettings
{
    public int Simulations { get; set; } = 10_000;

    public int Accepted { get; set; } = 100;
}

/// <summary>Settings of ABC-SMC.</summary>
internal sealed class SmcSettings
{
    public int Particles { get; set; } = 500;

    public double Quantile { get; set; } = 0.5;

    public int MaxGenerations { get; set; } = 10;

    public double MinAcceptanceRate { get; set; } = 0.02;

    public int MaxSimulations { get; set; } = 1_000_000;

    public double TargetEpsilon { get; set; }
}
