namespace Archive.Storage;

/// <summary>
/// Keeping chosen objects (the archive's originals) from being deleted or overwritten, as far as the store can:
/// S3 Object Lock on a bucket created with it (retention in GOVERNANCE mode, legal holds), read-only files in the
/// local folder. The destruction of an approved disposal (<see cref="IObjectStore.DestroyAsync"/>) still removes them:
/// it is the one call allowed past a lock, and it is refused by the archive itself while a legal hold stands.
/// </summary>
public interface IObjectLocks
{
    /// <summary>Whether and how this store keeps locked objects; checked once, then remembered.</summary>
    Task<ObjectLockSupport> SupportAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps the object from being deleted or overwritten by an ordinary call until <paramref name="until"/> (null: with
    /// no end, for what is kept "vĩnh viễn"). Locking again moves the date, earlier or later. Nothing when the store
    /// cannot lock; a store with dates (S3) does nothing for a date already past.
    /// </summary>
    Task LockAsync(string key, DateTimeOffset? until, CancellationToken cancellationToken = default);

    /// <summary>Puts the object under a legal hold, or lifts it; nothing when the store has no legal holds.</summary>
    Task SetLegalHoldAsync(string key, bool on, CancellationToken cancellationToken = default);
}

/// <summary>What a store can do to keep objects: <see cref="Supported"/> and, in English for the log and health, how or why not.</summary>
public sealed record ObjectLockSupport(bool Supported, string Description);
