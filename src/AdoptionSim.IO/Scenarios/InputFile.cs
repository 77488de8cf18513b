using System.Runtime.InteropServices;
using System.Text;

namespace AdoptionSim.IO.Scenarios;

/// <summary>
/// The guard in front of every input file the loaders read (scenario files, the files they extend, city
/// CSV files, experiment files): it must be a regular file of at most <see cref="MaxBytes"/>, checked before a
/// byte is read, so that <c>extends: /dev/zero</c> (endless), a named pipe (blocks forever) or a huge file
/// given by mistake gives an error instead of exhausting memory. Reading is bounded too, in case the file
/// grows after the check.
/// </summary>
public static partial class InputFile
{
    /// <summary>Largest input file read: a UK-scale city table is under 10 KB, a 100,000-city file about 6 MB.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Why a path written in a file cannot name a file at all (null when it can): .NET refuses a NUL in a path.</summary>
    public static string? PathProblem(string path) =>
        path.Contains('\0') ? $"'{AdoptionSim.Core.Parameters.ShownText.Value(path)}' cannot name a file: it contains a NUL character" : null;

    /// <summary>Why the file cannot be read as an input (null when it can), as a phrase after its name.</summary>
    public static string? Problem(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            return "is a folder, not a file";
        }

        if (!File.Exists(fullPath))
        {
            return null; // the callers say "file not found" in their own words
        }

        if (KindOf(fullPath) == FileKind.Special)
        {
            return "is not a regular file (a device, pipe or socket): give the path of a file";
        }

        var length = new FileInfo(fullPath).Length;
        return length > MaxBytes ? $"is {length:N0} bytes, more than the {MaxBytes:N0} an input file may have" : null;
    }

    /// <summary>The file's bytes; throws <see cref="InvalidDataException"/> when <see cref="Problem"/> has one or the file grew past the limit.</summary>
    public static byte[] ReadBytes(string fullPath)
    {
        if (Problem(fullPath) is { } problem)
        {
            throw new InvalidDataException($"{fullPath} {problem}");
        }

        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new InvalidDataException($"{fullPath} grew past {MaxBytes:N0} bytes while it was read");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The file as text, decoded as <see cref="File.ReadAllText(string)"/> does (UTF-8 unless a byte-order mark says otherwise).</summary>
    public static string ReadText(string fullPath) => Decode(ReadBytes(fullPath));

    /// <summary>Bytes read by <see cref="ReadBytes"/> as text: UTF-8 unless a byte-order mark says otherwise.</summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private enum FileKind
    {
        Regular,
        Special,
        Unknown,
    }

    /// <summary>
    /// Regular file or not, from stat(2). .NET has no public API for the file type (FileInfo calls a
    /// character device a file of length 0), so this asks the runtime's own native shim, SystemNative_Stat,
    /// whose FileStatus record starts with two 32-bit fields, Flags and Mode (portable S_IF* bits). If the
    /// shim is missing (another runtime or OS) the kind is unknown and only the size limit applies.
    /// </summary>
    private static FileKind KindOf(string fullPath)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return FileKind.Unknown;
        }

        try
        {
            // Larger than FileStatus in any runtime so far (about 120 bytes), so the shim never writes past it.
            Span<byte> status = stackalloc byte[512];
            if (Stat(fullPath, ref MemoryMarshal.GetReference(status)) != 0)
            {
                return FileKind.Unknown;
            }

            var mode = MemoryMarshal.Read<int>(status[4..8]);
            return (mode & FileTypeMask) == RegularFile ? FileKind.Regular : FileKind.Special;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Unknown;
        }
    }

    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref byte status);
}
