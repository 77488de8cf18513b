using System.Reflection;
using AdoptionSim.Core.Engine;
using AdoptionSim.Model.Phases;
using FluentAssertions;
using Xunit;

namespace AdoptionSim.Model.Tests.Phases;

/// <summary>
/// The adopt phase's heavy methods are compiled optimised from their first call (<see cref="HotPath"/>): without the
/// mark, tiering ran them unoptimised for the first 30-odd ticks, which cost the benchmark a third of the phase
/// (docs/performance.md). The speed itself is the benchmark's to measure (scripts/bench.sh); this keeps the marks from
/// being lost in a refactoring.
/// </summary>
public class HotPathTests
{
    [Theory]
    [InlineData(typeof(AdoptPhase), "Run")]
    [InlineData(typeof(AdoptPhase), "Apply")]
    [InlineData(typeof(AdoptionKernel), "Decide")]
    [InlineData(typeof(AdoptionKernel), "FillAll")]
    [InlineData(typeof(AdoptionKernel), "FillFirm")]
    [InlineData(typeof(AdoptionKernel), "DrawLazily")]
    [InlineData(typeof(AdoptionKernel), "DrawEagerly")]
    [InlineData(typeof(AdoptionKernel), "Group")]
    [InlineData(typeof(AdoptionKernel), "GroupOnePerFirm")]
    [InlineData(typeof(AdoptionKernel), "Recount")]
    [InlineData(typeof(AdoptionKernel), "GroupExposure")]
    [InlineData(typeof(DrawScreen), "BelowVector")]
    [InlineData(typeof(DrawScreen), "KeptVector")]
    public void Adopt_phase_methods_are_compiled_optimised_from_the_first_call(Type type, string name)
    {
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.Name == name).ToList();
        methods.Should().NotBeEmpty($"{type.Name}.{name} is listed in docs/performance.md as marked");
        foreach (var method in methods)
            method.MethodImplementationFlags.Should().HaveFlag((MethodImplAttributes)HotPath.Compile, $"{type.Name}.{name} runs on every tick");
    }

    [Fact]
    public void FillFirm_stays_out_of_line()
    {
        var fill = typeof(AdoptionKernel).GetMethod("FillFirm", BindingFlags.NonPublic | BindingFlags.Instance)!;
        fill.MethodImplementationFlags.Should().HaveFlag(MethodImplAttributes.NoInlining, "it runs for the few draws the shared bound lets through");
    }
}
