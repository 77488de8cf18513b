using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Core.Tests.Parameters;

public sealed class ParameterSchemaTests
{
    private sealed class Thing
    {
        public double Rate { get; set; } = 0.5;
        public int? Count { get; set; }
        public Dictionary<string, double> Weights { get; set; } = new() { ["a"] = 1 };
        public List<Thing> Children { get; set; } = [];
    }

    private static ObjectSchema<Thing> Schema()
    {
        var schema = new ObjectSchema<Thing>("thing", () => new Thing(), "A thing.");
        return schema
            .Number("rate", t => t.Rate, (t, v) => t.Rate = v, NumberRange.Unit, "A rate.")
            .OptionalInteger("count", t => t.Count, (t, v) => t.Count = v, 0, "A count.")
            .Map("weights", t => t.Weights, (t, v) => t.Weights = v, new NumberSchema(NumberRange.NonNegative), MapMerge.Replace, "Weights.")
            .List("children", t => t.Children, (t, v) => t.Children = v, schema, "Children.");
    }

    [Fact]
    public void Fields_keep_declaration_order_and_typed_accessors()
    {
        var schema = Schema();
        var thing = schema.Create();

        schema.Fields.Select(f => f.Key).Should().Equal("rate", "count", "weights", "children");
        schema.FindField("rate")!.GetValue(thing).Should().Be(0.5);
        schema.FindField("count")!.SetValue(thing, 3);
        thing.Count.Should().Be(3);
        schema.FindField("count")!.SetValue(thing, null);
        thing.Count.Should().BeNull();
        schema.FindField("children")!.Schema.TypeName.Should().Be("list of thing");
        var declareTwice = () => schema.Number("rate", t => t.Rate, (t, v) => t.Rate = v, NumberRange.Any, "again");
        declareTwice.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData("0.25", false, 0.25, null)]
    [InlineData("1e-1", false, 0.1, null)]
    [InlineData("1.5", false, null, "expected a value in [0, 1], got 1.5")]
    [InlineData("abc", false, null, "expected a number, got 'abc'")]
    [InlineData("0.5", true, null, "expected a number, got the string \"0.5\"")]
    [InlineData(".nan", false, null, "expected a number, got '.nan'")]
    [InlineData(null, false, null, "expected a number, got null")]
    public void Numbers_parse_and_check_their_range(string? text, bool quoted, double? value, string? error)
    {
        var parsed = new NumberSchema(NumberRange.Unit).Parse(text, quoted);
        parsed.Error.Should().Be(error);
        if (value is not null)
        {
            parsed.Value.Should().Be(value.Value);
        }
    }

    [Fact]
    public void Integers_booleans_and_choices_parse_strictly()
    {
        new IntegerSchema(0, 10).Parse("7", false).Value.Should().Be(7);
        new IntegerSchema(0, 10).Parse("11", false).Error.Should().Be("expected an integer [0, 10], got 11");
        new IntegerSchema(long.MinValue, long.MaxValue, wide: true).Parse("12345678901", false).Value.Should().Be(12345678901L);
        new BooleanSchema().Parse("True", false).Value.Should().Be(true);
        new BooleanSchema().Parse("true", true).Ok.Should().BeFalse("a quoted \"true\" is a string");
        new ChoiceSchema("network", "full").Parse("ful", false).Error
            .Should().Be("expected one of 'network', 'full', got 'ful'; did you mean 'full'?");
        new ChoiceSchema("network", "full") { Nullable = true }.Parse(null, false).Should().Be(ScalarParse.Success(null));
    }

    [Fact]
    public void Ranges_print_as_intervals()
    {
        NumberRange.Unit.ToString().Should().Be("[0, 1]");
        NumberRange.Positive.ToString().Should().Be("(0, ∞)");
        NumberRange.OpenUnit.Contains(0).Should().BeFalse();
        NumberRange.NonNegative.Contains(0).Should().BeTrue();
        NumberSchema.FormatNumber(2).Should().Be("2.0");
        NumberSchema.FormatNumber(0.1).Should().Be("0.1");
    }

    [Theory]
    [InlineData("gravity_bta", "gravity_beta")]
    [InlineData("adoptin", "adoption")]
    [InlineData("mixnig", "mixing")]
    [InlineData("banana", null)]
    [InlineData("x", null)]
    public void Suggestions_are_close_names_only(string input, string? expected)
    {
        NameSuggester.Closest(input, ["gravity_beta", "adoption", "mixing", "ticks", "y"]).Should().Be(expected);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "\"\"")]
    [InlineData("12", "\"12\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("a: b", "\"a: b\"")]
    [InlineData("- x", "\"- x\"")]
    [InlineData("South East", "South East")]
    public void Strings_are_quoted_only_when_yaml_would_misread_them(string text, string written)
    {
        YamlText.Quote(text).Should().Be(written);
    }
}
