namespace Archive.Storage;

/// <summary>The S3 server does not answer (refused, timed out, 503) or the store's folder is gone (unmounted, I/O error).</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : StoreOutageException(message, inner);
