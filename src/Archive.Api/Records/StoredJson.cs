using System.Runtime.CompilerServices;
using System.Text.Json;
using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Records;

/// <summary>
/// How the records registers (dossiers, holds, disposal proposals, tombstones) keep their objects: one JSON
/// object per key, written as the documents' records are (<see cref="DocumentCatalog.Json"/>), read back at
/// start. One home for it, so that every register reads and writes the same way.
/// </summary>
public static class StoredJson
{
    public static async Task PutAsync<T>(IObjectStore store, string key, T value, CancellationToken cancellationToken = default)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(value, DocumentCatalog.Json));
        await store.PutAsync(key, content, "application/json", cancellationToken);
    }

    /// <summary>The object under <paramref name="key"/>, or null when there is none.</summary>
    public static async Task<T?> ReadAsync<T>(IObjectStore store, string key, CancellationToken cancellationToken = default) where T : class
    {
        await using var stream = await store.OpenReadAsync(key, cancellationToken);
        return stream is null ? null : await JsonSerializer.DeserializeAsync<T>(stream, DocumentCatalog.Json, cancellationToken);
    }

    /// <summary>
    /// Every object under <paramref name="prefix"/>; one that cannot be read is logged and skipped, never deleted
    /// (a person looks at it, as with unreadable document records).
    /// </summary>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(IObjectStore store, string prefix, ILogger logger,
        [EnumeratorCancellation] CancellationToken cancellationToken = default) where T : class
    {
        await foreach (var key in store.ListAsync(prefix, cancellationToken))
        {
            T? value = null;
            try
            {
                value = await ReadAsync<T>(store, key, cancellationToken);
            }
            catch (JsonException e)
            {
                logger.LogError(e, "Unreadable {Type} {Key}; left as it is in the store", typeof(T).Name, key);
            }
            if (value is not null) yield return value;
        }
    }
}
