using System.Reflection;

namespace AdoptionSim.Core;

/// <summary>
/// What produced an output: the product version and the git commit it was built from.
/// The SDK appends "+&lt;commit&gt;" to the informational version when building in a git checkout.
/// </summary>
public static class BuildInfo
{
    private static readonly string Informational =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "0.0.0";

    /// <summary>Semantic version, e.g. "0.1.0".</summary>
    public static string Version => Informational.Split('+')[0];

    /// <summary>Short git commit the build came from, or "unknown" outside a checkout.</summary>
    public static string Commit
    {
        get
        {
            var plus = Informational.IndexOf('+');
            if (plus < 0) return "unknown";
            var sha = Informational[(plus + 1)..];
            return sha.Length > 12 ? sha[..12] : sha;
        }
    }

    /// <summary>The Parquet <c>created_by</c> string: "adoptionsim version X (build H)".</summary>
    public static string CreatedBy => $"adoptionsim version {Version} (build {Commit})";
}
