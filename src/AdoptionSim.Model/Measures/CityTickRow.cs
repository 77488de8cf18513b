namespace AdoptionSim.Model.Measures;

/// <summary>The state of one city after a tick (tick 0: before the first step). One row of city_ticks.</summary>
public readonly record struct CityTickRow(
    int Tick,
    int City,
    int Firms,
    int IdeasAvailable,
    double AdoptionShare,
    int Adopters,
    int Adoptions,
    int AdoptionsExternal,
    int AdoptionsPeer,
    int AdoptionsBrokered,
    int AdoptionsProcurement,
    int Introductions,
    int Inventions,
    double MeanProductivity,
    int Entries,
    int Exits,
    int RelocationsIn,
    int RelocationsOut,
    double RentIndex,
    double Workers,
    int IdeasInherited,
    double Population,
    double Skills,
    double SkilledMigration,
    double AttractivenessGain);
