using AdoptionSim.IO.Tables;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs;

/// <summary>How far a table's journal had got at a checkpoint.</summary>
public sealed record JournalMark(string Table, long Bytes);

/// <summary>
/// Wraps a run's sinks so that every table is journaled (<see cref="JournalingRowSink"/>) in the checkpoint
/// folder. Resuming, each table the run opens first gets the rows of its journal up to the checkpoint
/// (the journal is cut there and carries on), and <see cref="ReplayRest"/> rewrites the tables that were
/// already complete at the checkpoint (written at tick 0) and so are not opened again.
/// </summary>
public sealed class JournaledSinks(IRunTableSinks inner, string journalFolder, IReadOnlyList<JournalMark> resumeFrom) : IRunTableSinks
{
    private readonly List<(string Table, JournalingRowSink Sink)> _journals = [];
    private readonly HashSet<string> _opened = new(StringComparer.Ordinal);

    public IRowSink Open(IOutputTable table, string runFolder, RunProvenance provenance)
    {
        var sink = inner.Open(table, runFolder, provenance);
        try
        {
            var (journal, completedAt) = OpenJournal(table.FileName, sink);
            var journaling = new JournalingRowSink(sink, journal, completedAt);
            _journals.Add((table.FileName, journaling));
            return journaling;
        }
        catch
        {
            sink.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Rewrites, through the inner sinks, the tables of the checkpoint that the resumed run has not opened
    /// (complete before the checkpoint); returns their row counts, in journal order.
    /// </summary>
    public IReadOnlyList<(string Table, long Rows)> ReplayRest(Func<string, IOutputTable> tableNamed, string runFolder, RunProvenance provenance)
    {
        var rows = new List<(string, long)>();
        foreach (var mark in resumeFrom.Where(m => !_opened.Contains(m.Table)))
        {
            using var sink = Open(tableNamed(mark.Table), runFolder, provenance);
            rows.Add((mark.Table, sink.RowCount));
        }
        return rows;
    }

    /// <summary>Forces every journal to disk and returns where each stands, for the checkpoint's manifest.</summary>
    public IReadOnlyList<JournalMark> Sync() => [.. _journals.Select(j => new JournalMark(j.Table, j.Sink.Sync()))];

    /// <summary>The table's journal, replayed into <paramref name="sink"/> when resuming, and its length if that completed the table (else -1).</summary>
    private (FileStream Journal, long CompletedAt) OpenJournal(string table, IRowSink sink)
    {
        if (!_opened.Add(table)) throw new InvalidOperationException($"table {table} opened twice in one run");
        Directory.CreateDirectory(journalFolder);
        var path = Path.Combine(journalFolder, table + ".journal");
        var mark = resumeFrom.FirstOrDefault(m => m.Table == table);
        if (mark is null) return (new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None), -1);

        var journal = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        try
        {
            if (journal.Length < mark.Bytes) throw new InvalidDataException($"checkpoint journal '{path}' is shorter than its checkpoint says ({journal.Length:N0} of {mark.Bytes:N0} bytes)");
            var completed = JournalingRowSink.Replay(journal, mark.Bytes, sink);
            journal.SetLength(mark.Bytes); // what was written after the checkpoint is written again
            journal.Position = mark.Bytes;
            return (journal, completed ? mark.Bytes : -1);
        }
        catch
        {
            journal.Dispose();
            throw;
        }
    }
}
