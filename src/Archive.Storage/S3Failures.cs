using System.Net.Sockets;
using Minio.Exceptions;

namespace Archive.Storage;

/// <summary>
/// Which failures of the S3 client are outages (<see cref="StoreOutageException"/>): a server that refuses
/// or drops the connection or does not answer in time, one that says it is unavailable or overloaded, and
/// one that says it is full or over quota. Everything else (a wrong key, a refused name) stays as it is.
/// </summary>
internal static class S3Failures
{
    // S3 error codes: AWS, MinIO (XMinio…) and Ceph RGW spellings.
    private static readonly HashSet<string> FullCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "XMinioStorageFull", "QuotaExceeded", "InsufficientCapacity", "InsufficientStorage", "XMinioAdminBucketQuotaExceeded",
    };

    private static readonly HashSet<string> UnavailableCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "ServiceUnavailable", "SlowDown", "InternalError", "RequestTimeout", "XMinioServerNotInitialized", "XMinioReadQuorum", "XMinioWriteQuorum",
    };

    /// <summary>The outage <paramref name="error"/> stands for, or null when it is not one.</summary>
    /// <param name="cancellationToken">The caller's token: its own cancellation is never an outage.</param>
    public static StoreOutageException? Translate(Exception error, string endpoint, CancellationToken cancellationToken)
    {
        if (error is StoreOutageException) return null;
        if (error is OperationCanceledException && cancellationToken.IsCancellationRequested) return null;
        var code = (error as MinioException)?.Response?.Code;
        if (code is not null && FullCodes.Contains(code))
            return new StoreFullException($"The S3 server {endpoint} has no room left ({code}).", error);
        if (code is not null && UnavailableCodes.Contains(code) || Unreachable(error))
            return new StoreUnavailableException($"The S3 server {endpoint} cannot be reached: {error.Message}", error);
        return null;
    }

    private static bool Unreachable(Exception error) => error switch
    {
        ConnectionException or InternalServerException or HttpRequestException or SocketException or TimeoutException => true,
        OperationCanceledException => true, // the client's own time-out, not the caller's cancellation
        _ => error.InnerException is { } inner && Unreachable(inner),
    };
}
