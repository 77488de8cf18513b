using AdoptionSim.Parquet;

namespace AdoptionSim.Parquet.Tests;

/// <summary>Truncated, garbage and non-Parquet files give a <see cref="ParquetFormatException"/> naming the file, never another exception.</summary>
public sealed class DamagedFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Valid()
    {
        var path = _dir.File("valid.parquet");
        if (!File.Exists(path))
            new TestTable("valid", TestTables.AllTypes, TestTables.EdgeRows(200), new ParquetWriteOptions { RowGroupRows = 70 }).WriteTo(path);
        return path;
    }

    private string WithBytes(string name, byte[] bytes)
    {
        var path = _dir.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData(new byte[0], "shorter than the smallest Parquet file")]
    [InlineData(new byte[] { 0x50, 0x41, 0x52 }, "shorter than the smallest Parquet file")]
    [InlineData(new byte[] { (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o', (byte)',', (byte)'w', (byte)'o', (byte)'r', (byte)'l', (byte)'d', (byte)'!', (byte)'\n' }, "does not start with the Parquet magic")]
    public void Not_parquet_is_reported_clearly(byte[] bytes, string message)
    {
        var path = WithBytes("bad.parquet", bytes);
        var act = () => ParquetFile.Read(path);
        act.Should().Throw<ParquetFormatException>().Where(e => e.Message.Contains(message) && e.Message.Contains(path));
    }

    [Fact]
    public void A_file_cut_short_is_reported_as_truncated()
    {
        var bytes = File.ReadAllBytes(Valid());
        var path = WithBytes("cut.parquet", bytes[..(bytes.Length / 2)]);
        var act = () => ParquetFile.Read(path);
        act.Should().Throw<ParquetFormatException>().Where(e => e.Message.Contains("truncated") && e.Message.Contains(path));
    }

    [Fact]
    public void Every_truncation_gives_a_format_exception()
    {
        var bytes = File.ReadAllBytes(Valid());
        for (var length = 0; length < bytes.Length; length += Math.Max(1, length / 16))
        {
            var path = WithBytes("t.parquet", bytes[..length]);
            var act = () => ParquetFile.Read(path);
            act.Should().Throw<ParquetFormatException>($"a file cut to {length} of {bytes.Length} bytes is not readable");
        }
    }

    [Fact]
    public void Corrupted_bytes_never_escape_as_other_exceptions()
    {
        // Damage one byte at a time across the whole file (pages and footer). A damaged value may
        // still decode (Parquet has no mandatory checksums); anything else must be a ParquetFormatException.
        var original = File.ReadAllBytes(Valid());
        var random = new Random(7);
        var failures = 0;
        for (var trial = 0; trial < 400; trial++)
        {
            var bytes = (byte[])original.Clone();
            var at = trial < 200 ? original.Length - 9 - trial : random.Next(4, original.Length - 8);
            bytes[at] ^= (byte)random.Next(1, 256);
            var path = WithBytes("c.parquet", bytes);
            try { ParquetFile.Read(path); }
            catch (ParquetFormatException e)
            {
                e.Message.Should().Contain(path);
                failures++;
            }
        }
        failures.Should().BePositive("damaging the footer must be noticed at least sometimes");
    }

    [Fact]
    public void Footer_length_pointing_outside_the_file_is_reported()
    {
        var bytes = File.ReadAllBytes(Valid());
        BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, bytes.Length - 8);
        var path = WithBytes("len.parquet", bytes);
        var act = () => ParquetFile.Read(path);
        act.Should().Throw<ParquetFormatException>().Where(e => e.Message.Contains("footer length"));
    }

    [Fact]
    public void A_missing_file_is_a_file_not_found_error()
    {
        var act = () => ParquetFile.Read(_dir.File("absent.parquet"));
        act.Should().Throw<FileNotFoundException>();
    }

    public void Dispose() => _dir.Dispose();
}
