using System.Text.Encodings.Web;
using System.Text.Json;
using AdoptionSim.Core.Parameters;

namespace AdoptionSim.Core.Tests.Parameters;

/// <summary>Fields declared from properties, enum choices and the canonical JSON written through a schema.</summary>
public sealed class PropertyFieldTests
{
    private enum Reach { WithinSector, AcrossCities, [ChoiceName("")] Unknown }

    private sealed class Gadget
    {
        public double GravityMinKm { get; set; } = 1e-5;
        public long Seed { get; set; } = 12345678901;
        public int? Count { get; set; }
        public string Label { get; set; } = "café \"<&>\"";
        public Reach Reach { get; set; } = Reach.AcrossCities;
        public Reach? Override { get; set; }
        public Dictionary<string, double>? Mix { get; set; } = new() { ["b"] = 2_000_000, ["a"] = -0.1 };
        public List<Gadget> Parts { get; set; } = [];
        public List<string> Names { get; set; } = [];
        public double ReadOnly => 3;
        public double Resolved { get; set; } = 0.5;
    }

    private static ObjectSchema<Gadget> Schema()
    {
        var schema = new ObjectSchema<Gadget>("gadget", () => new Gadget(), "A gadget.");
        return schema
            .Number(g => g.GravityMinKm, NumberRange.Positive, "A distance.")
            .Long(g => g.Seed, "A seed.")
            .OptionalInteger(g => g.Count, 0, "A count.")
            .Text(g => g.Label, "A label.")
            .Enum(g => g.Reach, "A reach.")
            .OptionalEnum(g => g.Override, "An optional reach.")
            .OptionalMap(g => g.Mix, new NumberSchema(NumberRange.Any), MapMerge.Replace, "Weights.")
            .List(g => g.Parts, schema, "Parts.")
            .List(g => g.Names, new StringSchema(), "Names.")
            .Derived(g => g.Resolved, new NumberSchema(NumberRange.Any), "Filled in later.");
    }

    [Fact]
    public void A_field_declared_from_a_property_takes_its_key_from_the_name_and_its_accessors_from_the_property()
    {
        var schema = Schema();
        var gadget = schema.Create();

        schema.Fields.Select(f => f.Key).Should().Equal("gravity_min_km", "seed", "count", "label", "reach", "override", "mix", "parts", "names");
        schema.DerivedFields.Select(f => f.Key).Should().Equal("resolved");
        schema.FindField("gravity_min_km")!.PropertyName.Should().Be("GravityMinKm");
        schema.FindField("gravity_min_km")!.GetValue(gadget).Should().Be(1e-5, "the default is the property's initial value");
        schema.FindField("override")!.SetValue(gadget, Reach.WithinSector);
        gadget.Override.Should().Be(Reach.WithinSector);
        schema.FindField("override")!.SetValue(gadget, null);
        gadget.Override.Should().BeNull();
        var twice = () => schema.Number(g => g.GravityMinKm, NumberRange.Any, "again");
        twice.Should().Throw<InvalidOperationException>();
        var readOnly = () => schema.Number(g => g.ReadOnly, NumberRange.Any, "no setter");
        readOnly.Should().Throw<ArgumentException>().WithMessage("*public setter*");
        var notAProperty = () => schema.Number(g => g.GravityMinKm * 2, NumberRange.Any, "an expression");
        notAProperty.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Key_paths_follow_chains_of_declared_properties()
    {
        var inner = new ObjectSchema<Gadget>("inner", () => new Gadget(), "").Number(g => g.GravityMinKm, NumberRange.Any, "");
        var outer = new ObjectSchema<Holder>("outer", () => new Holder(), "").Object(h => h.Inner, inner, "");

        outer.PathOf(h => h.Inner.GravityMinKm).Should().Equal("inner", "gravity_min_km");
        var undeclared = () => outer.PathOf(h => h.Inner.Seed);
        undeclared.Should().Throw<ArgumentException>().WithMessage("*Seed is not a field of inner*");
    }

    private sealed class Holder
    {
        public Gadget Inner { get; set; } = new();
    }

    [Fact]
    public void Enum_names_are_snake_case_in_declaration_order_unless_an_attribute_names_them()
    {
        var schema = EnumSchema<Reach>.Instance;

        schema.Choices.Should().Equal("within_sector", "across_cities", "");
        schema.Values.Should().Equal(Reach.WithinSector, Reach.AcrossCities, Reach.Unknown);
        schema.NameOf(Reach.AcrossCities).Should().Be("across_cities");
        schema.RangeText.Should().Be("within_sector | across_cities | \"\"");
        schema.Parse("across_cities", false).Value.Should().Be(Reach.AcrossCities);
        schema.Parse("", false).Value.Should().Be(Reach.Unknown);
        schema.Parse("across_city", false).Error.Should().Be("expected one of 'within_sector', 'across_cities', '', got 'across_city'; did you mean 'across_cities'?");
        schema.Format(Reach.Unknown).Should().Be("\"\"");
        schema.TryParse("within_sector", out var parsed).Should().BeTrue();
        parsed.Should().Be(Reach.WithinSector);
        new EnumSchema<Reach> { Nullable = true }.Parse(null, false).Should().Be(ScalarParse.Success(null));
    }

    [Fact]
    public void A_choice_can_map_names_to_objects()
    {
        var one = new object();
        var two = new object();
        var schema = new ChoiceSchema<object>([new(one, "one"), new(two, "two")]);

        schema.Parse("two", false).Value.Should().BeSameAs(two);
        schema.NameOf(one).Should().Be("one");
        var sameName = () => new ChoiceSchema<object>([new(one, "x"), new(two, "x")]);
        sameName.Should().Throw<ArgumentException>();
    }

    /// <summary>
    /// Run ids hash this text, so it must not drift: it is the text System.Text.Json writes for the same object
    /// with snake_case names (how provenance was first written), with enums by name and derived fields last.
    /// </summary>
    [Fact]
    public void Json_written_through_the_schema_is_what_the_serializer_writes()
    {
        var gadget = new Gadget { Count = 7, Names = ["x", "ÿ"], Parts = [new Gadget { Mix = null, Override = Reach.Unknown }] };
        var written = ParameterJsonWriter.Write(Schema(), gadget);

        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        static object Plain(Gadget g) => new
        {
            g.GravityMinKm,
            g.Seed,
            g.Count,
            g.Label,
            Reach = EnumSchema<Reach>.Instance.NameOf(g.Reach),
            Override = g.Override is { } o ? EnumSchema<Reach>.Instance.NameOf(o) : null,
            g.Mix,
            Parts = g.Parts.Select(Plain).ToList(),
            g.Names,
            g.Resolved,
        };
        written.Should().Be(JsonSerializer.Serialize(Plain(gadget), options));
        written.Should().Contain("\"gravity_min_km\": 1E-05").And.Contain("\"b\": 2000000").And.Contain("café \\\"<&>\\\"");
    }
}
