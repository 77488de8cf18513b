using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using AdoptionSim.Parquet;

namespace AdoptionSim.Parquet.Tests;

/// <summary>
/// The reader on damaged files, many and varied: flipped bits and bytes, overwritten and repeated ranges, cut
/// middles with an intact footer, huge varints written into the footer, files spliced together. Each read must
/// end within a few seconds, allocate a bounded amount, and either return a table or throw
/// <see cref="ParquetFormatException"/> naming the file.
/// <c>ADOPTIONSIM_FUZZ_PARQUET_FILES</c> sets how many (default 10,000; seeded, so a failure repeats).
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A read of a damaged file of a few kilobytes may not take longer, nor allocate more.</summary>
    private static readonly TimeSpan MaxReadTime = TimeSpan.FromSeconds(10);
    private const long MaxReadAllocation = 256L * 1024 * 1024;

    [Fact]
    public void Damaged_files_never_hang_never_exhaust_memory_and_fail_only_with_a_format_exception()
    {
        var originals = TestTables.All().Take(6).Append(TestTables.ManyRowGroups()).Select((table, i) =>
        {
            var path = _dir.File($"original-{i}.parquet");
            table.WriteTo(path);
            return File.ReadAllBytes(path);
        }).Where(b => b.Length < 2_000_000).ToList();
        var files = int.TryParse(Environment.GetEnvironmentVariable("ADOPTIONSIM_FUZZ_PARQUET_FILES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var random = new Random(20261125);
        var path = _dir.File("damaged.parquet");
        int readable = 0, refused = 0;
        for (var i = 0; i < files; i++)
        {
            var original = originals[random.Next(originals.Count)];
            var damaged = Damage(original, originals[random.Next(originals.Count)], random);
            File.WriteAllBytes(path, damaged);
            var outcome = ReadBounded(path);
            outcome.Should().BeNull($"damage #{i} (seed 20261125) must give a table or a ParquetFormatException; saved as {Keep(damaged, i)}");
            if (File.Exists(path + ".ok")) readable++;
            else refused++;
            File.Delete(path + ".ok");
        }

        refused.Should().BePositive();
        readable.Should().BePositive("some damage leaves a readable file (Parquet has no mandatory checksums)");
    }

    /// <summary>Null when the read ended as it may; otherwise what went wrong.</summary>
    private static string? ReadBounded(string path)
    {
        var task = Task.Run(() =>
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                ParquetFile.Read(path);
                File.WriteAllText(path + ".ok", "");
                return (string?)null;
            }
            catch (ParquetFormatException e) when (e.Message.Contains(path, StringComparison.Ordinal))
            {
                return null;
            }
            catch (Exception e)
            {
                return $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
            }
            finally
            {
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
                if (allocated > MaxReadAllocation) File.WriteAllText(path + ".big", allocated.ToString(CultureInfo.InvariantCulture));
            }
        });
        if (!task.Wait(MaxReadTime)) return $"the read took more than {MaxReadTime.TotalSeconds} s";
        if (File.Exists(path + ".big"))
        {
            var bytes = File.ReadAllText(path + ".big");
            File.Delete(path + ".big");
            return $"the read allocated {bytes} bytes";
        }

        return task.Result;
    }

    private string Keep(byte[] bytes, int index)
    {
        var kept = Path.Combine(Path.GetTempPath(), $"adoptionsim-parquet-fuzz-{index}.parquet");
        File.WriteAllBytes(kept, bytes);
        return kept;
    }

    private static byte[] Damage(byte[] original, byte[] other, Random random)
    {
        var bytes = (byte[])original.Clone();
        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 8));
        var footerStart = Math.Clamp(bytes.Length - 8 - footerLength, 4, bytes.Length - 8);
        switch (random.Next(8))
        {
            case 0: // a few bits anywhere
                for (var k = 1 + random.Next(4); k > 0; k--) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return bytes;
            case 1: // bytes of the footer set to a random value
                for (var k = 1 + random.Next(3); k > 0; k--) bytes[random.Next(footerStart, bytes.Length - 8)] = (byte)random.Next(256);
                return bytes;
            case 2: // a run of 0xFF in the footer: varints that never end or decode to huge numbers
                var at = random.Next(footerStart, bytes.Length - 8);
                for (var k = 0; k < 1 + random.Next(10) && at + k < bytes.Length - 8; k++) bytes[at + k] = 0xFF;
                return bytes;
            case 3: // a range overwritten with zeros or noise
                var from = random.Next(4, bytes.Length - 8);
                var length = Math.Min(bytes.Length - 8 - from, 1 + random.Next(64));
                var noise = random.Next(2) == 0;
                for (var k = 0; k < length; k++) bytes[from + k] = noise ? (byte)random.Next(256) : (byte)0;
                return bytes;
            case 4: // the middle cut out, the footer kept: offsets now point past the data
                var cut = random.Next(4, footerStart);
                var keep = random.Next(cut, footerStart + 1);
                return [.. bytes[..cut], .. bytes[keep..]];
            case 5: // a range repeated
                var start = random.Next(4, footerStart);
                var count = Math.Min(footerStart - start, 1 + random.Next(256));
                return [.. bytes[..(start + count)], .. bytes[start..]];
            case 6: // another file's footer on this file's data
                var otherFooter = BinaryPrimitives.ReadInt32LittleEndian(other.AsSpan(other.Length - 8));
                return [.. bytes[..footerStart], .. other[Math.Clamp(other.Length - 8 - otherFooter, 4, other.Length - 8)..]];
            default: // the footer length itself
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(bytes.Length - 8), footerLength + random.Next(-64, 65));
                return bytes;
        }
    }
}
