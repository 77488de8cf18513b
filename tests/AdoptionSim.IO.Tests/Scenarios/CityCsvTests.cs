using AdoptionSim.Model.Scenario;

namespace AdoptionSim.IO.Tests.Scenarios;

public sealed class CityCsvTests : IDisposable
{
    private const string Header = "city,population_2019,lat,lon,class,class_source";
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Rows_become_cities_and_inline_cities_add_or_replace_by_name()
    {
        _files.Write("c.csv", Header + ",region,skills,universities\n"
            + "A,1000,51.5,-0.1,high_performing,seed,London,0.9,3\n"
            + "\"B, upon Sea\",2000,52,1,low_innovation,,East of England,,\n");
        _files.Write("s.yaml", """
            cities:
              file: c.csv
              inline:
                - {name: C, population: 10}
                - {name: A, population: 5, class: service_innovator}
            """);

        var cities = _files.Load("s.yaml").Cities.Resolved;

        cities.Select(c => c.Name).Should().Equal("A", "B, upon Sea", "C");
        cities[0].Class.Should().Be("service_innovator", "the inline A replaces the file's A");
        cities[1].Population.Should().Be(2000);
        cities[1].Region.Should().Be("East of England");
        cities[1].ClassSource.Should().Be(ClassSource.Unknown);
        cities[1].Skills.Should().BeNull("an empty optional value takes the class default");
        cities[1].Universities.Should().BeNull();
    }

    [Fact]
    public void Errors_name_the_csv_line_and_column()
    {
        _files.Write("c.csv", Header + ",regin\n"
            + "A,1000,51.5,-0.1,high_performing,seed,x\n"
            + "B,lots,95,1,low_innovaton,estimate,x\n"
            + "C,1000,51\n"
            + ",1000,51,1,low_innovation,proxy,x\n");
        _files.Write("s.yaml", "cities: {file: c.csv}\n");

        _files.Errors("s.yaml").Should().Equal(
            "c.csv:1:49: cities.file: unknown column 'regin'; did you mean 'region'?",
            "c.csv:3:3: cities.file[1].population_2019: column 'population_2019': expected a number, got 'lots'",
            "c.csv:3:8: cities.file[1].lat: column 'lat': expected a value in [-90, 90], got 95",
            "c.csv:3:27: cities.file[1].class_source: column 'class_source': expected one of 'seed', 'proxy', '', got 'estimate'",
            "c.csv:4:1: cities.file[2]: the row has 3 fields, the header 7",
            "c.csv:5:1: cities.file[3].city: column 'city' needs a value",
            "c.csv:3:13: cities.file[1].class: unknown class 'low_innovaton'; did you mean 'low_innovation'?");
    }

    [Fact]
    public void Missing_columns_and_files_are_errors()
    {
        _files.Write("c.csv", "city,lat,lon,class,class_source\nA,1,1,x,seed\n");
        _files.Write("s.yaml", "cities: {file: c.csv}\n");
        _files.Write("t.yaml", "cities: {file: none.csv}\n");

        _files.Errors("s.yaml").Should().Equal(
            "c.csv:1:1: cities.file: missing required column 'population_2019'",
            "s.yaml:1:9: cities: a scenario needs at least one city (cities.file or cities.inline)");
        _files.Errors("t.yaml").Should().Equal(
            "t.yaml:1:16: cities.file: file not found: none.csv",
            "t.yaml:1:9: cities: a scenario needs at least one city (cities.file or cities.inline)");
    }
}
