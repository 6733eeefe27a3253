namespace Archive.Storage;

/// <summary>
/// The store could not do what was asked for a reason outside the archive: the server or disk is
/// unreachable (<see cref="StoreUnavailableException"/>) or full (<see cref="StoreFullException"/>).
/// Nothing was half-written: a put either happened completely or not at all. Callers answer
/// "try again later" instead of "server error", and may retry.
/// </summary>
public abstract class StoreOutageException(string message, Exception? inner) : IOException(message, inner);
