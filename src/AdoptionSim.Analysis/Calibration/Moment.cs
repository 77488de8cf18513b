namespace AdoptionSim.Analysis.Calibration;

/// <summary>
/// An observed summary statistic to match: its name (e.g. <c>adoption_share@city=London,tick=40</c>), its value
/// and, when known, its standard error, which sets its weight 1/se² (otherwise the weight is 1).
/// </summary>
public readonly record struct Moment(string Name, double Value, double? StandardError = null);
