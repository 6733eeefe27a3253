namespace Archive.Storage;

/// <summary>
/// A small, stream-based object store: the archive's system of record. Everything else
/// (the Lucene index above all) is derived from what is kept here and can be rebuilt from it.
/// </summary>
/// <remarks>
/// Key rules, enforced by every implementation through <see cref="ObjectKey.Normalize"/>:
/// forward slashes only; Unicode NFC; no empty, "." or ".." segments; not absolute;
/// no NUL or other control characters; at most 1024 UTF-8 bytes. A key that breaks them is
/// refused with <see cref="InvalidObjectKeyException"/> before anything is read or written.
/// A put is atomic: readers see either the old object or the whole new one, never a part.
/// </remarks>
public interface IObjectStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>, replacing any object there.</summary>
    Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Opens the object for reading, or returns null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Size, content type and modification time of the object, or null when there is none.</summary>
    Task<StoredObject?> StatAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>All keys that start with <paramref name="prefix"/> (recursively), in ordinal order.</summary>
    /// <remarks>The prefix is a plain string prefix ("văn bản" also finds "văn bản lưu/…"); "" lists
    /// everything; otherwise it follows the key rules, except that it may end with '/'
    /// (<see cref="ObjectKey.NormalizePrefix"/>).</remarks>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>
    /// The keys under <paramref name="prefix"/> (listing rules as <see cref="ListAsync"/>) that <paramref name="include"/>
    /// accepts, each with the version <see cref="ReadVersionedAsync"/> would give now, in ordinal order: what tells a
    /// reader which of the copies it holds are still current without reading them. On S3 the listing carries the ETag
    /// (one request per 1,000 keys); on the local folder each accepted object is read and hashed, so accept small ones.
    /// </summary>
    Task<IReadOnlyList<VersionedKey>> ListVersionsAsync(string prefix, Func<string, bool> include, CancellationToken cancellationToken = default);

    /// <summary>Removes the object; removing a missing object is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes for good every object whose key starts with <paramref name="prefix"/>: where the store keeps
    /// earlier versions (an S3 bucket with versioning, which object lock turns on) every version of them too,
    /// so that nothing under the prefix can be read back, not even through the versions. Returns how many
    /// objects (versions) were removed. For approved destruction (disposal), not for everyday deletes.
    /// </summary>
    /// <remarks>The prefix follows the listing rules but may not be "" (<see cref="ObjectKey.NormalizeNonEmptyPrefix"/>).
    /// A version the server keeps under object lock is not removed: the server's refusal is thrown.</remarks>
    Task<int> DestroyAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a small object whole, with its <see cref="VersionedObject.Version"/> for a later <see cref="PutIfAsync"/>;
    /// null when there is none. The bytes and the version belong together (one read, not a read and a stat).
    /// </summary>
    Task<VersionedObject?> ReadVersionedAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="content"/> only if the object is still as the caller last saw it: with
    /// <paramref name="expectedVersion"/> null, only if there is no object yet (S3's <c>If-None-Match: *</c>);
    /// otherwise only if its current version is that one (<c>If-Match</c>). Returns the new version, or null when
    /// the condition did not hold and nothing was written. Two writers, in one process or in two sharing the
    /// store, can never both succeed from the same version: this is what makes read-change-write safe.
    /// </summary>
    /// <remarks>For small objects (records, queue entries, audit entries): at most <see cref="MaxConditionalBytes"/>.</remarks>
    Task<string?> PutIfAsync(string key, ReadOnlyMemory<byte> content, string contentType, string? expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>The largest object <see cref="PutIfAsync"/> takes: one S3 PUT, below the multipart threshold.</summary>
    public const int MaxConditionalBytes = 5 * 1024 * 1024;
}

/// <summary>
/// A small object's bytes and its version: an opaque string that changes whenever the bytes do (the S3 ETag, the
/// MD5 of the bytes on the local folder). Equal bytes may share a version; a conditional put treats them alike.
/// </summary>
public sealed record VersionedObject(byte[] Content, string Version);

/// <summary>A key with its object's current version (<see cref="IObjectStore.ListVersionsAsync"/>).</summary>
public sealed record VersionedKey(string Key, string Version);

/// <summary>What the store knows about one object.</summary>
public sealed record StoredObject(string Key, long Size, string ContentType, DateTimeOffset LastModified);
