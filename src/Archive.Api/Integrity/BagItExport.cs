using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Integrity;

/// <summary>
/// A document as a BagIt bag (RFC 8493) in a ZIP: the original, its record and its audit entries
/// under <c>data/</c>, with SHA-256 manifests an auditor can check with any BagIt tool.
/// </summary>
public sealed class BagItExport(IObjectStore store, AuditTrail audit)
{
    /// <summary>Writes the bag to <paramref name="output"/>; false when the original is missing from the store.</summary>
    public async Task<bool> WriteAsync(DocumentRecord record, Stream output, CancellationToken cancellationToken)
    {
        await using var original = await store.OpenReadAsync(StoreLayout.Original(record.Id), cancellationToken);
        if (original is null) return false;
        var originalBytes = new MemoryStream();
        await original.CopyToAsync(originalBytes, cancellationToken);

        var entries = new List<AuditEntry>();
        await foreach (var entry in audit.ReadAsync(new AuditQuery(DocumentId: record.Id), cancellationToken)) entries.Add(entry);

        var bagName = "van-ban-" + record.Id;
        var payload = new List<(string Path, byte[] Bytes)>
        {
            ("data/" + SafeName(record.FileName), originalBytes.ToArray()),
            ("data/meta.json", JsonSerializer.SerializeToUtf8Bytes(record, StoredJson.Options)),
            ("data/audit.json", JsonSerializer.SerializeToUtf8Bytes(entries, StoredJson.Options)),
        };
        var payloadBytes = payload.Sum(p => (long)p.Bytes.Length);
        var tags = new List<(string Path, byte[] Bytes)>
        {
            ("bagit.txt", Utf8("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")),
            ("bag-info.txt", Utf8(
                "Source-Organization: Ủy ban nhân dân huyện\n" +
                $"External-Identifier: {record.Id}\n" +
                $"External-Description: {OneLine(record.Title)}\n" +
                $"Bagging-Date: {DateTime.UtcNow:yyyy-MM-dd}\n" +
                $"Payload-Oxum: {payloadBytes}.{payload.Count}\n")),
            ("manifest-sha256.txt", Utf8(Manifest(payload))),
        };
        tags.Add(("tagmanifest-sha256.txt", Utf8(Manifest(tags))));

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, bytes) in payload.Concat(tags))
        {
            var zipEntry = zip.CreateEntry($"{bagName}/{path}", CompressionLevel.Optimal);
            await using var stream = zipEntry.Open();
            await stream.WriteAsync(bytes, cancellationToken);
        }
        return true;
    }

    private static string Manifest(IEnumerable<(string Path, byte[] Bytes)> files) =>
        string.Concat(files.Select(f => $"{Convert.ToHexStringLower(SHA256.HashData(f.Bytes))}  {EncodePath(f.Path)}\n"));

    /// <summary>RFC 8493 §2.1.3: CR, LF and % in file paths are percent-encoded in manifests.</summary>
    private static string EncodePath(string path) => path.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string SafeName(string fileName)
    {
        var name = string.Concat(fileName.Select(c => char.IsControl(c) || c is '/' or '\\' ? '_' : c)).Trim();
        return name is "" or "meta.json" or "audit.json" ? "original" + Path.GetExtension(name) : name;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
