using AdoptionSim.IO.Studies;

namespace AdoptionSim.IO.Sensitivity;

/// <summary>docs/sensitivity.md, whose key reference is generated from <see cref="SensitivitySchema"/>.</summary>
public static class SensitivityDocs
{
    public static StudyDocPage Page { get; } =
        new("docs/sensitivity.md", "src/AdoptionSim.IO/Sensitivity/SensitivitySchema.cs", SensitivitySchema.Root);
}
