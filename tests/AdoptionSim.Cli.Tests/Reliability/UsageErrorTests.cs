using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests.Reliability;

/// <summary>A command line the parser rejects: exit 64 and one line that names the option or argument and the form expected.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData(new[] { "run" }, "usage: adoptionsim run needs FILE (scenario file (YAML))")]
    [InlineData(new[] { "run", "x.yaml", "--bogus" }, "usage: adoptionsim run: unknown option '--bogus'; its options are --seed, --ticks")]
    [InlineData(new[] { "run", "x.yaml", "--tics", "3" }, "usage: adoptionsim run: unknown option '--tics'; did you mean --ticks?")]
    [InlineData(new[] { "run", "x.yaml", "--seed", "99999999999999999999" }, "usage: adoptionsim run --seed expects an integer from -9223372036854775808 to 9223372036854775807, got '99999999999999999999'")]
    [InlineData(new[] { "run", "x.yaml", "--seed" }, "usage: adoptionsim run --seed expects an integer")]
    [InlineData(new[] { "run", "x.yaml", "--ticks", "1.5" }, "usage: adoptionsim run --ticks expects an integer from -2147483648 to 2147483647, got '1.5'")]
    [InlineData(new[] { "plot", "dir", "--format", "jpg" }, "usage: adoptionsim plot --format expects one of png, svg, got 'jpg'")]
    [InlineData(new[] { "run", "a.yaml", "b.yaml" }, "usage: adoptionsim run: unexpected argument 'b.yaml'")]
    [InlineData(new string[0], "usage: adoptionsim needs a command: run, validate, describe")]
    public void Bad_usage_is_one_line_naming_the_option_and_the_form_with_exit_64(string[] args, string expected)
    {
        var (exit, output, error) = Run(args);

        exit.Should().Be(64);
        output.Should().BeEmpty();
        error.Should().StartWith(expected).And.EndWith("--help)\n");
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        error.Should().NotContain("System.", "no .NET type names");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100001")]
    public void Ticks_outside_what_a_run_takes_are_a_usage_error(string ticks)
    {
        var (exit, _, error) = Run("run", Scenario("two-cities.yaml"), "--ticks", ticks);

        exit.Should().Be(64);
        error.Should().Be($"error: --ticks expects an integer from 1 to 100000, got {ticks}\n");
    }
}
