namespace AdoptionSim.Analysis.Calibration;

/// <summary>Hands batches to the simulator, checks what comes back and counts the runs.</summary>
internal sealed class SimulationRunner(ISimulator simulator, int statistics)
{
    /// <summary>Model runs made so far.</summary>
    public int Simulations { get; private set; }

    public double[][] Run(IReadOnlyList<SimulationRequest> batch)
    {
        if (batch.Count == 0) return [];
        var outputs = simulator.Run(batch);
        if (outputs is null || outputs.Count != batch.Count)
            throw new InvalidOperationException($"the simulator returned {outputs?.Count ?? 0} outputs for a batch of {batch.Count} runs");
        var result = new double[batch.Count][];
        for (var i = 0; i < result.Length; i++)
        {
            var output = outputs[i];
            if (output is null || output.Length != statistics)
                throw new InvalidOperationException(
                    $"the simulator returned {output?.Length ?? 0} statistics for run {i} of a batch (seed {batch[i].Seed}); expected {statistics}, one per observed moment");
            result[i] = output;
        }
        Simulations += batch.Count;
        return result;
    }
}
