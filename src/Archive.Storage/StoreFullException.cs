namespace Archive.Storage;

/// <summary>No room left: the disk is full, a quota is exhausted, or the S3 server says its storage is full.</summary>
public sealed class StoreFullException(string message, Exception? inner = null) : StoreOutageException(message, inner);
