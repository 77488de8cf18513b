using AdoptionSim.IO.Runs;

namespace AdoptionSim.IO.Tests.Runs;

/// <summary>
/// The stream a checkpoint's state goes through when the gzip runs on a second thread: every byte arrives, in order,
/// across block boundaries; an error of the inner stream (a full disk) comes back to the writing side as it was
/// thrown, and neither side waits forever.
/// </summary>
public sealed class HandOffStreamTests
{
    [Fact]
    public void Every_byte_arrives_in_order_across_blocks()
    {
        var random = new Random(7);
        var expected = new MemoryStream();
        var inner = new MemoryStream();
        using (var stream = new HandOffStream(inner, blockSize: 64, blocks: 3))
        {
            for (var i = 0; i < 2_000; i++)
            {
                // Single bytes, writes shorter than a block and writes spanning several blocks.
                var chunk = new byte[random.Next(3) switch { 0 => 1, 1 => random.Next(1, 64), _ => random.Next(64, 300) }];
                random.NextBytes(chunk);
                if (chunk.Length == 1) stream.WriteByte(chunk[0]);
                else stream.Write(chunk, 0, chunk.Length);
                expected.Write(chunk);
                if (i % 97 == 0) stream.Flush();
            }
        }
        inner.ToArray().Should().Equal(expected.ToArray());
    }

    [Fact]
    public void An_error_of_the_inner_stream_reaches_the_writer_as_thrown()
    {
        var inner = new FailingStream(failAfter: 5);
        var write = () =>
        {
            using var stream = new HandOffStream(inner, blockSize: 16, blocks: 2);
            var block = new byte[16];
            for (var i = 0; i < 1_000; i++) stream.Write(block); // far more blocks than the inner stream takes
        };
        var done = Task.Run(write);
        // A hang would end the wait after 30 s without an exception, and fail here.
        var wait = () => done.Wait(TimeSpan.FromSeconds(30));
        wait.Should().Throw<AggregateException>().WithInnerException<IOException>().WithMessage("*no space*");
        inner.Writes.Should().Be(6, "five blocks were taken, the sixth failed, and nothing was written after");
    }

    [Fact]
    public void An_error_in_the_last_block_is_thrown_by_dispose()
    {
        var inner = new FailingStream(failAfter: 0);
        var stream = new HandOffStream(inner, blockSize: 1 << 10, blocks: 3);
        stream.Write(new byte[10]); // less than a block: nothing is handed over before Dispose
        var dispose = () => stream.Dispose();
        dispose.Should().Throw<IOException>().WithMessage("*no space*");
        inner.Writes.Should().Be(1);
    }

    /// <summary>Takes <c>failAfter</c> writes, then throws as a full disk would.</summary>
    private sealed class FailingStream(int failAfter) : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (++Writes > failAfter) throw new IOException("no space left on device");
            base.Write(buffer, offset, count);
        }
    }
}
