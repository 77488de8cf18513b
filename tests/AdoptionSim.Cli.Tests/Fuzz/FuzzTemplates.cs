namespace AdoptionSim.Cli.Tests.Fuzz;

/// <summary>
/// The valid files the fuzzer starts from: small worlds (tens to a few hundred firms) that use every part of the
/// format (cities inline and from CSV, classes, sectors, ideas, brokers, every policy type, extends chains, an
/// experiment with arms and a grid), so that mutations reach every binder and check and a valid result runs fast.
/// </summary>
internal static class FuzzTemplates
{
    public const string Full = """
        name: fuzz
        description: every section written
        seed: 7
        ticks: 3
        tick: {label: quarter, years: 0.25}
        cities:
          inline:
            - {name: Alpha, region: North, lat: 52.0, lon: -1.5, population: 40000, class: high_performing, universities: 1}
            - {name: Beta, region: South, lat: 53.1, lon: -1.2, population: 10000, class: low_innovation, skills: 0.4, sector_mix: {kis: 1, htm: 1, other: 2}, functional_region: Alpha}
        classes:
          high_performing: {skills: 0.7, rent: 1.3, anchor_firms: 1}
          custom: {skills: 0.5, sector_mix: {kis: 1}}
        firms:
          per_thousand: 2
          scale: 1
          min_per_city: 20
          size_shares: {micro: 0.8, small: 0.15, medium: 0.04, large: 0.01}
          absorptive_mean: {micro: 0.35, small: 0.45, medium: 0.55, large: 0.65, anchor: 0.8}
        network:
          mixing: network
          local_degree: {micro: 4, small: 6, medium: 10, large: 16, anchor: 24}
          homophily: 0.75
          anchor_suppliers: 5
          intercity_ties_per_firm: 0.5
          brokered_tie_years: 1
        adoption: {p: 0.03, q: 0.38, broker_outreach_p: 0.02}
        invention: {enabled: true, base_rate: 0.01, initial_ideas: 3, max_ideas: 8, value_mean: 0.05}
        ideas:
          - {city: Alpha, sector: kis, tick: 1, complexity: 0.2, value: 0.1, relevance: {kis: 1, bs: 0.5}}
        brokers:
          capacity_per_firms: 50
          inline:
            - {kind: sector_network, city: Alpha, sector: kis, capacity: 2}
        feedbacks: {exit: true, entry: true, relocation: true, rents: true}
        economy: {entry_elasticity: 0.7, base_exit_rate: 0.05, relocation_rate: 0.05, new_firm_ties: 3}
        policies:
          - {type: innovation_fund, cities: [Beta], start: 1, end: 3, budget: 100000, introductions_per_tick: 2, outreach_per_tick: 5, p_boost: 0.05}
          - {type: business_rate_cut, classes: [low_innovation], budget: 50000, rate_cut: 0.5}
          - {type: public_procurement, sectors: [htm], budget: 50000, revenue_bonus: 0.1, p_boost: 0.02}
          - {type: broker, cities: [Alpha], budget: 10000, broker_kind: university, broker_reach: across_cities}
          - {type: enterprise_zone, cities: [Beta], budget: 20000, rate_cut: 1, relocation_bonus: 0.2, relocation_grant: 100}
          - {type: multi_area_agreement, regions: [North, South], budget: 30000, introductions_per_tick: 1}
          - {type: skills, cities: [Beta], budget: 10000, absorptive_gain: 0.1}
          - {type: allocation, mode: national, priority_sector: kis, budget: 40000, introductions_per_tick: 1}
        outputs: {events: true}
        """;

    public const string FromCsv = """
        name: fuzz-csv
        ticks: 2
        cities:
          file: cities.csv
          inline:
            - {name: Gamma, region: West, lat: 51.5, lon: -2.6, population: 8000, class: service_innovator}
        sectors:
          - {name: kis, label: Knowledge, invention_multiplier: 1.5, cross_relevance: 0.3}
          - {name: other, label: Other}
        classes:
          high_performing: {sector_mix: {kis: 2, other: 1}}
          low_innovation: {sector_mix: {other: 1}}
          service_innovator: {sector_mix: {kis: 1, other: 1}}
        firms: {per_thousand: 1.5}
        """;

    public const string Cities = """
        city,population_2019,lat,lon,class,class_source,region,skills,universities
        Hubtown,30000,52.5,-1.9,high_performing,seed,Midlands,0.6,1
        "Little, Town",6000,53.0,-2.2,low_innovation,proxy,North West,,0
        Gamma,9000,51.4,-2.5,service_innovator,,West,0.5,
        """;

    public const string Bass = """
        name: fuzz-bass
        ticks: 4
        cities:
          inline:
            - {name: Solo, lat: 50, lon: 0, population: 1000000, class: innovation_potential}
        firms: {count: 60, absorptive_fixed: 1}
        network: {mixing: full}
        invention: {enabled: false}
        ideas:
          - {complexity: 0, value: 0, origin_adopts: false}
        brokers: {enabled: false}
        feedbacks: {exit: false, entry: false, relocation: false, rents: false}
        """;

    /// <summary>A file that only extends another and changes a few keys (the chain's top).</summary>
    public const string Child = """
        extends: base.yaml
        name: fuzz-child
        adoption: {q: 0.5}
        network: {intercity_ties_per_firm: 1.0}
        """;

    public const string Experiment = """
        name: fuzz-experiment
        description: two arms, a grid of two values
        arms:
          - name: base
            scenario: scenario.yaml
            baseline: true
          - name: more
            scenario: scenario.yaml
            set:
              adoption.q: 0.6
              network: {intercity_ties_per_firm: 1.5}
        grid:
          adoption.p: [0.01, 0.05]
        replications: 1
        master_seed: 11
        ticks: 2
        threads_per_run: 1
        """;

    /// <summary>The small scenario experiments run.</summary>
    public const string ExperimentScenario = """
        name: fuzz-small
        ticks: 2
        cities:
          inline:
            - {name: One, lat: 52, lon: -1, population: 10000, class: high_performing}
            - {name: Two, lat: 53, lon: -1, population: 10000, class: low_innovation}
        invention: {initial_ideas: 2, max_ideas: 4}
        """;
}
