using Archive.Storage;
using Microsoft.Extensions.Options;

namespace Archive.Api.Audit;

/// <summary>
/// On an S3 store with <see cref="AuditOptions.RetentionDays"/> set, puts every audit entry under S3 Object Lock
/// (compliance mode) as soon as it is written: the server itself then refuses to delete or change that version.
/// A server or bucket without object lock is reported once and the trail goes on without it.
/// </summary>
public sealed class AuditRetention(IObjectStore store, IOptions<AuditOptions> options, ILogger<AuditRetention> logger)
{
    private volatile bool unsupported;

    public bool Enabled => options.Value.RetentionDays > 0 && Monitoring.MeasuredObjectStore.Underlying(store) is MinioObjectStore && !unsupported;

    public async Task ProtectAsync(string key)
    {
        if (!Enabled || Monitoring.MeasuredObjectStore.Underlying(store) is not MinioObjectStore minio) return;
        try
        {
            await minio.RetainAsync(key, DateTimeOffset.UtcNow.AddDays(options.Value.RetentionDays), CancellationToken.None);
        }
        catch (StoreOutageException e)
        {
            logger.LogWarning(e, "Could not put audit entry {Key} under retention now", key);
        }
        catch (Exception e)
        {
            unsupported = true;
            logger.LogError(e, "The S3 bucket does not accept object lock retention (it must be created with object lock): audit entries are not locked");
        }
    }
}
