using System.Runtime.CompilerServices;

namespace AdoptionSim.Core.Engine;

/// <summary>
/// How the heavy methods of a run's per-tick path are compiled: <c>[MethodImpl(HotPath.Compile)]</c> has the runtime
/// compile a method optimised at its first call, instead of working up through its tiers.
/// </summary>
/// <remarks>
/// Why: .NET's tiered compilation first runs a method unoptimised (tier 0: nothing inlined, so even helpers marked for
/// inlining become calls), then instrumented, and optimises it only after 30 calls and a spell of 100 ms in which no new
/// method was compiled. A phase method runs once a tick, so it would stay unoptimised for 30 ticks or more; the
/// per-firm methods it calls wait as long for the spell, since the outputs of the first ticks keep the compiler busy.
/// The spell is ten times longer on a machine with one processor or in a process pinned to one (a one-CPU Slurm job).
/// On the benchmark (1M firms, 100 ticks, 1 thread: <c>bash scripts/bench.sh</c>) the adopt phase took 0.51–0.63 s
/// that way and 0.39–0.47 s with its methods marked (docs/performance.md, "Compiled optimised from the first tick").
/// <para>
/// What to mark: a method a tick calls once or a few times that does much work (the adopt phase's per-chunk methods),
/// the large per-firm methods those call, and the per-row code of the firms snapshot (a million calls each, from the
/// first tick on). Not small helpers: a method marked is seldom inlined, and the optimised caller inlines them anyway.
/// Not the rest of the code that runs once (the build, the outputs' set-up): there tiering costs little, and compiling
/// everything optimised (<c>DOTNET_TieredCompilation=0</c>) made the build and the outputs 0.05 s slower each. Mark only
/// where a benchmark shows it pays: marking the other phases' methods measured no faster. The price of a mark: the
/// method gets no profile-guided optimisation, which measured no slower for these methods.
/// </para>
/// </remarks>
public static class HotPath
{
    public const MethodImplOptions Compile = MethodImplOptions.AggressiveOptimization;
}
