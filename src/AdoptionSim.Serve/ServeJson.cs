using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdoptionSim.Serve;

/// <summary>The one JSON shape of every message: camelCase names, nulls written (the page reads them as "no value").</summary>
internal static class ServeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
