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
}

/// <summary>What the store knows about one object.</summary>
public sealed record StoredObject(string Key, long Size, string ContentType, DateTimeOffset LastModified);
