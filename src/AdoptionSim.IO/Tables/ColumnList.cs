namespace AdoptionSim.IO.Tables;

/// <summary>
/// A table's columns in file order, declared one call per column: name, one-line doc, getter, and for
/// measures how they combine over places. Groups of columns shared by several tables (the run's identity,
/// the statistics of a summary) are extension methods that add several columns at once.
/// </summary>
/// <example><code>
/// new ColumnList&lt;Row&gt;()
///     .Int32("tick", "tick (0: before the first step)", r => r.Tick)
///     .Double("spend", "£ spent this tick", r => r.Spend, Aggregation.Sum)
/// </code></example>
public sealed class ColumnList<TRow>
{
    private readonly List<TableColumn<TRow>> _columns = [];

    public IReadOnlyList<TableColumn<TRow>> Columns => _columns;

    public ColumnList<TRow> Int32(string name, string doc, Func<TRow, int> get, Aggregation aggregation = Aggregation.None) =>
        Add(new Int32Column<TRow>(name, doc, aggregation, get));

    public ColumnList<TRow> Int64(string name, string doc, Func<TRow, long> get, Aggregation aggregation = Aggregation.None) =>
        Add(new Int64Column<TRow>(name, doc, aggregation, get));

    public ColumnList<TRow> Double(string name, string doc, Func<TRow, double> get, Aggregation aggregation = Aggregation.None, string? weight = null) =>
        Add(new DoubleColumn<TRow>(name, doc, aggregation, get) { Weight = weight });

    public ColumnList<TRow> Boolean(string name, string doc, Func<TRow, bool> get) => Add(new BooleanColumn<TRow>(name, doc, get));

    public ColumnList<TRow> String(string name, string doc, Func<TRow, string> get) => Add(new StringColumn<TRow>(name, doc, get));

    /// <summary>Appends columns declared elsewhere (e.g. another table's, to derive a table from it).</summary>
    public ColumnList<TRow> Add(IEnumerable<TableColumn<TRow>> columns)
    {
        foreach (var column in columns) Add(column);
        return this;
    }

    private ColumnList<TRow> Add(TableColumn<TRow> column)
    {
        if (_columns.Any(c => c.Name == column.Name))
            throw new ArgumentException($"column '{column.Name}' is declared twice", nameof(column));
        _columns.Add(column);
        return this;
    }
}
