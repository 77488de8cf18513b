namespace AdoptionSim.Model.Scenario;

/// <summary>
/// A policy lever (MODEL.md, "Policy levers"): which lever, targets, a window of ticks, a budget in £ with the
/// rules that spend it (profile over the window, what happens to unspent money, allocation between cities), and
/// the values of the parameters its lever reads (<see cref="PolicyParameter"/>, declared in the lever files).
/// Its schema, with every key's range and doc, is <c>PolicySchema</c> (built from the lever catalogue).
/// </summary>
public sealed class PolicySpec
{
    private readonly Dictionary<PolicyParameter, object?> _values = [];

    public required LeverType Type { get; set; }
    public string Label { get; set; } = "";
    public List<string> Cities { get; set; } = [];
    public List<string> Classes { get; set; } = [];
    public List<string> Regions { get; set; } = [];
    public List<string> Sectors { get; set; } = [];
    public int Start { get; set; } = 1;
    public int End { get; set; }
    public double Budget { get; set; }
    public SpendProfile Profile { get; set; } = SpendProfile.Even;
    public UnspentRule Unspent { get; set; } = UnspentRule.CarryOver;
    public AllocationRule Allocation { get; set; } = AllocationRule.PerHead;

    /// <summary>The policy's value of a parameter: the one written, or the parameter's default.</summary>
    public T Get<T>(PolicyParameter<T> parameter) => _values.TryGetValue(parameter, out var value) ? (T)value! : parameter.Default;

    /// <summary>Sets a parameter; returns the policy, so that code can write <c>new PolicySpec { … }.Set(p, 0.2).Set(q, 3)</c>.</summary>
    public PolicySpec Set<T>(PolicyParameter<T> parameter, T value)
    {
        _values[parameter] = value;
        return this;
    }
}
