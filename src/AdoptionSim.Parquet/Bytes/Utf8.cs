using System.Text;

namespace AdoptionSim.Parquet.Bytes;

/// <summary>UTF-8 that refuses lone surrogates instead of silently writing U+FFFD, so a string
/// that cannot round-trip is reported rather than altered.</summary>
internal static class Utf8
{
    public static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
