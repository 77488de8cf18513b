using AdoptionSim.Analysis.Calibration;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Calibration;

/// <summary>
/// A loaded calibration file: the shared setup (scenario, parameters, seed), the observed data and the moments
/// they make (one per selected row, weighted), and the method with its settings. <see cref="CalibrationLoader"/>
/// makes it; the library options carry the file's settings but not yet its seed.
/// </summary>
public sealed class CalibrationSpec
{
    public required StudySetup Setup { get; init; }

    /// <summary>The CSV as written in the file (relative to it).</summary>
    public required string DataFile { get; init; }

    /// <summary>SHA-256 of the CSV's bytes.</summary>
    public required string DataSha256 { get; init; }

    /// <summary>The calendar year of tick 0, if the file gives one.</summary>
    public required double? StartYear { get; init; }

    /// <summary>The rows that enter the distance, in file order.</summary>
    public required IReadOnlyList<Observation> Observations { get; init; }

    /// <summary>Rows of the CSV left out because their measure is not in <c>distance</c>.</summary>
    public required int Ignored { get; init; }

    /// <summary>One moment per observation: its probe's name, value, standard error and its measure's weight.</summary>
    public required ObservedMoments Moments { get; init; }

    /// <summary>Each distinct measure of the distance and its weight.</summary>
    public required IReadOnlyList<(StudyMeasure Measure, double Weight)> Distance { get; init; }

    public required CalibrationMethod Method { get; init; }

    public required MomentsOptions Smm { get; init; }

    public required RejectionAbcOptions AbcRejection { get; init; }

    public required SmcAbcOptions AbcSmc { get; init; }

    /// <summary>What the runs must report: one probe per observation, in order.</summary>
    public IReadOnlyList<MeasureProbe> Probes => Observations.Select(o => o.Probe).ToArray();

    /// <summary>The method's name as the file writes it.</summary>
    public string MethodName => Method switch
    {
        CalibrationMethod.AbcRejection => "abc-rejection",
        CalibrationMethod.AbcSmc => "abc-smc",
        _ => "smm",
    };
}
