using System.Collections.Concurrent;
using System.Text.Json;
using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// Reads and writes document records in the store and keeps them in memory for listing and lookups.
/// The store stays the system of record: the memory copy is loaded from it at start.
/// </summary>
public sealed class DocumentCatalog(IObjectStore store, ILogger<DocumentCatalog> logger)
{
    private readonly ConcurrentDictionary<string, DocumentRecord> records = new(StringComparer.Ordinal);

    /// <summary>How records and other JSON are kept in the store: camelCase, enums as camelCase strings, readable.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public int Count => records.Count;

    public DocumentRecord? Find(string id) => records.GetValueOrDefault(id);

    public IEnumerable<DocumentRecord> All => records.Values;

    /// <summary>A page of the documents that pass <paramref name="filter"/> (all when null), newest first.</summary>
    public (int Total, IReadOnlyList<DocumentRecord> Items) Page(int page, int pageSize, Func<DocumentRecord, bool>? filter = null)
    {
        var ordered = records.Values.Where(filter ?? (_ => true))
            .OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        return (ordered.Count, ordered.Skip((page - 1) * pageSize).Take(pageSize).ToList());
    }

    /// <summary>Durably writes the record's meta.json, then publishes it in memory.</summary>
    public async Task SaveAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(record, Json));
        await store.PutAsync(DocumentKeys.Meta(record.Id), content, "application/json", cancellationToken);
        records[record.Id] = record;
    }

    /// <summary>Drops a destroyed document from memory (its objects are gone from the store: Records.DocumentDestruction).</summary>
    public void Forget(string id) => records.TryRemove(id, out _);

    /// <summary>Loads every record from the store; a record that cannot be read is logged and skipped, never deleted.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await foreach (var key in store.ListAsync(DocumentKeys.Prefix, cancellationToken))
        {
            if (!key.EndsWith("/" + DocumentKeys.MetaFileName, StringComparison.Ordinal)) continue;
            try
            {
                await using var stream = await store.OpenReadAsync(key, cancellationToken);
                if (stream is null) continue;
                var record = await JsonSerializer.DeserializeAsync<DocumentRecord>(stream, Json, cancellationToken);
                if (record is not null) records[record.Id] = record;
            }
            catch (JsonException e)
            {
                logger.LogError(e, "Unreadable document record {Key}; left as it is in the store", key);
            }
        }
        logger.LogInformation("Loaded {Count} document records from the store", records.Count);
    }
}
