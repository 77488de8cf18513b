using System.Text.Json.Nodes;
using AdoptionSim.Core.Parameters;

namespace AdoptionSim.IO.Experiments;

/// <summary>Claims in experiment.json (under <c>experiment.claims</c>), written by the sweep and read back by the findings report.</summary>
public static class ClaimsJson
{
    public static JsonArray Write(IEnumerable<Claim> claims) => new(claims.Select(c => (JsonNode?)new JsonObject
    {
        ["id"] = c.Id,
        ["claim"] = c.Text,
        ["source"] = c.Source,
        ["arm"] = c.Arm,
        ["against"] = c.Against,
        ["threshold"] = c.Threshold,
        ["measure"] = EnumSchema<ClaimMeasure>.Instance.NameOf(c.Measure),
        ["expect"] = EnumSchema<ClaimExpectation>.Instance.NameOf(c.Expect),
        ["note"] = c.Note,
    }).ToArray());

    /// <summary>The claims of a sweep's experiment.json; none when it has no <c>claims</c>.</summary>
    /// <exception cref="InvalidDataException">A claim names a measure or expectation this version does not know.</exception>
    public static IReadOnlyList<Claim> Read(JsonObject experiment)
    {
        if (experiment["claims"] is not JsonArray claims) return [];
        return claims.Select(node =>
        {
            var c = node!.AsObject();
            var id = c["id"]!.GetValue<string>();
            var measure = c["measure"]!.GetValue<string>();
            var expect = c["expect"]!.GetValue<string>();
            if (!EnumSchema<ClaimMeasure>.Instance.TryParse(measure, out var m))
                throw new InvalidDataException($"experiment.json: claim '{id}' has measure '{measure}', which this version does not know");
            if (!EnumSchema<ClaimExpectation>.Instance.TryParse(expect, out var e))
                throw new InvalidDataException($"experiment.json: claim '{id}' expects '{expect}', which this version does not know");
            return new Claim(id, c["claim"]!.GetValue<string>(), c["source"]?.GetValue<string>() ?? "", c["arm"]!.GetValue<string>(),
                c["against"]?.GetValue<string>(), c["threshold"]?.GetValue<double>() ?? 0, m, e, c["note"]?.GetValue<string>() ?? "");
        }).ToList();
    }
}
