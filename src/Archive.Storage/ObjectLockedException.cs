namespace Archive.Storage;

/// <summary>An ordinary put or delete reached an object the store keeps locked (<see cref="IObjectLocks"/>).</summary>
public sealed class ObjectLockedException(string key)
    : InvalidOperationException($"The object '{key}' is locked: it cannot be overwritten or deleted, only destroyed by an approved disposal.")
{
    public string Key { get; } = key;
}
