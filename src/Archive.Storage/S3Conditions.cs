using Minio.Exceptions;

namespace Archive.Storage;

/// <summary>
/// Adds S3's conditional-write headers (<c>If-Match</c>, <c>If-None-Match: *</c>) to the PUT that
/// <see cref="MinioObjectStore.PutIfAsync"/> sends. The Minio SDK (7.0) turns headers it does not know into
/// <c>x-amz-meta-…</c> user metadata, so they are added here, below the SDK, on the HTTP request itself; they need
/// no signature (SigV4 signs only the headers it lists). The condition travels with the async flow of the one call.
/// </summary>
/// <remarks>
/// Ceph RGW has honoured both headers on PUT for many releases (checked on 16.2, the test server: 412
/// PreconditionFailed); AWS S3 since 2024; MinIO since RELEASE.2024-08.
/// </remarks>
internal sealed class S3Conditions(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private static readonly AsyncLocal<Condition?> Current = new();

    /// <summary>One conditional put; <see cref="Refused"/> is set from the answer's status, whatever the SDK makes of it.</summary>
    public sealed class Condition(string? expectedVersion) : IDisposable
    {
        public string? ExpectedVersion { get; } = expectedVersion;

        /// <summary>The server answered 412 (the condition did not hold) or 409 (a concurrent conditional write won).</summary>
        public bool Refused { get; internal set; }

        /// <summary>
        /// The server answered 500: RGW 16.2 does so for a conditional PUT that raced another one on the same key
        /// (its compare-and-write was cancelled). Whether it was written is then read back, never guessed.
        /// </summary>
        public bool Ambiguous { get; internal set; }

        public void Dispose() => Current.Value = null;
    }

    /// <summary>Makes the PUTs of this async flow conditional, until disposed.</summary>
    public static Condition Require(string? expectedVersion) => Current.Value = new Condition(expectedVersion);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var condition = request.Method == HttpMethod.Put ? Current.Value : null;
        if (condition is not null)
        {
            if (condition.ExpectedVersion is null) request.Headers.TryAddWithoutValidation("If-None-Match", "*");
            // Unquoted: RGW 16.2 compares the header byte for byte with its unquoted ETag (a quoted one never
            // matches); AWS and MinIO take it either way.
            else request.Headers.TryAddWithoutValidation("If-Match", condition.ExpectedVersion);
        }
        var response = await base.SendAsync(request, cancellationToken);
        // RGW answers a lost race with 409 and an empty body, which the SDK fails to turn into an exception of its own.
        if (condition is not null && response.StatusCode is System.Net.HttpStatusCode.PreconditionFailed or System.Net.HttpStatusCode.Conflict)
            condition.Refused = true;
        else if (condition is not null && response.StatusCode == System.Net.HttpStatusCode.InternalServerError)
            condition.Ambiguous = true;
        return response;
    }

    /// <summary>412 Precondition Failed, or 409 when another conditional write to the key was in flight (AWS).</summary>
    public static bool IsConditionFailure(Exception error) =>
        error is PreconditionFailedException
        || error is MinioException minio
        && (minio.Response?.Code is "PreconditionFailed" or "ConditionalRequestConflict"
            || error.Message.Contains("PreconditionFailed", StringComparison.Ordinal));

    public static string Unquoted(string? etag) => (etag ?? "").Trim('"');
}
