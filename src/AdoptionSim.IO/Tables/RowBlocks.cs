using System.Runtime.CompilerServices;
using AdoptionSim.Core.Engine;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Tables;

/// <summary>
/// Appends a large table's rows in blocks, so that a writer from <see cref="OutputTable{TRow}.Writer"/> sets
/// them column by column: the same file as row by row, without an interface call and a check per value.
/// </summary>
public static class RowBlocks
{
    /// <summary>Rows per block: its column values (at most 8 bytes each, about 10 columns) stay in the CPU's cache.</summary>
    public const int Rows = 4096;

    /// <summary>Appends <c>row(source, 0)</c> … <c>row(source, count − 1)</c> in order.</summary>
    /// <remarks>Compiled optimised at once (like the columns' block loops): a firm snapshot of a million rows comes
    /// early in a run, before the runtime's tiered compilation would have optimised it.</remarks>
    [MethodImpl(HotPath.Compile)]
    public static void Append<TRow, TSource>(ParquetTableWriter<TRow> writer, int count, TSource source, Func<TSource, int, TRow> row)
    {
        if (count <= 0) return;
        writer.Reserve(count);
        var block = new TRow[Math.Min(Rows, count)];
        for (var first = 0; first < count; first += block.Length)
        {
            var rows = block.AsSpan(0, Math.Min(block.Length, count - first));
            for (var i = 0; i < rows.Length; i++) rows[i] = row(source, first + i);
            writer.Append(rows);
        }
    }
}
