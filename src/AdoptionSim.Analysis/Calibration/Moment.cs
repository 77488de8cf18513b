namespace AdoptionSim.Analysis.Calibration;

/// <summary>
/// An observed summary statistic to match: its name (e.g. <c>adoption_share@city=London,tick=40</c>), its value,
/// when known its standard error, and a weight chosen by the analyst. Its weight in the distance is
/// <c>Weight / se²</c> with a standard error and <c>Weight</c> without one (default 1), so a measure can count more
/// or less than its precision alone says (e.g. to balance a long series of one measure against a few of another).
/// </summary>
public readonly record struct Moment(string Name, double Value, double? StandardError = null, double Weight = 1.0);
