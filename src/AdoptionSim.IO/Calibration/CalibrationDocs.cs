using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Calibration;

/// <summary>docs/calibration.md, whose key reference is generated from <see cref="CalibrationSchema"/>.</summary>
public static class CalibrationDocs
{
    public static StudyDocPage Page { get; } =
        new("docs/calibration.md", "src/AdoptionSim.IO/Calibration/CalibrationSchema.cs", CalibrationSchema.Root);
}
