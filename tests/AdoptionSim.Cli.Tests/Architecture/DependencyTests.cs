using System.Reflection;

namespace AdoptionSim.Cli.Tests.Architecture;

/// <summary>
/// The layering the README promises, checked on the compiled assemblies: no namespace of the project
/// depends on itself through others, the layers point one way (Core ← Model ← IO ← Serve ← Cli; Core ← Analysis), and the
/// Parquet and chart libraries stand alone (IO uses them; they know nothing of the model).
/// </summary>
public sealed class DependencyTests
{
    private static readonly Assembly[] Assemblies =
    [
        typeof(Core.BuildInfo).Assembly,
        typeof(Model.AdoptionModel).Assembly,
        typeof(IO.Runs.ScenarioRun).Assembly,
        typeof(Program).Assembly,
        typeof(AdoptionSim.Parquet.ParquetFile).Assembly,
        typeof(AdoptionSim.Charts.FigureWriter).Assembly,
        typeof(AdoptionSim.Serve.ServeApp).Assembly,
        typeof(AdoptionSim.Analysis.ParameterSpace).Assembly,
    ];

    [Fact]
    public void Namespaces_HaveNoCycle()
    {
        var graph = NamespaceGraph.Build(Assemblies, "AdoptionSim.");
        graph.Should().ContainKey("AdoptionSim.Model.Phases", "the scan must see the model's namespaces");
        graph["AdoptionSim.Model.Phases"].Should().Contain("AdoptionSim.Model.State", "the scan must see references in method bodies and signatures");
        graph.Should().ContainKey("AdoptionSim.Parquet.Writing", "the scan must see the Parquet library's namespaces");
        graph.Should().ContainKey("AdoptionSim.Charts", "the scan must see the chart library");
        NamespaceGraph.FindCycle(graph).Should().BeNull("a namespace cycle means two folders must change together");
    }

    [Fact]
    public void FindCycle_ReportsACycle()
    {
        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
        };
        NamespaceGraph.FindCycle(graph).Should().Equal("A", "B", "C", "A");
    }

    [Theory]
    [InlineData("AdoptionSim.Core", new[] { "AdoptionSim.Model", "AdoptionSim.IO", "AdoptionSim.Cli", "AdoptionSim.Parquet", "AdoptionSim.Charts", "AdoptionSim.Serve", "AdoptionSim.Analysis" })]
    [InlineData("AdoptionSim.Model", new[] { "AdoptionSim.IO", "AdoptionSim.Cli", "AdoptionSim.Parquet", "AdoptionSim.Charts", "AdoptionSim.Serve", "AdoptionSim.Analysis" })]
    [InlineData("AdoptionSim.IO", new[] { "AdoptionSim.Cli", "AdoptionSim.Serve" })]
    [InlineData("AdoptionSim.Serve", new[] { "AdoptionSim.Cli" })]
    [InlineData("AdoptionSim.Analysis", new[] { "AdoptionSim.Model", "AdoptionSim.IO", "AdoptionSim.Cli", "AdoptionSim.Serve", "AdoptionSim.Parquet", "AdoptionSim.Charts" })]
    [InlineData("AdoptionSim.Parquet", new[] { "AdoptionSim.Core", "AdoptionSim.Model", "AdoptionSim.IO", "AdoptionSim.Cli", "AdoptionSim.Charts" })]
    [InlineData("AdoptionSim.Charts", new[] { "AdoptionSim.Core", "AdoptionSim.Model", "AdoptionSim.IO", "AdoptionSim.Cli", "AdoptionSim.Parquet" })]
    public void Layers_PointOneWay(string layer, string[] forbidden)
    {
        var graph = NamespaceGraph.Build(Assemblies, "AdoptionSim.");
        var offending = graph
            .Where(kv => kv.Key == layer || kv.Key.StartsWith(layer + ".", StringComparison.Ordinal))
            .SelectMany(kv => kv.Value.Where(to => forbidden.Any(f => to == f || to.StartsWith(f + ".", StringComparison.Ordinal))).Select(to => $"{kv.Key} → {to}"))
            .ToList();
        offending.Should().BeEmpty();
    }

    /// <summary>The libraries reference no AdoptionSim assembly at all, read from their compiled references
    /// (a project reference the code does not use leaves no trace there; the csproj files have none).</summary>
    [Theory]
    [InlineData(typeof(AdoptionSim.Parquet.ParquetFile))]
    [InlineData(typeof(AdoptionSim.Charts.FigureWriter))]
    public void Libraries_ReferenceNoAdoptionSimAssembly(Type library)
    {
        library.Assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => name.StartsWith("AdoptionSim", StringComparison.Ordinal))
            .Should().BeEmpty($"{library.Assembly.GetName().Name} must stand alone");
    }
}
