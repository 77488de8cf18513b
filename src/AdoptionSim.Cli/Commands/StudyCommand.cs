using System.CommandLine;
using AdoptionSim.Cli.Display;
using AdoptionSim.IO.Experiments;
using AdoptionSim.IO.Studies;

namespace AdoptionSim.Cli.Commands;

/// <summary>
/// What makes one kind of study (<c>calibrate</c>, <c>sensitivity</c>) its own: how its file loads, what its first
/// line says, how it runs and how its result prints. Everything else — arguments, signals, shards, the parallel
/// count, the default folder, the interrupted and shard-only endings — is <see cref="StudyCommand"/>'s, once.
/// </summary>
internal sealed record StudyKind<TSpec, TResult>(
    string Name,
    string Kind,
    string Folder,
    string Description,
    Func<string, IReadOnlyList<string>, TSpec> Load,
    Func<TSpec, StudySetup> Setup,
    Func<TSpec, string> Describe,
    Func<TSpec, string, StudyRunOptions, CancellationToken, TResult> Execute,
    Func<TResult, bool> ShardOnly,
    Action<TextWriter, TResult> Print)
{
    /// <summary>A note printed under the first line when the study runs as a shard (null: none).</summary>
    public Func<TSpec, Shard, string?> ShardNote { get; init; } = (_, _) => null;

    /// <summary>What a finished shard adds to "its runs are complete in DIR" (e.g. its batch count).</summary>
    public Func<TResult, string> ShardDone { get; init; } = _ => "";
}

/// <summary>The command body the studies share: <c>adoptionsim NAME FILE [--out DIR] [--shard i/N] [--parallel N] [--set key=value]…</c>.</summary>
internal static class StudyCommand
{
    public static Command Create<TSpec, TResult>(StudyKind<TSpec, TResult> kind)
    {
        var args = new StudyArguments(kind.Kind);
        var command = new Command(kind.Name, kind.Description);
        args.AddTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(CommandErrors.Guard(parse.InvocationConfiguration.Error, () =>
        {
            InterruptSignals.Observe(); // Ctrl-C or SIGTERM stops after the current runs, exit 130; the same command resumes
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var file = parse.GetRequiredValue(args.File).ToString();
            var spec = kind.Load(file, parse.GetValue(args.Sets) ?? []);
            var setup = kind.Setup(spec);
            var shard = args.ShardOf(parse);
            var parallel = args.ParallelOf(parse, setup.ThreadsPerRun);
            var directory = parse.GetValue(args.Output) ?? Path.Combine("outputs", kind.Folder, setup.Name);
            stdout.WriteLine(kind.Describe(spec) + (shard.Count > 1 ? $"; shard {shard}" : "") + $"; {parallel} at once");
            if (shard.Count > 1 && kind.ShardNote(spec, shard) is { } note) stdout.WriteLine(note);
            TResult result;
            try
            {
                result = kind.Execute(spec, directory, new StudyRunOptions { Shard = shard, Parallel = parallel, Progress = new StudyProgressDisplay(stderr) }, cancellation);
            }
            catch (SweepInterruptedException e)
            {
                stderr.WriteLine(e.Message);
                return ExitCodes.Cancelled;
            }

            if (kind.ShardOnly(result))
            {
                stdout.WriteLine($"shard {shard}: its runs are complete in {Path.GetFullPath(directory)}{kind.ShardDone(result)}");
                stdout.WriteLine($"next, once every shard is done: adoptionsim {kind.Name} {file} --out {directory}");
                return ExitCodes.Ok;
            }

            kind.Print(stdout, result);
            stdout.WriteLine($"results: {Path.GetFullPath(directory)}");
            return ExitCodes.Ok;
        })));
        return command;
    }
}
