using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using AdoptionSim.Parquet.Bytes;
using AdoptionSim.Parquet.Thrift;
using AdoptionSim.Parquet.Writing;

namespace AdoptionSim.Parquet;

/// <summary>
/// The <see cref="IRowSink"/> behind <see cref="ParquetFile.Create"/>: buffers rows per column,
/// writes a row group every <see cref="ParquetWriteOptions.RowGroupRows"/> rows, and on
/// <see cref="Complete"/> writes the footer and renames the temporary file to its final name.
/// Any misuse (a column set twice or not at all, a wrong type) leaves the sink failed: it
/// refuses further rows and disposing it removes the temporary file.
/// </summary>
internal sealed class ParquetFileWriter : IColumnBlockSink
{
    private static ReadOnlySpan<byte> Magic => "PAR1"u8;

    private readonly string _finalPath;
    private readonly string _tempPath;
    private readonly ParquetSchema _schema;
    private readonly ColumnDescriptor[] _descriptors;
    private readonly ParquetWriteOptions _options;
    private readonly int _rowGroupRows;
    private readonly ColumnBuffer[] _columns;
    private readonly long[] _setInRow; // row number + 1 at which each column was last set
    private int _setCount;
    private long _rowCount;
    private int _rowsInGroup;
    private readonly List<RowGroupMetadata> _rowGroups = [];
    private FileStream? _stream;
    private readonly PageWriter _pages;
    private readonly ColumnChunkWriter _chunks;
    private string? _failure;
    private bool _completed;

    public ParquetFileWriter(string path, ParquetSchema schema, ParquetWriteOptions options)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The Parquet writer copies values as little-endian bytes.");
        ArgumentException.ThrowIfNullOrEmpty(path);
        schema.Validate();
        options.Validate();
        _schema = schema;
        _options = options;
        _rowGroupRows = options.RowGroupRowsFor(schema);
        _descriptors = schema.Columns.Select(Describe).ToArray();
        _columns = _descriptors.Select(CreateBuffer).ToArray();
        _setInRow = new long[_columns.Length];

        _finalPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(_finalPath)!;
        Directory.CreateDirectory(directory);
        // Same directory, so the final rename never crosses file systems; the random part keeps
        // concurrent writers of one name apart and never reaches the finished file.
        _tempPath = Path.Combine(directory, $"{Path.GetFileName(_finalPath)}.{Path.GetRandomFileName().Replace(".", "")}.tmp-parquet");
        _stream = new FileStream(_tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
        var codec = CodecOf(options.Codec);
        _pages = new PageWriter(_stream, codec, 0);
        _chunks = new ColumnChunkWriter(_pages, codec, options.PageBytes);
        _pages.WriteRaw(Magic);
    }

    public long RowCount => _rowCount;

    /// <summary>The temporary file being written (for tests of atomic completion).</summary>
    internal string TempPath => _tempPath;

    /// <summary>The column in the file format's terms; strings are BYTE_ARRAY annotated UTF8/STRING.</summary>
    private static ColumnDescriptor Describe(ParquetColumn c)
    {
        var physical = c.Type switch
        {
            ParquetType.Int32 => PhysicalType.Int32,
            ParquetType.Int64 => PhysicalType.Int64,
            ParquetType.Double => PhysicalType.Double,
            ParquetType.Boolean => PhysicalType.Boolean,
            ParquetType.String => PhysicalType.ByteArray,
            _ => throw new ArgumentOutOfRangeException(nameof(c)),
        };
        return new ColumnDescriptor(c.Name, physical, c.Optional, IsString: c.Type == ParquetType.String);
    }

    private static CompressionCodec CodecOf(ParquetCodec codec) => codec switch
    {
        ParquetCodec.Uncompressed => CompressionCodec.Uncompressed,
        ParquetCodec.Snappy => CompressionCodec.Snappy,
        ParquetCodec.Gzip => CompressionCodec.Gzip,
        ParquetCodec.Brotli => CompressionCodec.Brotli,
        _ => throw new ArgumentOutOfRangeException(nameof(codec)),
    };

