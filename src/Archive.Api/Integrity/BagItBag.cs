using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Api.Integrity;

/// <summary>
/// A BagIt bag (RFC 8493, version 1.0) in a ZIP, written and checked in one place: the payload under
/// <c>data/</c>, <c>bagit.txt</c>, <c>bag-info.txt</c> (with Payload-Oxum), SHA-256 manifests of the payload and
/// of the tag files. Used for one document (<see cref="BagItExport"/>) and for a dossier's transfer package.
/// </summary>
public static class BagItBag
{
    public sealed record File(string Path, byte[] Bytes);

    /// <summary>Writes the bag as the folder <paramref name="bagName"/> of a ZIP on <paramref name="output"/>.</summary>
    public static async Task WriteAsync(Stream output, string bagName, IReadOnlyList<File> payload, IEnumerable<(string Name, string Value)> info,
        CancellationToken cancellationToken)
    {
        var payloadBytes = payload.Sum(p => (long)p.Bytes.Length);
        var infoText = string.Concat(info.Select(i => $"{i.Name}: {i.Value.ReplaceLineEndings(" ")}\n")) + $"Payload-Oxum: {payloadBytes}.{payload.Count}\n";
        var tags = new List<File>
        {
            new("bagit.txt", Utf8("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")),
            new("bag-info.txt", Utf8(infoText)),
            new("manifest-sha256.txt", Utf8(Manifest(payload))),
        };
        tags.Add(new("tagmanifest-sha256.txt", Utf8(Manifest(tags))));

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in payload.Concat(tags))
        {
            var entry = zip.CreateEntry($"{bagName}/{file.Path}", CompressionLevel.Optimal);
            await using var stream = entry.Open();
            await stream.WriteAsync(file.Bytes, cancellationToken);
        }
    }

    /// <summary>
    /// Checks a bag in a ZIP byte for byte: every file the manifests name is there with its SHA-256, no payload
    /// file is missing from the manifest, and Payload-Oxum matches. Problems are in Vietnamese, one per line.
    /// </summary>
    public static async Task<BagItVerification> VerifyAsync(Stream zipStream, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return new BagItVerification(false, 0, ["Tệp gửi lên không phải gói ZIP."]);
        }
        using (zip)
        {
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var slash = entry.FullName.IndexOf('/');
                if (slash < 0) continue;
                await using var stream = entry.Open();
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, cancellationToken);
                files[entry.FullName[(slash + 1)..]] = copy.ToArray();
            }
            if (!files.ContainsKey("bagit.txt")) problems.Add("Thiếu tệp bagit.txt: đây không phải gói BagIt.");
            if (!files.TryGetValue("manifest-sha256.txt", out var manifest))
                return new BagItVerification(false, 0, [.. problems, "Thiếu tệp manifest-sha256.txt."]);
            var listed = Check(files, Encoding.UTF8.GetString(manifest), problems);
            foreach (var path in files.Keys.Where(p => p.StartsWith("data/", StringComparison.Ordinal) && !listed.Contains(p)))
                problems.Add($"Tệp {path} không có trong manifest.");
            if (files.TryGetValue("tagmanifest-sha256.txt", out var tagManifest)) Check(files, Encoding.UTF8.GetString(tagManifest), problems);
            var payload = files.Where(f => f.Key.StartsWith("data/", StringComparison.Ordinal)).ToList();
            var oxum = $"{payload.Sum(f => (long)f.Value.Length)}.{payload.Count}";
            if (files.TryGetValue("bag-info.txt", out var info) && Encoding.UTF8.GetString(info).Split('\n')
                    .FirstOrDefault(l => l.StartsWith("Payload-Oxum:", StringComparison.Ordinal)) is { } line && line["Payload-Oxum:".Length..].Trim() != oxum)
                problems.Add($"Payload-Oxum {line["Payload-Oxum:".Length..].Trim()} khác nội dung thực ({oxum}).");
            return new BagItVerification(problems.Count == 0, payload.Count, problems);
        }
    }

    private static HashSet<string> Check(Dictionary<string, byte[]> files, string manifest, List<string> problems)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in manifest.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var space = line.IndexOf("  ", StringComparison.Ordinal);
            if (space < 0)
            {
                problems.Add($"Dòng manifest không đọc được: {line}");
                continue;
            }
            var (hash, path) = (line[..space], DecodePath(line[(space + 2)..]));
            listed.Add(path);
            if (!files.TryGetValue(path, out var bytes)) problems.Add($"Thiếu tệp {path}.");
            else if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), hash, StringComparison.OrdinalIgnoreCase))
                problems.Add($"Tệp {path} đã bị thay đổi (SHA-256 khác manifest).");
        }
        return listed;
    }

    private static string Manifest(IEnumerable<File> files) =>
        string.Concat(files.Select(f => $"{Convert.ToHexStringLower(SHA256.HashData(f.Bytes))}  {EncodePath(f.Path)}\n"));

    /// <summary>RFC 8493 §2.1.3: CR, LF and % in file paths are percent-encoded in manifests.</summary>
    private static string EncodePath(string path) => path.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string DecodePath(string path) => path.Replace("%0D", "\r").Replace("%0A", "\n").Replace("%25", "%");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
