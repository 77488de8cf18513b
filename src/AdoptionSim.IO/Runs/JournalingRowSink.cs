using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// Passes every call to the real sink and appends it to a journal file, so a resumed run can replay the
/// rows written before its checkpoint into a fresh sink: the Parquet writer sees the very same calls and
/// writes the very same bytes. The journal is one opcode per call (then the column and the value).
/// </summary>
internal sealed class JournalingRowSink(IRowSink inner, FileStream journal, long completedAt = -1) : IRowSink
{
    private readonly BinaryWriter _log = new(new BufferedStream(journal, 1 << 16));

    /// <summary>The journal's length once the table is complete (it is closed then), else -1.</summary>
    private long _completedAt = completedAt;

    public long RowCount => inner.RowCount;

    public void Int32(int column, int value)
    {
        inner.Int32(column, value);
        Op(JournalOp.Int32, column).Write(value);
    }

    public void Int64(int column, long value)
    {
        inner.Int64(column, value);
        Op(JournalOp.Int64, column).Write(value);
    }

    public void Double(int column, double value)
    {
        inner.Double(column, value);
        Op(JournalOp.Double, column).Write(value);
    }

    public void Boolean(int column, bool value)
    {
        inner.Boolean(column, value);
        Op(JournalOp.Boolean, column).Write(value);
    }

    public void String(int column, string value)
    {
        inner.String(column, value);
        Op(JournalOp.String, column).Write(value);
    }

    public void Null(int column)
    {
        inner.Null(column);
        Op(JournalOp.Null, column);
    }

    public void EndRow()
    {
        inner.EndRow();
        _log.Write((byte)JournalOp.EndRow);
    }

    public void Complete()
    {
        inner.Complete();
        _log.Write((byte)JournalOp.Complete);
        _completedAt = Sync();
    }

    /// <summary>Writes what is buffered and forces it to disk; returns the journal's length, to be recorded in a checkpoint.</summary>
    public long Sync()
    {
        if (_completedAt >= 0) return _completedAt;
        _log.Flush();
        journal.Flush(flushToDisk: true);
        return journal.Length;
    }

    private BinaryWriter Op(JournalOp op, int column)
    {
        _log.Write((byte)op);
        _log.Write7BitEncodedInt(column);
        return _log;
    }

    private bool _disposed;

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            _log.Flush();
        }
        catch (Exception e) when (WriteFaults.Is(e))
        {
            // The journal only matters for a later resume; the run's own error (if any) is the one to report.
        }
        journal.Dispose();
        inner.Dispose();
    }

    /// <summary>Replays the first <paramref name="length"/> bytes of a journal into <paramref name="sink"/>; true when they complete it.</summary>
    public static bool Replay(Stream journal, long length, IRowSink sink)
    {
        using var reader = new BinaryReader(new BufferedStream(journal, 1 << 16), System.Text.Encoding.UTF8, leaveOpen: true);
        var read = reader.BaseStream;
        var completed = false;
        while (read.Position < length)
        {
            var op = (JournalOp)reader.ReadByte();
            switch (op)
            {
                case JournalOp.EndRow:
                    sink.EndRow();
                    continue;
                case JournalOp.Complete:
                    sink.Complete();
                    completed = true;
                    continue;
            }
            var column = reader.Read7BitEncodedInt();
            switch (op)
            {
                case JournalOp.Int32: sink.Int32(column, reader.ReadInt32()); break;
                case JournalOp.Int64: sink.Int64(column, reader.ReadInt64()); break;
                case JournalOp.Double: sink.Double(column, reader.ReadDouble()); break;
                case JournalOp.Boolean: sink.Boolean(column, reader.ReadBoolean()); break;
                case JournalOp.String: sink.String(column, reader.ReadString()); break;
                case JournalOp.Null: sink.Null(column); break;
                default: throw new InvalidDataException($"checkpoint journal is damaged at byte {read.Position - 1}: unknown operation {(byte)op}");
            }
        }
        if (read.Position != length) throw new InvalidDataException("checkpoint journal is damaged: its last entry runs past the checkpoint");
        return completed;
    }

    private enum JournalOp : byte { Int32, Int64, Double, Boolean, String, Null, EndRow, Complete }
}