    private ColumnBuffer CreateBuffer(ColumnDescriptor c) => c.PhysicalType switch
    {
        PhysicalType.Int32 => new Int32ColumnBuffer(c, _rowGroupRows),
        PhysicalType.Int64 => new Int64ColumnBuffer(c, _rowGroupRows),
        PhysicalType.Double => new DoubleColumnBuffer(c, _rowGroupRows),
        PhysicalType.Boolean => new BooleanColumnBuffer(c, _rowGroupRows),
        PhysicalType.ByteArray => new StringColumnBuffer(c, _rowGroupRows, _options.DictionaryPageBytesLimit),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public void Int32(int column, int value)
    {
        var buffer = Column<Int32ColumnBuffer>(column, ParquetType.Int32);
        buffer.Append(value);
        Mark(column);
    }

    public void Int64(int column, long value)
    {
        var buffer = Column<Int64ColumnBuffer>(column, ParquetType.Int64);
        buffer.Append(value);
        Mark(column);
    }

    public void Double(int column, double value)
    {
        var buffer = Column<DoubleColumnBuffer>(column, ParquetType.Double);
        buffer.Append(value);
        Mark(column);
    }

    public void Boolean(int column, bool value)
    {
        var buffer = Column<BooleanColumnBuffer>(column, ParquetType.Boolean);
        buffer.Append(value);
        Mark(column);
    }

    public void String(int column, string value)
    {
        var buffer = Column<StringColumnBuffer>(column, ParquetType.String);
        if (value is null) Fail($"Column '{buffer.Column.Name}' was given a null string; use Null() on an optional column.");
        try { buffer.Append(value); }
        catch (ArgumentException e)
        {
            _failure = $"column '{buffer.Column.Name}', row {_rowCount}: {e.Message}";
            throw new ArgumentException($"Parquet {_failure}", nameof(value), e);
        }
        Mark(column);
    }

    public void Null(int column)
    {
        CheckColumn(column);
        var buffer = _columns[column];
        if (!buffer.Column.Optional) Fail($"Column '{buffer.Column.Name}' is required and cannot be null (row {_rowCount}).");
        buffer.AppendNull();
        Mark(column);
    }

    public int BlockRowsAvailable => _rowGroupRows - _rowsInGroup;

    public void Reserve(int rows)
    {
        ThrowIfUnusable();
        var room = Math.Min(Math.Max(rows, 0), BlockRowsAvailable);
        foreach (var column in _columns) column.Reserve(room);
    }

    public void Int32s(int column, ReadOnlySpan<int> values)
    {
        Column<Int32ColumnBuffer>(column, ParquetType.Int32).Append(values);
        Mark(column);
    }

    public void Int64s(int column, ReadOnlySpan<long> values)
    {
        Column<Int64ColumnBuffer>(column, ParquetType.Int64).Append(values);
        Mark(column);
    }

    public void Doubles(int column, ReadOnlySpan<double> values)
    {
        Column<DoubleColumnBuffer>(column, ParquetType.Double).Append(values);
        Mark(column);
    }

    public void Booleans(int column, ReadOnlySpan<bool> values)
    {
        Column<BooleanColumnBuffer>(column, ParquetType.Boolean).Append(values);
        Mark(column);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a value at a time over large blocks (firm snapshots), from the first block on
    public void Strings(int column, ReadOnlySpan<string> values)
    {
        var buffer = Column<StringColumnBuffer>(column, ParquetType.String);
        for (var i = 0; i < values.Length; i++)
        {
            // The same instance as the value before it (the city of firm after firm): the same dictionary index.
            if (i > 0 && ReferenceEquals(values[i], values[i - 1]) && buffer.TryRepeatLast()) continue;
            if (values[i] is null) Fail($"Column '{buffer.Column.Name}' was given a null string; use Null() on an optional column.");
            try { buffer.Append(values[i]); }
            catch (ArgumentException e)
            {
                _failure = $"column '{buffer.Column.Name}', row {_rowCount + i}: {e.Message}";
                throw new ArgumentException($"Parquet {_failure}", nameof(values), e);
            }
        }
        Mark(column);
    }

    public void EndRows(int rows)
    {
        ThrowIfUnusable();
        if (rows < 1 || rows > BlockRowsAvailable)
            Fail($"A block of {rows} rows at row {_rowCount}: blocks hold 1 to {BlockRowsAvailable} rows here (the rest of the row group).");
        var unfilled = Array.FindIndex(_columns, c => c.Rows != _rowsInGroup + rows);
        if (_setCount != _columns.Length || unfilled >= 0)
            Fail($"The block of {rows} rows at row {_rowCount} ended without {rows} values in column '{_columns[Math.Max(unfilled, 0)].Column.Name}' (or a column set twice): every column must be given every row of the block once.");
        _setCount = 0;
        _rowCount += rows;
        _rowsInGroup += rows;
        if (_rowsInGroup == _rowGroupRows)
        {
            try { FlushRowGroup(); }
            catch
            {
                _failure ??= "writing a row group failed";
                throw;
            }
        }
    }

    public void EndRow()
    {
        ThrowIfUnusable();
        if (_setCount != _columns.Length)
        {
            var missing = Enumerable.Range(0, _columns.Length).Where(c => _setInRow[c] != _rowCount + 1).Select(c => $"'{_columns[c].Column.Name}'");
            Fail($"Row {_rowCount} ended without a value for column(s) {string.Join(", ", missing)}: every column must be set exactly once per row.");
        }
        _setCount = 0;
        _rowCount++;
        if (++_rowsInGroup == _rowGroupRows)
        {
            try { FlushRowGroup(); }
            catch
            {
                _failure ??= "writing a row group failed";
                throw;
            }
        }
    }

    public void Complete()
    {
        ThrowIfUnusable();
        if (_setCount != 0) Fail($"Complete() called in the middle of row {_rowCount}: end the row or dispose the writer.");
        try
        {
            if (_rowsInGroup > 0) FlushRowGroup();
            var footer = new ByteBuffer(4096);
            FooterWriter.Write(footer, _descriptors, _rowGroups, _options.Metadata, _options.CreatedBy);
            _pages.WriteRaw(footer.Span);
            Span<byte> tail = stackalloc byte[8];
            BinaryPrimitives.WriteInt32LittleEndian(tail, footer.Length);
            Magic.CopyTo(tail[4..]);
            _pages.WriteRaw(tail);
            _stream!.Flush(flushToDisk: _options.FlushToDisk);
            _stream.Dispose();
            _stream = null;
            File.Move(_tempPath, _finalPath, overwrite: true);
            _completed = true;
        }
        catch
        {
            _failure ??= "completing the file failed";
            throw;
        }
    }

    public void Dispose()
    {
        if (_stream is not null)
        {
            var stream = _stream;
            _stream = null;
            try
            {
                stream.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
            {
                // Discarding an unfinished file: the buffered bytes the disk refused (full, or past a file-size
                // limit, which .NET reports as ArgumentOutOfRangeException) do not matter, and throwing here would
                // hide the error that stopped the writer.
            }
        }
        if (!_completed)
        {
            _completed = true; // a second Dispose has nothing to do
            try { File.Delete(_tempPath); }
            catch (IOException) { /* already gone or locked: nothing under the final name either way */ }
        }
    }

    private void FlushRowGroup()
    {
        var chunks = new ColumnChunkMetadata[_columns.Length];
        for (var c = 0; c < _columns.Length; c++)
        {
            chunks[c] = _chunks.Write(_columns[c]);
            _columns[c].Reset();
        }
        _rowGroups.Add(new RowGroupMetadata(chunks, _rowsInGroup));
        _rowsInGroup = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Column<T>(int column, ParquetType type) where T : ColumnBuffer
    {
        CheckColumn(column);
        if (_columns[column] is T typed) return typed;
        Fail($"Column '{_schema.Columns[column].Name}' holds {_schema.Columns[column].Type}, not {type}.");
        return null!;
    }

    /// <summary>Checks the column index, that the sink is usable, and that the column was not already set in this row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckColumn(int column)
    {
        if (_failure is not null || _stream is null || (uint)column >= (uint)_columns.Length || _setInRow[column] == _rowCount + 1)
            ExplainBadCall(column);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Mark(int column)
    {
        _setInRow[column] = _rowCount + 1;
        _setCount++;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ExplainBadCall(int column)
    {
        ThrowIfUnusable();
        if ((uint)column >= (uint)_columns.Length)
            throw new ArgumentOutOfRangeException(nameof(column), column, $"The schema has {_columns.Length} columns ({_schema}).");
        Fail($"Column '{_columns[column].Column.Name}' set twice in row {_rowCount}: every column must be set exactly once per row.");
    }

    private void ThrowIfUnusable()
    {
        if (_failure is not null) throw new InvalidOperationException($"This Parquet writer for '{_finalPath}' failed earlier ({_failure}); dispose it.");
        if (_stream is null) throw new InvalidOperationException($"This Parquet writer for '{_finalPath}' is already {(_completed ? "complete or disposed" : "closed")}.");
    }

    [MethodImpl(MethodImplOptions.NoInlining), DoesNotReturn]
    private void Fail(string message)
    {
        _failure = message;
        throw new InvalidOperationException(message);
    }
}
