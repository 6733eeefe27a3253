using System.Security.Cryptography;
using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Integrity;

/// <summary>Re-reads stored originals and compares their SHA-256 with the one recorded at upload.</summary>
public sealed class DocumentIntegrity(IObjectStore store, DocumentCatalog catalog)
{
    public async Task<IntegrityCheck> CheckAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        await using var original = await store.OpenReadAsync(StoreLayout.OriginalOf(record), cancellationToken);
        if (original is null)
            return new IntegrityCheck(record.Id, IntegrityCheck.Missing, record.Sha256, null, DateTimeOffset.UtcNow);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(original, cancellationToken));
        var status = actual == record.Sha256 ? IntegrityCheck.Ok : IntegrityCheck.Mismatch;
        return new IntegrityCheck(record.Id, status, record.Sha256, actual, DateTimeOffset.UtcNow);
    }

    /// <summary>Every document, oldest first; <paramref name="progress"/> hears (done, total) after each.</summary>
    public async Task<IReadOnlyList<IntegrityCheck>> CheckAllAsync(Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var records = catalog.All.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var checks = new List<IntegrityCheck>(records.Count);
        foreach (var record in records)
        {
            checks.Add(await CheckAsync(record, cancellationToken));
            progress?.Invoke(checks.Count, records.Count);
        }
        return checks;
    }
}
