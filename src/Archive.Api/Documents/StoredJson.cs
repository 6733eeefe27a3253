using System.Runtime.CompilerServices;
using System.Text.Json;
using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// How JSON is kept in the store (camelCase, enums as camelCase strings, readable) and the few ways it is read and
/// written: whole, or with its version for a conditional write (<see cref="IObjectStore.PutIfAsync"/>).
/// </summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public const string ContentType = "application/json";

    public static byte[] Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T? Parse<T>(byte[] content) => JsonSerializer.Deserialize<T>(content, Options);

    /// <summary>The object under <paramref name="key"/>, or default when there is none.</summary>
    /// <exception cref="JsonException">It is there but is not readable as <typeparamref name="T"/>.</exception>
    public static async Task<T?> ReadAsync<T>(IObjectStore store, string key, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(key, cancellationToken);
        return stream is null ? default : await JsonSerializer.DeserializeAsync<T>(stream, Options, cancellationToken);
    }

    public static async Task WriteAsync<T>(IObjectStore store, string key, T value, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(Bytes(value));
        await store.PutAsync(key, content, ContentType, cancellationToken);
    }

    /// <summary>The object and its version, or null when there is none.</summary>
    public static async Task<(T Value, string Version)?> ReadVersionedAsync<T>(IObjectStore store, string key, CancellationToken cancellationToken)
    {
        if (await store.ReadVersionedAsync(key, cancellationToken) is not { } stored) return null;
        return Parse<T>(stored.Content) is { } value ? (value, stored.Version) : null;
    }

    /// <summary>Writes <paramref name="value"/> if the object is still at <paramref name="expectedVersion"/> (null: absent); the new version, or null.</summary>
    public static Task<string?> PutIfAsync<T>(IObjectStore store, string key, T value, string? expectedVersion, CancellationToken cancellationToken) =>
        store.PutIfAsync(key, Bytes(value), ContentType, expectedVersion, cancellationToken);

    /// <summary>
    /// Every object under <paramref name="prefix"/> (the records registers: dossiers, holds, disposal); one that cannot
    /// be read is logged and skipped, never deleted: a person looks at it, as with unreadable document records.
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
