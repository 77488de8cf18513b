using AdoptionSim.IO.Experiments;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tests.Experiments;

/// <summary>Grid expansion: ranges, the cartesian product, point ids, run order and replicate seeds.</summary>
public sealed class GridExpansionTests
{
    private static GridAxis Axis(string key, params object[] values) => new()
    {
        Key = key,
        Type = ParquetType.String,
        Values = values.Select(v => new GridValue(v.ToString()!, v)).ToList(),
    };

    [Fact]
    public void Points_are_every_combination_with_the_last_axis_fastest()
    {
        var points = GridExpansion.Points([Axis("a", 1L, 2L), Axis("b", "x", "y", "z"), Axis("c", true, false)]);

        points.Should().HaveCount(12);
        points.Select(p => p.Index).Should().Equal(Enumerable.Range(0, 12));
        points.Select(p => string.Join(",", p.Values.Select(v => v.Text))).Should().Equal(
            "1,x,True", "1,x,False", "1,y,True", "1,y,False", "1,z,True", "1,z,False",
            "2,x,True", "2,x,False", "2,y,True", "2,y,False", "2,z,True", "2,z,False");
        points.Select(p => p.Id).Should().Equal("p00", "p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10", "p11");
    }

    [Fact]
    public void No_grid_is_one_point_without_values()
    {
        var point = GridExpansion.Points([]).Should().ContainSingle().Which;
        point.Id.Should().Be("p0");
        point.Values.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, 1, "p0")]
    [InlineData(9, 10, "p9")]
    [InlineData(3, 11, "p03")]
    [InlineData(99, 100, "p99")]
    [InlineData(7, 101, "p007")]
    public void Point_ids_are_zero_padded_to_the_largest_so_that_they_sort(int index, int count, string id) =>
        GridExpansion.PointId(index, count).Should().Be(id);

    [Theory]
    [InlineData(0.1, 0.5, 0.1, 5)] // 0.4 / 0.1 is 3.9999999999999996 in doubles: the tolerance still counts 0.5
    [InlineData(1.0, 2.0, 0.5, 3)]
    [InlineData(0.0, 1.0, 0.3, 4)] // 0, 0.3, 0.6, 0.9: the end is not reached exactly and is left out
    [InlineData(0.5, 0.1, -0.1, 5)]
    [InlineData(2.0, 2.0, 1.0, 1)]
    public void A_range_includes_both_ends(double from, double to, double step, double count) =>
        GridExpansion.RangeCount(from, to, step).Should().Be(count);

    [Fact]
    public void Range_values_are_rounded_to_12_significant_digits()
    {
        GridExpansion.RangeValues(0.1, 0.1, 5, integer: false).Should().Equal("0.1", "0.2", "0.3", "0.4", "0.5");
        GridExpansion.RangeValues(1.0, 0.5, 3, integer: false).Should().Equal("1", "1.5", "2");
        GridExpansion.RangeValues(2, 2, 3, integer: true).Should().Equal("2", "4", "6");
    }

    [Fact]
    public void Runs_are_ordered_arm_then_point_then_replicate()
    {
        const int arms = 2, points = 3, replications = 5;
        for (var index = 0; index < arms * points * replications; index++)
        {
            var run = GridExpansion.Run(index, points, replications, masterSeed: 9);
            ((run.Arm * points + run.Point) * replications + run.Replicate).Should().Be(index);
            run.Arm.Should().BeInRange(0, arms - 1);
        }

        GridExpansion.Run(17, points, replications, 9).Should().Be(new ExperimentRun(17, 1, 0, 2, GridExpansion.ReplicateSeed(9, 2)));
    }

    [Fact]
    public void A_replicate_has_one_seed_in_every_arm_and_point_and_replicates_differ()
    {
        var runs = Enumerable.Range(0, 2 * 3 * 4).Select(i => GridExpansion.Run(i, 3, 4, masterSeed: 1)).ToList();
        runs.GroupBy(r => r.Replicate).Should().AllSatisfy(g => g.Select(r => r.Seed).Distinct().Should().ContainSingle());

        var seeds = Enumerable.Range(0, 1000).Select(r => GridExpansion.ReplicateSeed(1, r)).ToList();
        seeds.Should().OnlyHaveUniqueItems().And.OnlyContain(s => s >= 0 && s < 1L << 53);
        GridExpansion.ReplicateSeed(2, 0).Should().NotBe(GridExpansion.ReplicateSeed(1, 0));
    }
}
