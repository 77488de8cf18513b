using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Experiments;

internal static partial class ExperimentChecks
{
    /// <summary>Claims: unique folder-safe ids, and arms that the experiment has (a claim about another arm could never be reported).</summary>
    private static void CheckClaims(ExperimentFile experiment, HashSet<string> arms, ErrorList errors, Locator at)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < experiment.Claims.Count; i++)
        {
            var claim = experiment.Claims[i];
            var path = $"claims[{i}]";
            if (!errors.HasErrorAt($"{path}.id") && claim.Id.Length == 0)
                at.Add(errors, claim, "id", "every claim needs an id (its figure's file name)");
            if (!errors.HasErrorAt($"{path}.claim") && claim.Claim.Length == 0)
                at.Add(errors, claim, "claim", "every claim needs its text: what the sources claim");
            if (!errors.HasErrorAt($"{path}.arm") && claim.Arm.Length == 0)
                at.Add(errors, claim, "arm", "every claim needs the arm it is about");
            if (!errors.HasErrorAt($"{path}.id") && claim.Id.Length > 0)
            {
                if (!FolderName().IsMatch(claim.Id))
                    at.Add(errors, claim, "id", $"a claim id is used as a file name: letters, digits, '_', '-', '.' or '+', starting with a letter or digit; got '{claim.Id}'");
                else if (!ids.Add(claim.Id))
                    at.Add(errors, claim, "id", $"two claims have the id '{claim.Id}'");
            }

            if (!errors.HasErrorAt($"{path}.arm") && claim.Arm.Length > 0 && !arms.Contains(claim.Arm))
                at.Add(errors, claim, "arm", UnknownArm(claim.Arm, arms));
            if (!errors.HasErrorAt($"{path}.against") && claim.Against is { } against && !arms.Contains(against))
                at.Add(errors, claim, "against", UnknownArm(against, arms));
            if (claim.Against is { } same && same == claim.Arm)
                at.Add(errors, claim, "against", $"a claim compares two different arms; both are '{same}'");
        }
    }

    private static string UnknownArm(string name, IReadOnlyCollection<string> arms) =>
        $"no arm '{name}'" + (Core.Parameters.NameSuggester.Closest(name, arms) is { } best ? $"; did you mean '{best}'?" : "");
}
