using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace AdoptionSim.Charts;

/// <summary>
/// Turns SVG into PNG with rsvg-convert (librsvg), found on PATH. No .NET rasteriser is available from
/// the package feed here, and librsvg renders the SVG this library writes faithfully. The SVG goes in on
/// stdin and the PNG comes back on stdout, so no temporary files are left behind.
/// </summary>
public sealed class PngConverter
{
    public const string DefaultExecutable = "rsvg-convert";
    public const string MissingMessage = "PNG output needs rsvg-convert (Debian package librsvg2-bin): install it or use --format svg";

    private readonly string _executable;

    /// <param name="executable">The program name looked up on PATH, or a path to it (tests point this at a missing name).</param>
    /// <param name="zoom">Pixels per SVG unit: 2 gives a 1920×1200 PNG from a 960×600 figure, crisp on slides and in print.</param>
    public PngConverter(string executable = DefaultExecutable, double zoom = 2)
    {
        if (!(zoom > 0)) throw new ArgumentOutOfRangeException(nameof(zoom), zoom, "Zoom must be positive.");
        _executable = executable;
        Zoom = zoom;
    }

    public double Zoom { get; }

    /// <summary>True when the converter program can be found.</summary>
    public bool IsAvailable => Locate() is not null;

    public byte[] ToPng(string svg)
    {
        string path = Locate() ?? throw new ToolMissingException(_executable, MissingMessage);
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        start.ArgumentList.Add("--format=png");
        start.ArgumentList.Add("--zoom=" + Zoom.ToString("0.###", CultureInfo.InvariantCulture));

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ToolMissingException(_executable, MissingMessage);
        }
        catch (Win32Exception)
        {
            // Found but not runnable (no execute permission, wrong architecture): same remedy.
            throw new ToolMissingException(_executable, MissingMessage);
        }

        using (process)
        {
            using var png = new MemoryStream();
            // Read both outputs while writing the input, or a full pipe buffer would deadlock the two processes.
            var copyOut = process.StandardOutput.BaseStream.CopyToAsync(png);
            var readErr = process.StandardError.ReadToEndAsync();
            try
            {
                process.StandardInput.Write(svg);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The converter quit before reading everything (bad SVG): its exit code and stderr below say why.
            }
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new PngConversionException($"{_executable} did not finish within two minutes.");
            }
            copyOut.GetAwaiter().GetResult();
            string errors = readErr.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
                throw new PngConversionException($"{_executable} failed with exit code {process.ExitCode}: {errors.Trim()}");
            return png.ToArray();
        }
    }

    public void WritePng(string svg, string pngPath) => File.WriteAllBytes(pngPath, ToPng(svg));

    private string? Locate()
    {
        if (_executable.Contains(Path.DirectorySeparatorChar) || _executable.Contains(Path.AltDirectorySeparatorChar))
            return File.Exists(_executable) ? Path.GetFullPath(_executable) : null;
        string[] names = OperatingSystem.IsWindows() ? [_executable, _executable + ".exe"] : [_executable];
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in names)
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
