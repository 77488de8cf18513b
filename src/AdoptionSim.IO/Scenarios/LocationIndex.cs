using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// Where each bound object and field was written, so that checks made after binding (on objects, not on
/// text) can still report file, line, column and field path. Keyed by object identity because the same
/// spec object (e.g. a city) can be reached by different paths (cities.inline[0] and cities.resolved).
/// </summary>
internal sealed class LocationIndex(SourceLocation rootLocation)
{
    private readonly Dictionary<object, Located> _objects = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, Dictionary<string, Located>> _fields = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, SourceLocation> _paths = new(StringComparer.Ordinal);
    private SchemaPaths? _schemaPaths;

    public readonly record struct Located(string Path, SourceLocation Location);

    public void RecordObject(object owner, string path, SourceLocation at)
    {
        _objects[owner] = new Located(path, at);
        _paths[path] = at;
    }

    public void RecordField(object owner, string key, string path, SourceLocation at)
    {
        if (!_fields.TryGetValue(owner, out var fields))
        {
            _fields[owner] = fields = new Dictionary<string, Located>(StringComparer.Ordinal);
        }

        fields[key] = new Located(path, at);
        _paths[path] = at;
    }

    /// <summary>Records a location by path only (e.g. a key inside a map).</summary>
    public void RecordPath(string path, SourceLocation at) => _paths[path] = at;

    public bool TryGetPath(string path, out SourceLocation at) => _paths.TryGetValue(path, out at);

    /// <summary>
    /// The path and location of a field (or of the object when <paramref name="key"/> is null, or of one
    /// entry of a map field when <paramref name="entry"/> is given). Objects never written (defaults) are
    /// found through the schema and placed at the nearest written ancestor, else at the top of the file.
    /// </summary>
    public Located Resolve(ObjectSchema rootSchema, object root, object owner, string? key, string? entry = null)
    {
        string path;
        SourceLocation? at = null;
        if (key is not null && _fields.TryGetValue(owner, out var fields) && fields.TryGetValue(key, out var field))
        {
            (path, at) = (field.Path, field.Location);
        }
        else if (_objects.TryGetValue(owner, out var obj))
        {
            path = Join(obj.Path, key);
        }
        else
        {
            _schemaPaths ??= new SchemaPaths(rootSchema, root);
            path = Join(_schemaPaths.Find(owner) ?? "", key);
        }

        if (entry is not null)
        {
            path = Join(path, entry);
            if (_paths.TryGetValue(path, out var entryAt))
            {
                at = entryAt;
            }
        }

        return new Located(path, at ?? NearestWrittenAncestor(path));
    }

    private SourceLocation NearestWrittenAncestor(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_paths.TryGetValue(p, out var at))
            {
                return at;
            }
        }

        return rootLocation;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    public static string Join(string path, string? key) =>
        key is null ? path : path.Length == 0 ? key : $"{path}.{key}";
}
