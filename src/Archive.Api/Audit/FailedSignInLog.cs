using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Archive.Api.Audit;

/// <summary>
/// Failed sign-ins in the audit trail without letting an anonymous client fill the disk: up to
/// <see cref="AuditOptions.FailedSignInsPerMinute"/> a minute are written one entry each; the others, and the
/// attempts refused with 429, are counted per address and written as one entry a minute (never lost).
/// </summary>
public sealed class FailedSignInLog : IDisposable
{
    /// <summary>How many addresses one counting entry names; the rest are summed up.</summary>
    private const int NamedAddresses = 20;

    public static readonly TimeSpan SummaryInterval = TimeSpan.FromMinutes(1);

    private readonly AuditTrail audit;
    private readonly FixedWindowRateLimiter written;
    private readonly SemaphoreSlim summaryLock = new(1, 1);
    private ConcurrentDictionary<string, int> counted = new(StringComparer.Ordinal);
    private DateTimeOffset countingSince = DateTimeOffset.UtcNow;

    public FailedSignInLog(AuditTrail audit, IOptions<AuditOptions> options)
    {
        this.audit = audit;
        written = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.FailedSignInsPerMinute),
            Window = SummaryInterval,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>Audits one failed sign-in, or counts it when this minute's entries are used up.</summary>
    public async Task RecordAsync(AuditActor actor, string details)
    {
        using var lease = written.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            Count(actor.RemoteIp);
            return;
        }
        await audit.AppendAsync(actor, AuditActions.SignInFailed, null, details, CancellationToken.None);
    }

    /// <summary>Counts an attempt that was refused (429) without being written.</summary>
    public void Count(string? address) => counted.AddOrUpdate(address ?? "?", 1, (_, n) => n + 1);

    /// <summary>Attempts counted and not yet written.</summary>
    public int Uncounted => counted.Values.Sum();

    /// <summary>Writes what was counted as one entry, once a minute (or at once when <paramref name="force"/>d, at shutdown).</summary>
    public async Task WriteCountsAsync(bool force = false)
    {
        if (counted.IsEmpty || !force && DateTimeOffset.UtcNow - countingSince < SummaryInterval) return;
        await summaryLock.WaitAsync();
        try
        {
            var counts = Interlocked.Exchange(ref counted, new ConcurrentDictionary<string, int>(StringComparer.Ordinal));
            var since = countingSince;
            countingSince = DateTimeOffset.UtcNow;
            if (counts.IsEmpty) return;
            var total = counts.Values.Sum();
            var named = counts.OrderByDescending(c => c.Value).Take(NamedAddresses).Select(c => $"{c.Key} ×{c.Value}");
            var others = counts.Count > NamedAddresses ? $" và {counts.Count - NamedAddresses} địa chỉ khác" : "";
            var details = string.Create(CultureInfo.InvariantCulture,
                $"Đếm gộp, không ghi từng lần: {total} lần đăng nhập thất bại từ {since:yyyy-MM-dd HH:mm:ss} UTC: {string.Join(", ", named)}{others}");
            await audit.AppendAsync(new AuditActor(AuditActor.Anonymous, null, null), AuditActions.SignInFailed, null, details, CancellationToken.None);
        }
        finally
        {
            summaryLock.Release();
        }
    }

    public void Dispose()
    {
        written.Dispose();
        summaryLock.Dispose();
    }
}
