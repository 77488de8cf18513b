using AdoptionSim.Parquet.Bytes;
using AdoptionSim.Parquet.Thrift;

namespace AdoptionSim.Parquet.Tests;

/// <summary>Thrift compact protocol bytes worked out by hand from the spec.</summary>
public sealed class ThriftCompactTests
{
    private static byte[] Write(Action<ThriftCompactWriter> body)
    {
        var buffer = new ByteBuffer();
        var t = new ThriftCompactWriter(buffer);
        t.BeginStruct();
        body(t);
        t.EndStruct();
        return buffer.Span.ToArray();
    }

    [Fact]
    public void Small_field_deltas_share_the_header_byte_with_the_type()
    {
        // field 1 i32 = 1: header (1<<4)|5 = 0x15, zigzag(1) = 2; field 3 i32 = -1: delta 2 → 0x25, zigzag(-1) = 1.
        Write(t => { t.FieldI32(1, 1); t.FieldI32(3, -1); }).Should().Equal(0x15, 0x02, 0x25, 0x01, 0x00);
    }

    [Fact]
    public void Large_field_deltas_write_the_type_then_the_zigzag_id()
    {
        // field 20 after field 1: delta 19 > 15 → type byte 0x05, then zigzag(20) = 40 = 0x28.
        Write(t => { t.FieldI32(1, 0); t.FieldI32(20, 0); }).Should().Equal(0x15, 0x00, 0x05, 0x28, 0x00, 0x00);
    }

    [Fact]
    public void I64_is_zigzag_uleb128()
    {
        // zigzag(300) = 600 = 0b100_1011000 → 0xD8 0x04; zigzag(-2) = 3.
        Write(t => { t.FieldI64(1, 300); t.FieldI64(2, -2); }).Should().Equal(0x16, 0xD8, 0x04, 0x16, 0x03, 0x00);
        ThriftCompactWriter.ZigZag(long.MinValue).Should().Be(ulong.MaxValue);
        ThriftCompactWriter.ZigZag(int.MaxValue).Should().Be(uint.MaxValue - 1);
    }

    [Fact]
    public void Booleans_live_in_the_type_nibble()
    {
        Write(t => { t.FieldBool(7, true); t.FieldBool(8, false); }).Should().Equal(0x71, 0x12, 0x00);
    }

    [Fact]
    public void Binary_is_length_then_bytes()
    {
        Write(t => t.FieldString(2, "ab")).Should().Equal(0x28, 0x02, 0x61, 0x62, 0x00);
        Write(t => t.FieldString(1, "é")).Should().Equal(0x18, 0x02, 0xC3, 0xA9, 0x00);
    }

    [Fact]
    public void Lists_put_short_sizes_in_the_header_and_long_ones_after_it()
    {
        Write(t =>
        {
            t.FieldList(1, ThriftType.I32, 3);
            t.WriteVarInt(1);
            t.WriteVarInt(2);
            t.WriteVarInt(3);
        }).Should().Equal(0x19, 0x35, 0x02, 0x04, 0x06, 0x00);

        var longList = Write(t =>
        {
            t.FieldList(1, ThriftType.I32, 15);
            for (var i = 0; i < 15; i++) t.WriteVarInt(0);
        });
        longList.Take(3).Should().Equal(0x19, 0xF5, 0x0F);
    }

    [Fact]
    public void Nested_structs_restart_field_ids()
    {
        // field 3 struct { field 1 i32 = 0 } then field 4 i32 = 0: the outer delta is from 3, not from the inner 1.
        Write(t =>
        {
            t.FieldStructBegin(3);
            t.FieldI32(1, 0);
            t.EndStruct();
            t.FieldI32(4, 0);
        }).Should().Equal(0x3C, 0x15, 0x00, 0x00, 0x15, 0x00, 0x00);
    }

    [Fact]
    public void Field_ids_must_ascend()
    {
        var act = () => Write(t => { t.FieldI32(2, 0); t.FieldI32(1, 0); });
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Reader_reads_what_the_writer_wrote_and_skips_unknown_fields()
    {
        var bytes = Write(t =>
        {
            t.FieldI32(1, -7);
            t.FieldBool(2, true);
            t.FieldStructBegin(3);
            t.FieldString(1, "skip me");
            t.FieldList(2, ThriftType.I64, 2);
            t.WriteVarLong(1);
            t.WriteVarLong(long.MaxValue);
            t.EndStruct();
            t.FieldI64(40, long.MinValue);
            t.FieldString(41, "Zürich");
        });
        var r = new ThriftCompactReader(bytes, 0, bytes.Length);
        r.BeginStruct();
        var seen = new List<string>();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: seen.Add($"1={r.ReadI32()}"); break;
                case 2: seen.Add($"2={r.ReadBool(type)}"); break;
                case 40: seen.Add($"40={r.ReadI64()}"); break;
                case 41: seen.Add($"41={r.ReadString()}"); break;
                default: r.Skip(type); seen.Add($"skipped {id}"); break;
            }
        }
        seen.Should().Equal("1=-7", "2=True", "skipped 3", $"40={long.MinValue}", "41=Zürich");
        r.Position.Should().Be(bytes.Length);
    }

    [Fact]
    public void Truncated_thrift_is_invalid_data()
    {
        var bytes = Write(t => t.FieldString(1, "abcdef"));
        var r = new ThriftCompactReader(bytes, 0, 4);
        var act = () =>
        {
            r.BeginStruct();
            while (r.NextField(out _, out var type)) r.Skip(type);
        };
        act.Should().Throw<InvalidDataException>();
    }
}
