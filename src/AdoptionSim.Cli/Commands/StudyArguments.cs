using System.CommandLine;
using AdoptionSim.IO.Experiments;

namespace AdoptionSim.Cli.Commands;

/// <summary>The arguments <c>calibrate</c> and <c>sensitivity</c> share, declared once.</summary>
internal sealed class StudyArguments
{
    public Argument<FileInfo> File { get; }
    public Option<string?> Output { get; } = new("--out") { Description = "Output folder (default: outputs/<kind>/<name>/)." };
    public Option<string?> Shard { get; } = new("--shard") { Description = "Make only shard i of N of each batch's runs, e.g. --shard 3/16 on a cluster (see docs/cluster.md)." };
    public Option<int?> Parallel { get; } = new("--parallel") { Description = "Runs at once (default: cores ÷ threads_per_run). Results do not depend on it." };
    public Option<string[]> Sets { get; } = new("--set")
    {
        Description = "Override a key of the file: key=value (repeatable), e.g. --set seed=2 --set sobol.base_samples=32.",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public StudyArguments(string kind) => File = new Argument<FileInfo>("file") { Description = $"{kind} file (YAML)." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(Output);
        command.Options.Add(Shard);
        command.Options.Add(Parallel);
        command.Options.Add(Sets);
    }

    public Shard ShardOf(ParseResult parse)
    {
        var part = IO.Experiments.Shard.All;
        if (parse.GetValue(Shard) is { } text && !IO.Experiments.Shard.TryParse(text, out part, out var error)) throw new UsageException(error);
        return part;
    }

    public int ParallelOf(ParseResult parse, int threadsPerRun)
    {
        var n = parse.GetValue(Parallel) ?? Math.Max(1, Environment.ProcessorCount / threadsPerRun);
        return n >= 1 ? n : throw new UsageException("--parallel must be at least 1");
    }
}
