using AdoptionSim.Charts;

namespace AdoptionSim.Charts.Tests;

public class PngConverterTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static string SmallChart() => new SvgChartRenderer().RenderSvg(new ChartSpec
    {
        Title = "PNG check",
        Width = 320,
        Height = 200,
        X = new AxisSpec("x"),
        Y = new AxisSpec("y"),
        Lines = [new LineSeries("a", [0, 1], [0, 1], OkabeIto.Blue)],
    });

    [Fact]
    public void Converts_svg_to_png_with_rsvg_convert()
    {
        var converter = new PngConverter(zoom: 1);
        // scripts/setup.sh installs librsvg2-bin, so the README's test command always has it.
        converter.IsAvailable.Should().BeTrue("rsvg-convert must be installed for the tests (bash scripts/setup.sh installs librsvg2-bin)");

        byte[] png = converter.ToPng(SmallChart());

        png.Take(8).Should().Equal(PngSignature);
        // IHDR width and height, big-endian, at bytes 16..23.
        int width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        width.Should().Be(320);
    }

    [Fact]
    public void Writes_a_png_file_through_the_figure_writer()
    {
        string dir = Path.Combine(Path.GetTempPath(), "adoptionsim-charts-test-" + Environment.ProcessId);
        try
        {
            var spec = new ChartSpec { Title = "t", X = new AxisSpec("x"), Y = new AxisSpec("y"), Lines = [new LineSeries("a", [0, 1], [1, 2], OkabeIto.Blue)] };
            string path = FigureWriter.Write(spec, dir, "figure", FigureFormat.Png);

            path.Should().EndWith("figure.png");
            File.ReadAllBytes(path).Take(8).Should().Equal(PngSignature);
            File.ReadAllText(FigureWriter.Write(spec, dir, "figure", FigureFormat.Svg)).Should().StartWith("<?xml");
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_missing_converter_gives_a_clear_message_not_a_crash()
    {
        var converter = new PngConverter("rsvg-convert-that-does-not-exist");

        converter.IsAvailable.Should().BeFalse();
        FluentActions.Invoking(() => converter.ToPng(SmallChart()))
            .Should().Throw<ToolMissingException>()
            .WithMessage("PNG output needs rsvg-convert (Debian package librsvg2-bin): install it or use --format svg");
    }

    [Fact]
    public void A_missing_converter_given_as_a_path_is_reported_the_same_way()
    {
        var converter = new PngConverter("/nonexistent/bin/rsvg-convert");
        FluentActions.Invoking(() => converter.ToPng(SmallChart())).Should().Throw<ToolMissingException>()
            .Which.Tool.Should().Be("/nonexistent/bin/rsvg-convert");
    }

    [Fact]
    public void Invalid_svg_is_reported_with_the_converters_error()
    {
        var converter = new PngConverter(zoom: 1);
        FluentActions.Invoking(() => converter.ToPng("<svg this is not xml")).Should().Throw<PngConversionException>()
            .WithMessage("rsvg-convert failed*");
    }
}
