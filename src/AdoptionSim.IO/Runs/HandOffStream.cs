using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace AdoptionSim.IO.Runs;

/// <summary>
/// A write-only stream that gathers its bytes into blocks and hands each full block, in order, to a second thread,
/// which writes it to the inner stream: the thread that produces the bytes (a checkpoint's walk over the state) and
/// the one that consumes them (gzip) work at the same time. <see cref="Flush"/> hands over the block begun;
/// <see cref="Dispose(bool)"/> hands over the rest and waits until the inner stream has it all. An error of the
/// inner stream (a full disk) is thrown, as it was thrown, from the next write, flush or dispose.
/// </summary>
internal sealed class HandOffStream : Stream
{
    private readonly Stream _inner;
    private readonly BlockingCollection<(byte[] Block, int Length)> _full;
    private readonly BlockingCollection<byte[]> _free = [];
    private readonly CancellationTokenSource _failed = new();
    private readonly Thread _writer;
    private volatile ExceptionDispatchInfo? _error;
    private byte[] _block;
    private int _used;
    private bool _disposed;

    /// <param name="blockSize">Bytes per block handed over.</param>
    /// <param name="blocks">Blocks in all: one being filled, the rest queued or being written.</param>
    public HandOffStream(Stream inner, int blockSize = 1 << 20, int blocks = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(blocks, 2);
        _inner = inner;
        _full = new BlockingCollection<(byte[], int)>(boundedCapacity: blocks - 1);
        for (var i = 1; i < blocks; i++) _free.Add(new byte[blockSize]);
        _block = new byte[blockSize];
        _writer = new Thread(Drain) { IsBackground = true, Name = "checkpoint writer" };
        _writer.Start();
    }

    private void Drain()
    {
        try
        {
            foreach (var (block, length) in _full.GetConsumingEnumerable())
            {
                _inner.Write(block, 0, length);
                _free.Add(block);
            }
        }
        catch (Exception e)
        {
            _error = ExceptionDispatchInfo.Capture(e);
            _failed.Cancel(); // the writing side, waiting for a free block or a place in the queue, stops waiting
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (!buffer.IsEmpty)
        {
            var n = Math.Min(buffer.Length, _block.Length - _used);
            buffer[..n].CopyTo(_block.AsSpan(_used));
            _used += n;
            buffer = buffer[n..];
            if (_used == _block.Length) HandOver(takeNext: true);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _block[_used++] = value;
        if (_used == _block.Length) HandOver(takeNext: true);
    }

    public override void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_used > 0) HandOver(takeNext: true);
        _error?.Throw();
    }

    /// <summary>Queues the block begun (and, with <paramref name="takeNext"/>, starts a free one).</summary>
    private void HandOver(bool takeNext)
    {
        try
        {
            _full.Add((_block, _used), _failed.Token);
            _used = 0;
            if (takeNext) _block = _free.Take(_failed.Token);
        }
        catch (OperationCanceledException)
        {
            _error!.Throw();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (_disposed || !disposing)
        {
            base.Dispose(disposing);
            return;
        }
        _disposed = true;
        try
        {
            if (_used > 0 && _error is null) HandOver(takeNext: false);
        }
        finally
        {
            _full.CompleteAdding();
            _writer.Join(); // the inner stream is the caller's again only once the writer is done with it
            _full.Dispose();
            _free.Dispose();
            _failed.Dispose();
            base.Dispose(disposing);
        }
        _error?.Throw();
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !_disposed;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
