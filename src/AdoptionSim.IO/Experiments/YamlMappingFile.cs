using System.Security.Cryptography;
using System.Text;
using AdoptionSim.IO.Scenarios;

namespace AdoptionSim.IO.Experiments;

/// <summary>
/// Reads a YAML file whose top level is a mapping of keys (an experiment, calibration or sensitivity file):
/// the located document and the SHA-256 of the file's bytes, for provenance. An empty file is an empty mapping.
/// </summary>
internal static class YamlMappingFile
{
    /// <summary>The document, or null with the reason in <paramref name="errors"/> (no file, unreadable, not YAML, not a mapping).</summary>
    /// <param name="kind">What the file is, for the message: "an experiment file".</param>
    public static (DocMapping? Document, string Sha256) Read(string path, string kind, ErrorList errors)
    {
        var fullPath = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            var message = InputFile.Problem(fullPath) is { } problem ? $"{path} {problem}"
                : File.Exists(fullPath) ? $"cannot read {path}: {e.Message}" : $"file not found: {path}";
            errors.Add(new SourceLocation(path, 0, 0), "", message);
            return (null, "");
        }

        var node = YamlDocumentReader.Read(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), path, errors);
        if (node is DocScalar { IsNull: true })
        {
            node = new DocMapping(node.Location, []);
        }

        if (node is not DocMapping document)
        {
            if (node is not null)
            {
                errors.Add(node.Location, "", $"{kind} is a mapping of keys to values, got {node.Describe()}");
            }

            return (null, "");
        }

        return (document, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
