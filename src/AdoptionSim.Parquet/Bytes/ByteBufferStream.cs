namespace AdoptionSim.Parquet.Bytes;

/// <summary>A write-only stream appending to a <see cref="ByteBuffer"/>, so stream-based
/// compressors (GZip) write into the reused page buffer instead of a fresh MemoryStream.</summary>
internal sealed class ByteBufferStream(ByteBuffer buffer) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => buffer.Length;
    public override long Position { get => buffer.Length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] b, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] b, int offset, int count) => buffer.Write(b.AsSpan(offset, count));
    public override void Write(ReadOnlySpan<byte> b) => buffer.Write(b);
}
