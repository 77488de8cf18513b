using System.Diagnostics;

namespace AdoptionSim.Core.Engine;

/// <summary>
/// The ordered phases of one tick, in one place. Wall time per phase is kept for the run manifest
/// (never for result files, which must not depend on the clock).
/// </summary>
public sealed class TickSchedule<TState>
{
    private readonly ITickPhase<TState>[] _phases;
    private readonly long[] _elapsedTicks;

    public TickSchedule(IEnumerable<ITickPhase<TState>> phases)
    {
        _phases = phases.ToArray();
        if (_phases.Length == 0) throw new ArgumentException("a tick needs at least one phase", nameof(phases));
        var duplicate = _phases.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"phase '{duplicate.Key}' is scheduled twice", nameof(phases));
        _elapsedTicks = new long[_phases.Length];
    }

    /// <summary>The phases, in order.</summary>
    public IReadOnlyList<ITickPhase<TState>> Phases => _phases;

    public void RunTick(TState state, in TickContext context)
    {
        for (var i = 0; i < _phases.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            _phases[i].Run(state, context);
            _elapsedTicks[i] += Stopwatch.GetTimestamp() - start;
        }
    }

    /// <summary>Seconds spent in each phase so far, by name, in schedule order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> PhaseSeconds() =>
        _phases.Select((p, i) => new KeyValuePair<string, double>(p.Name, _elapsedTicks[i] / (double)Stopwatch.Frequency)).ToArray();
}
