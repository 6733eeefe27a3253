namespace Archive.Storage;

/// <summary>
/// Which file-system errors of <see cref="LocalFolderObjectStore"/> are outages (<see cref="StoreOutageException"/>)
/// rather than faults of the request: a full disk or quota, a disk that fails or went away, a store
/// folder that is no longer there (an unmounted volume).
/// </summary>
internal static class LocalStoreFailures
{
    // .NET reports an unmapped errno as the IOException's HResult on Unix; the Windows codes are HRESULTs.
    private static readonly HashSet<int> Full =
    [
        28, // ENOSPC
        122, // EDQUOT
        unchecked((int)0x80070070), // ERROR_DISK_FULL
        unchecked((int)0x80070027), // ERROR_HANDLE_DISK_FULL
    ];

    private static readonly HashSet<int> Unreachable =
    [
        5, // EIO
        6, // ENXIO
        19, // ENODEV
        30, // EROFS
        107, // ENOTCONN
        110, // ETIMEDOUT
        112, // EHOSTDOWN
        116, // ESTALE (NFS)
        unchecked((int)0x80070015), // ERROR_NOT_READY
    ];

    /// <summary>The outage <paramref name="error"/> stands for, or null when it is not one.</summary>
    public static StoreOutageException? Translate(Exception error, string root)
    {
        if (error is StoreOutageException) return null;
        if (error is IOException io && Full.Contains(io.HResult))
            return new StoreFullException($"The store folder '{root}' is out of space: {io.Message}", io);
        if (error is IOException failing && Unreachable.Contains(failing.HResult))
            return new StoreUnavailableException($"The store folder '{root}' cannot be used: {failing.Message}", failing);
        if (error is DirectoryNotFoundException or FileNotFoundException && !Directory.Exists(root))
            return RootMissing(root, error);
        return null;
    }

    public static StoreUnavailableException RootMissing(string root, Exception? inner = null) =>
        new($"The store folder '{root}' is not there (an unmounted or removed volume?).", inner);
}
