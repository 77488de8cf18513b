using System.Diagnostics;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests;

/// <summary>
/// The notebooks execute end to end with Debian's Jupyter (jupyter-nbconvert, python3-ipykernel, python3-pandas,
/// python3-matplotlib; scripts/setup.sh installs them) and the python3 kernel, which is /usr/bin/python3. They
/// call this test's own build of the CLI (ADOPTIONSIM_CLI) and write their runs into a temporary folder.
/// One class, so the three run one after another on a small machine.
/// </summary>
public sealed class NotebookTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-notebooks-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Debian's jupyter first: a pyenv or virtualenv one on PATH may lack nbconvert or the packages.</summary>
    private static string Jupyter() => File.Exists("/usr/bin/jupyter") ? "/usr/bin/jupyter" : "jupyter";

    [Theory]
    [InlineData("01-widening-gap.ipynb")]
    [InlineData("02-policy-comparison.ipynb")]
    [InlineData("03-bass-validation.ipynb")]
    public async Task The_notebook_executes_end_to_end(string notebook)
    {
        string path = Path.Combine(RepoRoot(), "notebooks", notebook);
        var start = new ProcessStartInfo(Jupyter())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(path)!,
        };
        foreach (var arg in new[]
                 {
                     "nbconvert", "--to", "notebook", "--execute", "--output-dir", _dir,
                     "--ExecutePreprocessor.timeout=300", "--ExecutePreprocessor.kernel_name=python3", path,
                 })
            start.ArgumentList.Add(arg);
        start.Environment["ADOPTIONSIM_CLI"] = Path.Combine(AppContext.BaseDirectory, "adoptionsim.dll");
        start.Environment["ADOPTIONSIM_NOTEBOOK_OUT"] = Path.Combine(_dir, "outputs");
        start.Environment["PYDEVD_DISABLE_FILE_VALIDATION"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start jupyter");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{notebook} did not finish within 5 minutes");
        }

        process.ExitCode.Should().Be(0, $"jupyter nbconvert --execute {notebook} failed:\n{await stderr}\n{await stdout}");
        string executed = File.ReadAllText(Path.Combine(_dir, notebook));
        executed.Should().Contain("image/png", "the notebook draws its figures");
        executed.Should().NotContain("\"output_type\": \"error\"");
    }

    [Theory]
    [InlineData("01-widening-gap.ipynb")]
    [InlineData("02-policy-comparison.ipynb")]
    [InlineData("03-bass-validation.ipynb")]
    public void The_notebook_is_committed_without_outputs(string notebook)
    {
        string text = File.ReadAllText(Path.Combine(RepoRoot(), "notebooks", notebook));
        text.Should().NotContain("\"output_type\"").And.NotMatchRegex("\"execution_count\": [0-9]");
    }
}
