using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Cli.Commands;

/// <summary>
/// A command line the parser rejects, said in one line that names the option (or argument, or command) and
/// the form it expects: <c>usage: run --seed expects an integer from -9223372036854775808 to
/// 9223372036854775807, got '99999999999999999999'</c>. System.CommandLine's own messages name .NET types
/// (<c>System.Nullable`1[System.Int64]</c>) and print the whole help; the exit code is 64 either way.
/// </summary>
public static class UsageErrors
{
    public static string Describe(ParseResult parse)
    {
        var command = CommandPath(parse.CommandResult);
        var help = $"(see {command} --help)";
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            var options = parse.CommandResult.Command.Options.Where(o => !o.Hidden).Select(o => o.Name).ToList();
            var what = token.StartsWith('-') ? "unknown option" : "unexpected argument";
            var suggestion = token.StartsWith('-') ? NameSuggester.Closest(token, options) : null;
            var known = options.Count > 0 ? $"; its options are {string.Join(", ", options)}" : "";
            return $"usage: {command}: {what} '{ShownText.Value(token)}'{(suggestion is null ? known : $"; did you mean {suggestion}?")} {help}";
        }

        var error = parse.Errors[0];
        switch (error.SymbolResult)
        {
            case ArgumentResult { Parent: OptionResult option }:
                return OptionError(command, option, help);
            case OptionResult option:
                return OptionError(command, option, help);
            case ArgumentResult argument when argument.Tokens.Count > 0:
                return $"usage: {command}: {Upper(argument.Argument.Name)} expects {Form(argument.Argument.ValueType, argument.Argument)}, got '{ShownText.Value(argument.Tokens[0].Value)}' {help}";
            case ArgumentResult argument:
                return $"usage: {command} needs {Upper(argument.Argument.Name)} ({Lower(argument.Argument.Description)}) {help}";
            case CommandResult result when MissingArgument(result) is { } missing:
                return $"usage: {command} needs {Upper(missing.Name)} ({Lower(missing.Description)}) {help}";
            case CommandResult result when result.Command.Subcommands.Count > 0 && result.Command.Action is null:
                return $"usage: {command} needs a command: {string.Join(", ", result.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))} {help}";
            case CommandResult when error.Message.StartsWith("needs ", StringComparison.Ordinal):
                return $"usage: {command} {error.Message} {help}"; // a command's own validator: "needs FILE … or --resume DIR"
            default:
                return $"usage: {command}: {ShownText.Value(error.Message)} {help}";
        }
    }

    private static string OptionError(string command, OptionResult option, string help)
    {
        var form = Form(option.Option.ValueType, option.Option);
        return option.Tokens.Count == 0
            ? $"usage: {command} {option.Option.Name} expects {form} after it {help}"
            : $"usage: {command} {option.Option.Name} expects {form}, got '{ShownText.Value(option.Tokens[0].Value)}' {help}";
    }

    /// <summary>The form a value must have, from the symbol's type and its accepted values.</summary>
    private static string Form(Type type, Symbol symbol)
    {
        // Choices given with AcceptOnlyFromAmong are the symbol's completions; a bool's are true and false.
        var accepted = symbol.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).ToList();
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            type = type.GetElementType()!;
        }

        if (type == typeof(string) && accepted.Any())
        {
            return "one of " + string.Join(", ", accepted.Select(c => c.Label));
        }

        return type switch
        {
            _ when type == typeof(int) => $"an integer from {int.MinValue.ToString(CultureInfo.InvariantCulture)} to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}",
            _ when type == typeof(long) => $"an integer from {long.MinValue.ToString(CultureInfo.InvariantCulture)} to {long.MaxValue.ToString(CultureInfo.InvariantCulture)}",
            _ when type == typeof(double) => "a number",
            _ when type == typeof(bool) => "true or false (or nothing)",
            _ when type == typeof(FileInfo) => "a file path",
            _ when type == typeof(DirectoryInfo) => "a folder path",
            _ => "a value",
        };
    }

    private static Argument? MissingArgument(CommandResult result) =>
        result.Command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0 && result.GetResult(a) is not { Tokens.Count: > 0 });

    /// <summary>"adoptionsim run", "adoptionsim bench bass".</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Parent is null ? "adoptionsim" : c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    private static string Upper(string name) => name.ToUpperInvariant();

    private static string Lower(string? description) =>
        string.IsNullOrEmpty(description) ? "required" : char.ToLowerInvariant(description[0]) + description[1..].TrimEnd('.');
}
