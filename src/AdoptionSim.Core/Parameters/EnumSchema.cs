using System.Reflection;
using System.Text.Json;

namespace AdoptionSim.Core.Parameters;

/// <summary>
/// An enum written in files by name. The one name table of the enum: each member's name in snake_case
/// (<c>AcrossSectors</c> → <c>across_sectors</c>), or the name its <see cref="ChoiceNameAttribute"/> gives,
/// in declaration order. The schema, validation messages, docs, provenance and the model all read names here.
/// </summary>
/// <example><c>EnumSchema&lt;Mixing&gt;.Instance.NameOf(Mixing.Full)</c> is <c>"full"</c>.</example>
public sealed class EnumSchema<T>() : ChoiceSchema<T>(Table)
    where T : struct, Enum
{
    private static readonly KeyValuePair<T, string>[] Table = typeof(T)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .OrderBy(f => f.MetadataToken) // declaration order
        .Select(f => new KeyValuePair<T, string>(
            (T)f.GetValue(null)!,
            f.GetCustomAttribute<ChoiceNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(f.Name)))
        .ToArray();

    /// <summary>The schema of a required value of <typeparamref name="T"/> (names and values of the one table).</summary>
    public static EnumSchema<T> Instance { get; } = new();
}

/// <summary>Gives an enum member a file name other than its name in snake_case (e.g. "" for "unknown").</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ChoiceNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
