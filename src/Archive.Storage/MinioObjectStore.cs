using System.Runtime.CompilerServices;
using Minio;
using Minio.DataModel.Args;
using Minio.Exceptions;

namespace Archive.Storage;

/// <summary>
/// The store on an S3 server (MinIO, Ceph RADOS Gateway, …) through the Minio SDK. One client is
/// built once and shared: it holds the HTTP connection pool.
/// </summary>
/// <remarks>
/// S3 already gives atomic puts, so this class adds only what the SDK lacks for the
/// <see cref="IObjectStore"/> contract: key rules, a known length for every upload, and a
/// readable stream instead of the SDK's download callback. Listings are always recursive:
/// Minio SDK 7.0.0 returns still URL-encoded folder prefixes in non-recursive listings.
/// A server that cannot be reached is <see cref="StoreUnavailableException"/>, a full one
/// <see cref="StoreFullException"/> (<see cref="S3Failures"/>).
/// </remarks>
public sealed class MinioObjectStore : IObjectStore, IObjectLocks, IDisposable
{
    private const string DefaultContentType = "application/octet-stream";

    private readonly IMinioClient client;
    private readonly string bucket;
    private readonly string endpoint;
    private readonly bool objectLock;
    private readonly SemaphoreSlim bucketCheck = new(1, 1);
    private volatile bool bucketReady;
    private readonly KeyLocks checkedPuts = new();
    private volatile bool ifMatchIgnored;
    private ObjectLockSupport? lockSupport;

