using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Archive.Indexer.Extraction;

namespace Archive.Api.Integrity;

/// <summary>
/// A BagIt bag (RFC 8493, version 1.0) in a ZIP, written and checked in one place: the payload under
/// <c>data/</c>, <c>bagit.txt</c>, <c>bag-info.txt</c> (with Payload-Oxum), SHA-256 manifests of the payload and
/// of the tag files. Used for one document (<see cref="BagItExport"/>) and for a dossier's transfer package.
/// </summary>
public static class BagItBag
{
    /// <summary>
    /// A file of the bag, opened when it is written (an original streams from the store into the ZIP, never held whole).
    /// An optional file whose opener finds nothing is left out; a required one is reported missing.
    /// </summary>
    public sealed record File(string Path, Func<CancellationToken, Task<Stream?>> Open, bool Required = true)
    {
        public static File Of(string path, byte[] bytes) => new(path, _ => Task.FromResult<Stream?>(new MemoryStream(bytes, writable: false)));
    }

    /// <summary>
    /// Writes the bag as the folder <paramref name="bagName"/> of a ZIP on <paramref name="output"/>, hashing each
    /// payload file as it streams in; returns the paths of required files that could not be opened (the bag is then
    /// incomplete: the caller throws it away).
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(Stream output, string bagName, IReadOnlyList<File> payload,
        IEnumerable<(string Name, string Value)> info, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        var written = new List<(string Path, string Sha256)>();
        long payloadBytes = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in payload)
        {
            await using var source = await file.Open(cancellationToken);
            if (source is null)
            {
                if (file.Required) missing.Add(file.Path);
                continue;
            }
            var (sha256, size) = await CopyAsync(zip, $"{bagName}/{file.Path}", source, cancellationToken);
            written.Add((file.Path, sha256));
            payloadBytes += size;
        }
        var infoText = string.Concat(info.Select(i => $"{i.Name}: {i.Value.ReplaceLineEndings(" ")}\n")) + $"Payload-Oxum: {payloadBytes}.{written.Count}\n";
        var tags = new List<(string Path, byte[] Bytes)>
        {
            ("bagit.txt", Utf8("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")),
            ("bag-info.txt", Utf8(infoText)),
            ("manifest-sha256.txt", Utf8(Manifest(written))),
        };
        tags.Add(("tagmanifest-sha256.txt", Utf8(Manifest(tags.Select(t => (t.Path, Convert.ToHexStringLower(SHA256.HashData(t.Bytes))))))));
        foreach (var (path, bytes) in tags)
            await CopyAsync(zip, $"{bagName}/{path}", new MemoryStream(bytes, writable: false), cancellationToken);
        return missing;
    }

    private static async Task<(string Sha256, long Size)> CopyAsync(ZipArchive zip, string name, Stream source, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        await using var target = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        for (int read; (read = await source.ReadAsync(buffer, cancellationToken)) > 0;)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            size += read;
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    /// <summary>The tag files the check reads; any other file of the bag, at its top or not, is only hashed.</summary>
    private static readonly HashSet<string> TagsRead = new(StringComparer.Ordinal) { "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt" };

    /// <summary>
    /// Checks a bag in a ZIP byte for byte: every file the manifests name is there with its SHA-256, no payload
    /// file is missing from the manifest, and Payload-Oxum matches. Problems are in Vietnamese, one per line.
    /// Nothing is inflated into memory but the tag files: each payload file is hashed as it streams out of the ZIP,
    /// and a package whose directory announces a zip bomb (<see cref="PackageBudget"/>'s ratio, more entries or
    /// more bytes than <see cref="PackageBudget.MaxBagBytes"/>) is refused before anything is inflated; an entry inflating
    /// past what the directory says is refused as it does.
    /// </summary>
    /// <param name="zipStream">The package, seekable (a ZIP's directory is at its end): a spooled file, not the request body.</param>
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
            if (Refusal(zip) is { } refusal) return new BagItVerification(false, 0, [refusal]);
            var files = new Dictionary<string, (string Sha256, long Size)>(StringComparer.Ordinal);
            var tags = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            long kept = 0; // what the tags hold together: a package of thousands of small top-level files must not be kept
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var slash = entry.FullName.IndexOf('/');
                if (slash < 0) continue;
                var path = entry.FullName[(slash + 1)..];
                var tag = TagsRead.Contains(path) && kept + entry.Length <= PackageBudget.MaxBagTagBytes;
                if (await HashAsync(entry, tag, cancellationToken) is not { } read)
                    return new BagItVerification(false, 0, [$"Tệp {path} trong gói nở ra nhiều hơn danh mục ZIP ghi: gói bị làm hỏng hoặc là bom nén."]);
                files[path] = (read.Sha256, read.Size);
                if (read.Bytes is not null)
                {
                    tags[path] = read.Bytes;
                    kept += read.Bytes.Length;
                }
            }
            if (!tags.ContainsKey("bagit.txt")) problems.Add("Thiếu tệp bagit.txt: đây không phải gói BagIt.");
            if (!tags.TryGetValue("manifest-sha256.txt", out var manifest))
                return new BagItVerification(false, 0, [.. problems, "Thiếu tệp manifest-sha256.txt."]);
            var listed = Check(files, Encoding.UTF8.GetString(manifest), problems);
            foreach (var path in files.Keys.Where(p => p.StartsWith("data/", StringComparison.Ordinal) && !listed.Contains(p)))
                problems.Add($"Tệp {path} không có trong manifest.");
            if (tags.TryGetValue("tagmanifest-sha256.txt", out var tagManifest)) Check(files, Encoding.UTF8.GetString(tagManifest), problems);
            var payload = files.Where(f => f.Key.StartsWith("data/", StringComparison.Ordinal)).ToList();
            var oxum = $"{payload.Sum(f => f.Value.Size)}.{payload.Count}";
            if (tags.TryGetValue("bag-info.txt", out var info) && Encoding.UTF8.GetString(info).Split('\n')
                    .FirstOrDefault(l => l.StartsWith("Payload-Oxum:", StringComparison.Ordinal)) is { } line && line["Payload-Oxum:".Length..].Trim() != oxum)
                problems.Add($"Payload-Oxum {line["Payload-Oxum:".Length..].Trim()} khác nội dung thực ({oxum}).");
            return new BagItVerification(problems.Count == 0, payload.Count, problems);
        }
    }

    /// <summary>Why the package's directory alone says it must not be inflated, or null.</summary>
    private static string? Refusal(ZipArchive zip) =>
        PackageBudget.Judge(zip, PackageBudget.MaxBagBytes, PackageBudget.MaxBagBytes, _ => true, ratio: true) switch
        {
            (PackageExcess.TooManyEntries, _) => $"Gói có {zip.Entries.Count} tệp, quá giới hạn {PackageBudget.MaxEntries} tệp: không kiểm tra.",
            (PackageExcess.Implausible, var entry) =>
                $"Tệp {entry!.FullName} nén bất thường (nở ra hơn {PackageBudget.MaxRatio} lần, {entry.Length} byte): gói bị từ chối như một bom nén.",
            (PackageExcess.TooLarge, _) => $"Gói giải nén ra hơn {PackageBudget.MaxBagBytes / (1024 * 1024 * 1024)} GiB: quá lớn để kiểm tra qua mạng.",
            _ => null,
        };

    /// <summary>The entry's SHA-256 and size, streamed; its bytes too when <paramref name="keep"/>; null when it inflates
    /// past the size its directory entry gave (the budget was judged on that size).</summary>
    private static async Task<(string Sha256, long Size, byte[]? Bytes)?> HashAsync(ZipArchiveEntry entry, bool keep, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var kept = keep ? new MemoryStream() : null;
        var buffer = new byte[81920];
        long size = 0;
        await using var stream = entry.Open();
        for (int read; (read = await stream.ReadAsync(buffer, cancellationToken)) > 0;)
        {
            size += read;
            if (size > entry.Length) return null;
            hash.AppendData(buffer, 0, read);
            kept?.Write(buffer, 0, read);
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size, kept?.ToArray());
    }

    private static HashSet<string> Check(Dictionary<string, (string Sha256, long Size)> files, string manifest, List<string> problems)
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
            if (!files.TryGetValue(path, out var file)) problems.Add($"Thiếu tệp {path}.");
            else if (!string.Equals(file.Sha256, hash, StringComparison.OrdinalIgnoreCase))
                problems.Add($"Tệp {path} đã bị thay đổi (SHA-256 khác manifest).");
        }
        return listed;
    }

    private static string Manifest(IEnumerable<(string Path, string Sha256)> files) =>
        string.Concat(files.Select(f => $"{f.Sha256}  {EncodePath(f.Path)}\n"));

    /// <summary>RFC 8493 §2.1.3: CR, LF and % in file paths are percent-encoded in manifests.</summary>
    private static string EncodePath(string path) => path.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string DecodePath(string path) => path.Replace("%0D", "\r").Replace("%0A", "\n").Replace("%25", "%");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
