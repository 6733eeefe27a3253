namespace Archive.Api.Documents;

/// <summary>
/// Locks an original once it is stored, so that no ordinary call can delete or overwrite it (S3 Object Lock, read-only
/// files): how long follows the document's retention, which records management knows (Records.OriginalLocks).
/// </summary>
public interface IOriginalLocks
{
    /// <summary>Locks the original of the version <paramref name="record"/> describes; a failure is logged, never thrown.</summary>
    Task LockAsync(DocumentRecord record, CancellationToken cancellationToken);
}