    public MinioObjectStore(MinioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Endpoint))
            throw new ArgumentException("Storage:Minio:Endpoint (host:port) is required.", nameof(options));
        if (string.IsNullOrWhiteSpace(options.Bucket))
            throw new ArgumentException("Storage:Minio:Bucket is required.", nameof(options));

        bucket = options.Bucket;
        endpoint = options.Endpoint;
        objectLock = options.ObjectLock;
        var builder = new MinioClient()
            .WithHttpClient(new HttpClient(new S3Conditions(new SocketsHttpHandler())), disposeHttpClient: true)
            .WithEndpoint(options.Endpoint)
            .WithCredentials(options.AccessKey, options.SecretKey)
            .WithSSL(options.UseSsl);
        if (!string.IsNullOrWhiteSpace(options.Region))
            builder = builder.WithRegion(options.Region);
        client = builder.Build();
    }

    /// <summary>Creates the bucket when it does not exist yet. Every operation calls it once first;
    /// the API calls it at start-up so that a wrong endpoint or key shows up at once.</summary>
    public async Task EnsureBucketAsync(CancellationToken cancellationToken = default)
    {
        if (bucketReady)
            return;
        await bucketCheck.WaitAsync(cancellationToken);
        try
        {
            if (bucketReady)
                return;
            if (!await client.BucketExistsAsync(new BucketExistsArgs().WithBucket(bucket), cancellationToken))
                await client.MakeBucketAsync(objectLock ? new MakeBucketArgs().WithBucket(bucket).WithObjectLock() : new MakeBucketArgs().WithBucket(bucket), cancellationToken);
            bucketReady = true;
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
        finally
        {
            bucketCheck.Release();
        }
    }

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        ArgumentNullException.ThrowIfNull(content);
        await EnsureBucketAsync(cancellationToken);

        // The SDK must know the size before it sends (single put or multipart); spool when unknown.
        await using var spooled = content.CanSeek ? null : await SpoolAsync(content, cancellationToken);
        var upload = spooled ?? content;
        var size = upload.Length - upload.Position;
        try
        {
            await client.PutObjectAsync(new PutObjectArgs()
                .WithBucket(bucket)
                .WithObject(key)
                .WithStreamData(upload)
                .WithObjectSize(size)
                .WithContentType(string.IsNullOrWhiteSpace(contentType) ? DefaultContentType : contentType),
                cancellationToken);
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        await EnsureBucketAsync(cancellationToken);

        // The SDK hands the body to a callback and closes it afterwards, so it is kept in a temp file
        // that disappears when the caller disposes the returned stream.
        var buffer = CreateTemporaryFile();
        try
        {
            await client.GetObjectAsync(new GetObjectArgs()
                .WithBucket(bucket)
                .WithObject(key)
                .WithCallbackStream((body, ct) => body.CopyToAsync(buffer, ct)),
                cancellationToken);
            buffer.Position = 0;
            return buffer;
        }
        catch (ObjectNotFoundException)
        {
            await buffer.DisposeAsync();
            return null;
        }
        catch (Exception e)
        {
            await buffer.DisposeAsync();
            if (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage) throw outage;
            throw;
        }
    }

    public async Task<VersionedObject?> ReadVersionedAsync(string key, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        await EnsureBucketAsync(cancellationToken);
        using var buffer = new MemoryStream();
        try
        {
            // One GET gives both the bytes and their ETag: a stat beside it could see another version.
            var stat = await client.GetObjectAsync(new GetObjectArgs()
                .WithBucket(bucket)
                .WithObject(key)
                .WithCallbackStream((body, ct) => body.CopyToAsync(buffer, ct)),
                cancellationToken);
            return new VersionedObject(buffer.ToArray(), S3Conditions.Unquoted(stat.ETag));
        }
        catch (ObjectNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
    }

    public async Task<string?> PutIfAsync(string key, ReadOnlyMemory<byte> content, string contentType, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        if (content.Length > IObjectStore.MaxConditionalBytes)
            throw new ArgumentException($"A conditional put takes at most {IObjectStore.MaxConditionalBytes} bytes.", nameof(content));
        await EnsureBucketAsync(cancellationToken);
        // Ceph RGW 16.2 ignores If-None-Match on a versioned bucket (object lock makes a bucket versioned) and simply adds
        // a version over the object: a record, an audit entry or a change-feed number already written would be overwritten.
        if (expectedVersion is null ? objectLock : ifMatchIgnored)
            return await PutIfCheckedHereAsync(key, content, contentType, expectedVersion, cancellationToken);

        var written = await PutConditionallyAsync(key, content, contentType, expectedVersion, cancellationToken);
        if (written is not null || expectedVersion is null) return written;
        // Refused. Ceph RGW 16.2 refuses every If-Match on a versioned bucket (object lock makes a bucket versioned),
        // even when the ETag is the current one: if the object still has the version we expected, the server did not
        // evaluate the condition, and this store checks it itself from now on.
        if ((await ReadVersionedAsync(key, cancellationToken))?.Version != expectedVersion) return null;
        ifMatchIgnored = true;
        return await PutIfCheckedHereAsync(key, content, contentType, expectedVersion, cancellationToken);
    }

    /// <summary>
    /// The conditional put on a server that ignores the condition (If-Match, or If-None-Match when
    /// <paramref name="expectedVersion"/> is null): read, compare, put, under a per-key lock. Writers in this process never
    /// lose each other's change, nor does any writer after the first has written; two processes can race between the read
    /// and the put (the server gives no way to close that window), which README's storage section states. A create still
    /// carries If-None-Match, which a server that evaluates it keeps.
    /// </summary>
    private async Task<string?> PutIfCheckedHereAsync(string key, ReadOnlyMemory<byte> content, string contentType, string? expectedVersion, CancellationToken cancellationToken)
    {
        using (await checkedPuts.AcquireAsync(key, cancellationToken))
        {
            if ((await ReadVersionedAsync(key, cancellationToken))?.Version != expectedVersion) return null;
            return await PutConditionallyAsync(key, content, contentType, null, cancellationToken, condition: expectedVersion is null);
        }
    }

    private async Task<string?> PutConditionallyAsync(string key, ReadOnlyMemory<byte> content, string contentType, string? expectedVersion, CancellationToken cancellationToken, bool condition = true)
    {
        using var upload = new MemoryStream(content.ToArray(), writable: false);
        using var sent = condition ? S3Conditions.Require(expectedVersion) : null;
        try
        {
            var answer = await client.PutObjectAsync(new PutObjectArgs()
                .WithBucket(bucket)
                .WithObject(key)
                .WithStreamData(upload)
                .WithObjectSize(upload.Length)
                .WithContentType(string.IsNullOrWhiteSpace(contentType) ? DefaultContentType : contentType),
                cancellationToken);
            return S3Conditions.Unquoted(answer.Etag);
        }
        catch (Exception e) when (sent is not null && (sent.Refused || S3Conditions.IsConditionFailure(e)))
        {
            return null;
        }
        catch (Exception) when (sent is { Ambiguous: true })
        {
            // A single PUT's ETag is the MD5 of its bytes: the object is ours when it holds exactly what we sent.
            var now = await ReadVersionedAsync(key, cancellationToken);
            var ours = Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(content.Span));
            return now is not null && now.Version == ours ? ours : null;
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
    }

    public async Task<StoredObject?> StatAsync(string key, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        await EnsureBucketAsync(cancellationToken);
        try
        {
            var stat = await client.StatObjectAsync(new StatObjectArgs().WithBucket(bucket).WithObject(key), cancellationToken);
            var lastModified = DateTime.SpecifyKind(stat.LastModified.ToUniversalTime(), DateTimeKind.Utc);
            return new StoredObject(key, stat.Size,
                string.IsNullOrEmpty(stat.ContentType) ? DefaultContentType : stat.ContentType,
                new DateTimeOffset(lastModified, TimeSpan.Zero));
        }
        catch (ObjectNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        prefix = ObjectKey.NormalizePrefix(prefix);
        await EnsureBucketAsync(cancellationToken);

        var keys = await ListKeysAsync(prefix, cancellationToken);
        // S3 sorts by UTF-8 bytes; the contract promises ordinal (UTF-16) order, as the local store gives.
        keys.Sort(StringComparer.Ordinal);
        foreach (var key in keys)
            yield return key;
    }

    /// <summary>
    /// Puts the current version of <paramref name="key"/> under S3 Object Lock in compliance mode until
    /// <paramref name="until"/>: nobody, not even the bucket's owner, can delete or change that version before then.
    /// </summary>
    /// <exception cref="MinioException">The bucket was not created with object lock, or the server does not support it.</exception>
    public async Task RetainAsync(string key, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        await EnsureBucketAsync(cancellationToken);
        try
        {
            await client.SetObjectRetentionAsync(new SetObjectRetentionArgs()
                .WithBucket(bucket)
                .WithObject(key)
                .WithRetentionMode(Minio.DataModel.ObjectLock.ObjectRetentionMode.COMPLIANCE)
                .WithRetentionUntilDate(until.UtcDateTime), cancellationToken);
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
    }

    /// <summary>
    /// Whether the bucket has S3 Object Lock turned on (it can only be, for Ceph RGW and MinIO, when the bucket was
    /// created with it: <see cref="MinioOptions.ObjectLock"/>). Asked once; an unreachable server is thrown, not remembered.
    /// </summary>
    public async Task<ObjectLockSupport> SupportAsync(CancellationToken cancellationToken = default)
    {
        if (lockSupport is { } known) return known;
        await EnsureBucketAsync(cancellationToken);
        try
        {
            var configuration = await client.GetObjectLockConfigurationAsync(new GetObjectLockConfigurationArgs().WithBucket(bucket), cancellationToken);
            return lockSupport = configuration?.ObjectLockEnabled == "Enabled"
                ? new(true, $"Bucket '{bucket}' has S3 Object Lock: originals are kept under GOVERNANCE retention until their disposal date, legal holds mirrored")
                : new(false, $"Bucket '{bucket}' has no S3 Object Lock configuration (create it with Storage:Minio:ObjectLock); originals are not locked by the server");
        }
        // Minio 7.0.0 builds MissingObjectLockConfigurationException with the server's message, and its constructor throws
        // ArgumentNullException when the server sent none (Ceph RGW): that, too, means the bucket has no lock configuration.
        catch (Exception e) when (e is MissingObjectLockConfigurationException or ArgumentNullException { ParamName: "message" }
                                       or MinioException and not ConnectionException
                                  && S3Failures.Translate(e, endpoint, cancellationToken) is null)
        {
            return lockSupport = new(false, $"Bucket '{bucket}' has no S3 Object Lock ({e.GetType().Name}: {e.Message}); originals are not locked by the server");
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
    }

    /// <summary>
    /// GOVERNANCE mode: an ordinary delete of the version or a shorter date is refused, while the archive's own key
    /// (which may bypass governance) moves the date as a dossier's period is decided and destroys an approved disposal.
    /// S3 wants a date: "no end" is <see cref="NoEnd"/>, and no date goes past it.
    /// </summary>
    /// <summary>
    /// The latest retention date the archive sets. Ceph RGW keeps it as 32-bit seconds (a date in 2126 reads back as
    /// 1990); 2100 is far past any period but "vĩnh viễn" and safely before that wrap in 2106.
    /// </summary>
    public static readonly DateTimeOffset NoEnd = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task LockAsync(string key, DateTimeOffset? until, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        // S3 takes no retention in the past: an original already due for disposal is kept by the archive's refusals alone.
        if (until <= DateTimeOffset.UtcNow || !(await SupportAsync(cancellationToken)).Supported) return;
        try
        {
            await client.SetObjectRetentionAsync(new SetObjectRetentionArgs()
                .WithBucket(bucket)
                .WithObject(key)
                .WithRetentionMode(Minio.DataModel.ObjectLock.ObjectRetentionMode.GOVERNANCE)
                .WithRetentionUntilDate((until is { } date && date < NoEnd ? date : NoEnd).UtcDateTime)
                .WithBypassGovernanceMode(true), cancellationToken);
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
    }

    public async Task SetLegalHoldAsync(string key, bool on, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        if (!(await SupportAsync(cancellationToken)).Supported) return;
        try
        {
            await client.SetObjectLegalHoldAsync(new SetObjectLegalHoldArgs().WithBucket(bucket).WithObject(key).WithLegalHold(on), cancellationToken);
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
    }

    public async Task<IReadOnlyList<VersionedKey>> ListVersionsAsync(string prefix, Func<string, bool> include, CancellationToken cancellationToken = default)
    {
        prefix = ObjectKey.NormalizePrefix(prefix);
        await EnsureBucketAsync(cancellationToken);
        var keys = new List<VersionedKey>();
        var listing = new ListObjectsArgs().WithBucket(bucket).WithPrefix(prefix).WithRecursive(true);
        try
        {
            // The ETag a listing gives is the one a GET gives (ReadVersionedAsync): one request per 1,000 keys.
            await foreach (var item in client.ListObjectsEnumAsync(listing, cancellationToken))
                if (!item.IsDir && include(item.Key)) keys.Add(new VersionedKey(item.Key, S3Conditions.Unquoted(item.ETag)));
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
        keys.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return keys;
    }

    private async Task<List<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        var listing = new ListObjectsArgs().WithBucket(bucket).WithPrefix(prefix).WithRecursive(true);
        try
        {
            await foreach (var item in client.ListObjectsEnumAsync(listing, cancellationToken))
            {
                if (!item.IsDir)
                    keys.Add(item.Key);
            }
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
        return keys;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        await EnsureBucketAsync(cancellationToken);
        try
        {
            // S3 answers 204 for a missing key too, which is what the contract asks for.
            await client.RemoveObjectAsync(new RemoveObjectArgs().WithBucket(bucket).WithObject(key), cancellationToken);
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
    }

    /// <summary>
    /// Every version the bucket keeps under the prefix is removed by its id (a plain delete in a versioned bucket
    /// only adds a delete marker and keeps the bytes); then whatever is still listed (a server that lists no
    /// versions) is deleted plainly. The SDK does not list delete markers: they hold no bytes and may remain.
    /// </summary>
    public async Task<int> DestroyAsync(string prefix, CancellationToken cancellationToken = default)
    {
        prefix = ObjectKey.NormalizeNonEmptyPrefix(prefix);
        await EnsureBucketAsync(cancellationToken);
        var removed = 0;
        var locking = (await SupportAsync(cancellationToken)).Supported;
        try
        {
            var versions = new List<(string Key, string? VersionId)>();
            var listing = new ListObjectsArgs().WithBucket(bucket).WithPrefix(prefix).WithRecursive(true).WithVersions(true);
            await foreach (var item in client.ListObjectsEnumAsync(listing, cancellationToken))
                if (!item.IsDir) versions.Add((item.Key, item.VersionId));
            foreach (var (key, versionId) in versions)
            {
                // Destruction is the approved removal that governance retention lets the archive's own key make.
                var remove = new RemoveObjectArgs().WithBucket(bucket).WithObject(key).WithBypassGovernanceMode(locking);
                // "null" is a real version id in S3 (an object put while versioning was off) and is passed as such.
                if (!string.IsNullOrEmpty(versionId)) remove = remove.WithVersionId(versionId);
                await client.RemoveObjectAsync(remove, cancellationToken);
                removed++;
            }
            foreach (var key in await ListKeysAsync(prefix, cancellationToken))
            {
                await client.RemoveObjectAsync(new RemoveObjectArgs().WithBucket(bucket).WithObject(key), cancellationToken);
                removed++;
            }
        }
        catch (Exception e) when (S3Failures.Translate(e, endpoint, cancellationToken) is { } outage)
        {
            throw outage;
        }
        return removed;
    }

    public void Dispose()
    {
        client.Dispose();
        bucketCheck.Dispose();
    }

    private static async Task<FileStream> SpoolAsync(Stream content, CancellationToken cancellationToken)
    {
        var spool = CreateTemporaryFile();
        try
        {
            await content.CopyToAsync(spool, cancellationToken);
            spool.Position = 0;
            return spool;
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    // Owner-only (0600): the spool holds document bytes and the temp folder is shared with every local user.
    private static FileStream CreateTemporaryFile()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = 81920,
            Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new FileStream(Path.Combine(Path.GetTempPath(), "archive-" + Guid.NewGuid().ToString("N")), options);
    }
}
