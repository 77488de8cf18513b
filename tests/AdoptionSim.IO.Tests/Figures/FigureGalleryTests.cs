using AdoptionSim.Charts;
using AdoptionSim.IO.Figures;

namespace AdoptionSim.IO.Tests.Figures;

/// <summary>
/// Renders every figure from the sample data to SVG and PNG, end to end. The files stay in
/// $ADOPTIONSIM_FIGURE_DIR (or a temp folder) so a person can look at them after a change.
/// </summary>
public class FigureGalleryTests
{
    private static readonly string Folder = Environment.GetEnvironmentVariable("ADOPTIONSIM_FIGURE_DIR")
        ?? Path.Combine(Path.GetTempPath(), "adoptionsim-figure-gallery");

    public static TheoryData<string> Names => new() { "adoption-share", "gap", "gap-sweep", "scenario-difference", "city-map", "city-map-over-time", "bass-validation", "bass-validation-long", "adoption-share-ticks" };

    private static FigureSpec Build(string name)
    {
        switch (name)
        {
            case "adoption-share":
                double[] years = SampleCities.Years(81);
                return AdoptionShareFigure.Build(new AdoptionShareInput(TimeAxis.Years(years),
                    SampleCities.All.Select((c, i) => new CityShareSeries(c.City, c.Class, SampleCities.Share(i, years))).ToList()));
            case "gap": return GapFigure.Build(GapFigureTests.Input(sweep: false));
            case "gap-sweep": return GapFigure.Build(GapFigureTests.Input(sweep: true));
            case "scenario-difference": return ScenarioDifferenceFigure.Build(ScenarioDifferenceFigureTests.Input());
            case "city-map":
                var input = CityMapFigureTests.Input();
                return CityMapFigure.Build(input, input.Time.Count - 1);
            case "city-map-over-time":
                var over = CityMapFigureTests.Input();
                return CityMapFigure.BuildSmallMultiples(over, CityMapFigure.EvenlySpaced(over.Time, 3));
            case "bass-validation": return BassValidationFigure.Build(BassValidationFigureTests.Input());
            case "bass-validation-long": return BassValidationFigure.Build(BassValidationFigureTests.Input(points: 241, band: true));
            case "adoption-share-ticks":
                // Tick numbers on the x axis and three top and bottom cities: exercises label nudging.
                double[] ticks = Enumerable.Range(0, 121).Select(i => (double)i).ToArray();
                double[] asYears = ticks.Select(t => t / 6).ToArray();
                return AdoptionShareFigure.Build(
                    new AdoptionShareInput(TimeAxis.Ticks(ticks),
                        SampleCities.All.Select((c, i) => new CityShareSeries(c.City, c.Class, SampleCities.Share(i, asYears))).ToList()),
                    new AdoptionShareOptions { TopCount = 3, BottomCount = 3 });
            default: throw new ArgumentException(name);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_figure_renders_to_svg_and_png(string name)
    {
        var spec = Build(name);

        string svgPath = FigureWriter.Write(spec, Folder, name, FigureFormat.Svg);
        string pngPath = FigureWriter.Write(spec, Folder, name, FigureFormat.Png);

        _ = new AdoptionSim.Charts.Tests.SvgDocument(File.ReadAllText(svgPath));
        File.ReadAllBytes(pngPath).Take(4).Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
    }
}
