using System.Text.Json;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Integrity;

/// <summary>
/// A document as a BagIt bag (RFC 8493) in a ZIP: the original, its record and its audit entries
/// under <c>data/</c>, with SHA-256 manifests an auditor can check with any BagIt tool (<see cref="BagItBag"/>).
/// </summary>
public sealed class BagItExport(IObjectStore store, AuditTrail audit)
{
    /// <summary>Writes the bag to <paramref name="output"/>, the original streamed from the store; false when it is missing there.</summary>
    public async Task<bool> WriteAsync(DocumentRecord record, Stream output, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in audit.ReadAsync(new AuditQuery(DocumentId: record.Id), cancellationToken)) entries.Add(entry);

        var payload = new List<BagItBag.File>
        {
            new("data/" + SafeName(record.FileName), token => store.OpenReadAsync(StoreLayout.OriginalOf(record), token)),
            BagItBag.File.Of("data/meta.json", JsonSerializer.SerializeToUtf8Bytes(record, StoredJson.Options)),
            BagItBag.File.Of("data/audit.json", JsonSerializer.SerializeToUtf8Bytes(entries, StoredJson.Options)),
        };
        var missing = await BagItBag.WriteAsync(output, "van-ban-" + record.Id, payload,
        [
            ("Source-Organization", "Ủy ban nhân dân huyện"), ("External-Identifier", record.Id), ("External-Description", record.Title),
            ("Bagging-Date", DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ], cancellationToken);
        return missing.Count == 0;
    }

    public static string SafeName(string fileName)
    {
        var name = string.Concat(fileName.Select(c => char.IsControl(c) || c is '/' or '\\' ? '_' : c)).Trim();
        return name is "" or "meta.json" or "audit.json" ? "original" + Path.GetExtension(name) : name;
    }
}
