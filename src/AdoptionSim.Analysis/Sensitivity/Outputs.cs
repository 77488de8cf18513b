namespace AdoptionSim.Analysis.Sensitivity;

/// <summary>Checks of the model outputs handed to an estimator.</summary>
internal static class Outputs
{
    public static double[] Check(IReadOnlyList<double> outputs, int runs)
    {
        if (outputs.Count != runs)
            throw new ArgumentException($"expected one output per run of the design ({runs}), got {outputs.Count}", nameof(outputs));
        var y = outputs.ToArray();
        for (var i = 0; i < y.Length; i++)
            if (!double.IsFinite(y[i]))
                throw new ArgumentException($"the output of run {i} is {y[i]}: every output must be a finite number", nameof(outputs));
        return y;
    }
}
