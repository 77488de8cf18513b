using AdoptionSim.IO.Runs;
using AdoptionSim.IO.Runs.Tables;
using AdoptionSim.IO.Tests.Scenarios;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tests.Runs;

/// <summary>What a run writes is what the table declarations say.</summary>
public sealed class RunTablesTests : IDisposable
{
    private readonly TempScenarios _files = new();

    public void Dispose() => _files.Dispose();

    private RunResult RunFunded(bool events)
    {
        LeverScenario.Write(_files);
        var scenario = _files.Load(LeverScenario.FileName);
        return ScenarioRun.Execute(new RunRequest(scenario, 3, 6, 1, Path.Combine(_files.Dir, "run"), Force: true, WriteEvents: events));
    }

    [Fact]
    public void A_run_writes_every_declared_table_with_its_declared_schema()
    {
        var result = RunFunded(events: true);

        Directory.EnumerateFiles(result.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(
            RunTables.All.Select(t => t.FileName).Append(RunManifest.FileName).Append(RunSummary.FileName).Order(StringComparer.Ordinal));
        foreach (var table in RunTables.All)
        {
            var file = ParquetFile.Read(Path.Combine(result.Directory, table.FileName));
            file.Schema.Should().Be(table.Schema, table.Name);
            file.RowCount.Should().BePositive(table.Name);
            result.RowCounts[table.FileName].Should().Be(file.RowCount, table.Name);
            file.GetMetadata("adoptionsim.run_id").Should().Be(result.Provenance.RunId);
        }

        var policy = ParquetFile.Read(Path.Combine(result.Directory, RunTables.PolicyTicks.FileName));
        policy.RowCount.Should().Be(6 * 2, "one row per tick from 1 and target city");
        policy.GetString("lever").Should().AllBe(LeverScenario.Lever);
        policy.GetString("type").Should().AllBe("innovation_fund");
        policy.GetDouble("spend").Sum().Should().BePositive();

        // The money model: run.json says how many real firms a model firm stands for (2.15 million people × 83 real
        // firms per 1,000 over the model firms), and policy_ticks counts reach in real firms with it.
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(result.Directory, RunManifest.FileName)))!;
        var r = manifest["real_firms_per_model_firm"]!.GetValue<double>();
        r.Should().BeApproximately(2_150_000 * 83 / 1000.0 / manifest["firms_at_start"]!.GetValue<long>(), 1e-9 * r);
        var spends = policy.GetDouble("spend");
        var absorbed = policy.GetDouble("spend_absorbed");
        var leaked = policy.GetDouble("spend_leaked");
        for (var i = 0; i < spends.Length; i++) (absorbed[i] + leaked[i]).Should().BeApproximately(spends[i], 1e-6);
        var outreach = policy.GetInt32("outreach");
        var introductions = policy.GetInt32("introductions");
        var reached = policy.GetDouble("real_firms_reached");
        outreach.Sum().Should().BePositive();
        // No anchor firms in two-cities.yaml, so each model firm reached stands for R real ones.
        for (var i = 0; i < reached.Length; i++) reached[i].Should().BeApproximately(r * (outreach[i] + 2 * introductions[i]), 1e-6 * r);

        // region_ticks: each city is its own functional region here; a region's spend is its city's policy spend,
        // split into what its lever absorption let through and what leaked.
        var region = ParquetFile.Read(Path.Combine(result.Directory, RunTables.RegionTicks.FileName));
        region.RowCount.Should().Be(7 * 2, "one row per tick from 0 and region");
        region.GetString("stage").Should().OnlyContain(s => s == "A" || s == "B" || s == "C" || s == "D" || s == "E");
        region.GetInt32("critical_moment").Sum().Should().BePositive("moments come at rate 4 a year with no gap");
        var policySpend = policy.GetInt32("tick").Zip(policy.GetString("city"), policy.GetDouble("spend"))
            .ToDictionary(x => (x.First, x.Second!), x => x.Third);
        for (var row = 0; row < region.RowCount; row++)
        {
            var tick = region.GetInt32("tick")[row];
            var spend = region.GetDouble("spend")[row];
            spend.Should().Be(policySpend.GetValueOrDefault((tick, region.GetString("region")[row]!)));
            region.GetDouble("spend_absorbed")[row].Should().BeApproximately(spend * region.GetDouble("lever_absorption")[row], 1e-6);
            region.GetDouble("spend_leaked")[row].Should().BeApproximately(spend - region.GetDouble("spend_absorbed")[row], 1e-6);
        }
    }

    [Fact]
    public void Without_events_there_is_no_adoptions_table()
    {
        var result = RunFunded(events: false);
        File.Exists(Path.Combine(result.Directory, RunTables.Adoptions.FileName)).Should().BeFalse();
        result.RowCounts.Keys.Should().NotContain(RunTables.Adoptions.FileName);
    }

    /// <summary>The per-tick tables are what sweeps, summaries, plots and notebooks read by column name: a change must be deliberate.</summary>
    [Fact]
    public void The_per_tick_tables_keep_their_columns()
    {
        string[] run = ["run_id", "scenario", "seed", "tick"];
        RunTables.CityTicks.Schema.Columns.Select(c => c.Name).Should().Equal([.. run, "city", "class", "firms", "ideas_available", "adoption_share",
            "adopters", "adoptions", "adoptions_external", "adoptions_peer", "adoptions_brokered", "adoptions_procurement", "introductions",
            "inventions", "mean_productivity", "entries", "exits", "relocations_in", "relocations_out", "rent_index",
            "workers", "ideas_inherited", "population", "skills", "skilled_migration", "attractiveness_gain"]);
        RunTables.GapTicks.Schema.Columns.Select(c => c.Name).Should().Equal([.. run, "variable", "cv", "sd_log", "theil", "theil_between",
            "theil_within", "gini", "top_bottom_quintile_ratio", "cities", "cities_non_positive"]);
        RunTables.PolicyTicks.Schema.Columns.Select(c => c.Name).Should().Equal([.. run, "lever", "type", "city", "spend", "spend_absorbed",
            "spend_leaked", "scheduled", "returned", "budget_remaining", "introductions", "outreach", "firms_supported", "relocations",
            "real_firms_reached", "adoptions_attributable"]);
        RunTables.RegionTicks.Schema.Columns.Select(c => c.Name).Should().Equal([.. run, "region", "cities", "firms", "adoption_share", "stage",
            "stage_index", "style", "diversity", "dispersal", "actors", "critical_moment", "outcome", "moment_stay", "moment_fall_back",
            "moment_skip", "moment_forward", "transitions", "success", "suitability", "broker_capacity_factor", "lever_absorption",
            "spend", "spend_absorbed", "spend_leaked"]);
    }

    [Fact]
    public void Every_column_is_snake_case_and_documented_and_every_table_named_once()
    {
        RunTables.All.Select(t => t.Name).Should().OnlyHaveUniqueItems();
        foreach (var column in RunTables.All.SelectMany(t => t.Columns))
        {
            column.Name.Should().MatchRegex("^[a-z][a-z0-9_]*$");
            column.Doc.Should().NotBeNullOrWhiteSpace().And.NotContain("|", "the doc goes into a Markdown table");
        }
    }
}
