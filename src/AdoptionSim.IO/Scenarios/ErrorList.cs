namespace AdoptionSim.IO.Scenarios;

/// <summary>Collects errors in the order found; remembers which field paths already have one.</summary>
internal sealed class ErrorList
{
    private readonly List<ScenarioError> _errors = [];
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    public IReadOnlyList<ScenarioError> Errors => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(SourceLocation at, string path, string message)
    {
        _errors.Add(new ScenarioError(at, path, message));
        if (path.Length > 0)
        {
            _paths.Add(path);
        }
    }

    /// <summary>Whether a field already failed to bind (so a later consequence of it would only be noise).</summary>
    public bool HasErrorAt(string path) => _paths.Contains(path);

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new ScenarioException(_errors.ToList());
        }
    }
}
