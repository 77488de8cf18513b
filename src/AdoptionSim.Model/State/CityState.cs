namespace AdoptionSim.Model.State;

/// <summary>
/// What changes about each city during a run. Aggregates are recomputed once a tick by
/// <c>Rules.CityEconomy.Update</c> and shared by the economy, migration, relocation and entry phases;
/// rents and the skilled workforce move by their own phases; the tick-0 values are the reference the
/// behavioural rules respond to (changes since tick 0, so that tick 0 is an equilibrium).
/// </summary>
public sealed class CityState(int cities)
{
    public int[] Firms { get; } = new int[cities];

    /// <summary>Workers of the city's alive firms (by size class).</summary>
    public double[] Workers { get; } = new double[cities];

    /// <summary>Productivity per worker: Σ workers·π / Σ workers over the city's alive firms.</summary>
    public double[] Productivity { get; } = new double[cities];

    /// <summary>Mean share of the available ideas the city's firms have adopted.</summary>
    public double[] AdoptionShare { get; } = new double[cities];

    /// <summary>Wage per worker per year: wage share × productivity per worker.</summary>
    public double[] Wage { get; } = new double[cities];

    /// <summary>Log attractiveness for firms (entry, relocation).</summary>
    public double[] LogAttractiveness { get; } = new double[cities];

    /// <summary>Rent index (1 = national average at tick 0).</summary>
    public double[] Rent { get; } = new double[cities];

    /// <summary>Skilled workers living in the city (people, not agents) and the population they are part of.</summary>
    public double[] SkilledWorkers { get; } = new double[cities];

    public double[] Population { get; } = new double[cities];

    /// <summary>Skills index: skilled workers / population.</summary>
    public double[] Skills { get; } = new double[cities];

    /// <summary>
    /// The human-capital spillover of the skills a city gained or lost since tick 0: every firm's output per
    /// worker is multiplied by exp(economy.skills_spillover × (skills − skills₀)). 1 at tick 0.
    /// </summary>
    public double[] Spillover { get; } = Enumerable.Repeat(1.0, cities).ToArray();

    /// <summary>Mean exit hazard per year of the city's firms at the last economy phase (entry replaces exits).</summary>
    public double[] ExitHazard { get; } = new double[cities];

    /// <summary>Factor on the capacity and outreach of the brokers working in the city: set by the governance layer (1 without it).</summary>
    public double[] BrokerCapacityFactor { get; } = Enumerable.Repeat(1.0, cities).ToArray();

    /// <summary>Share of a lever's money spent in the city that becomes activity (the rest leaks): set by the governance layer (1 without it).</summary>
    public double[] LeverAbsorption { get; } = Enumerable.Repeat(1.0, cities).ToArray();

    /// <summary>Values at tick 0.</summary>
    public double[] InitialPopulation { get; } = new double[cities];
    public double[] InitialSkills { get; } = new double[cities];
    public double[] InitialRent { get; } = new double[cities];
    public double[] InitialWage { get; } = new double[cities];
    public double[] InitialAdoptionShare { get; } = new double[cities];
    public double[] InitialLogAttractiveness { get; } = new double[cities];

    public int Count => Firms.Length;

    /// <summary>Records the current values as the tick-0 reference.</summary>
    public void MarkInitial()
    {
        Array.Copy(Population, InitialPopulation, Count);
        Array.Copy(Skills, InitialSkills, Count);
        Array.Copy(Rent, InitialRent, Count);
        Array.Copy(Wage, InitialWage, Count);
        Array.Copy(AdoptionShare, InitialAdoptionShare, Count);
        Array.Copy(LogAttractiveness, InitialLogAttractiveness, Count);
    }

    /// <summary>
    /// Log attractiveness gained since tick 0 as firms perceive it: an exponential moving average over
    /// economy.perception_years, so firms respond to trends, not to a quarter's noise in a small city.
    /// </summary>
    public double[] PerceivedGain { get; } = new double[cities];

    /// <summary>Utility gained since tick 0 for skilled workers, as perceived (moving average, like <see cref="PerceivedGain"/>).</summary>
    public double[] PerceivedUtility { get; } = new double[cities];

    /// <summary>Log attractiveness gained since tick 0, as perceived.</summary>
    public double AttractivenessGain(int city) => PerceivedGain[city];

    /// <summary>Change of the skills index since tick 0 (shifts the absorptive capacity of the city's firms).</summary>
    public double SkillsGain(int city) => Skills[city] - InitialSkills[city];
}
