using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Archive.Api.Access;

/// <summary>
/// Counts wrong keys per client address and per key prefix in fixed windows (System.Threading.RateLimiting, the
/// limiters under ASP.NET Core's rate limiting) and says when a client must wait. Only failures are counted: a
/// right key always gets in, so a busy office behind one address is never locked out by its own staff.
/// </summary>
/// <remarks>
/// ASP.NET Core's rate-limiting middleware meters requests before anyone knows whether their key is right;
/// what must be limited here is wrong keys, which only the sign-in code sees, so it asks this class directly.
/// Keys are 256 random bits, so the limit is not what keeps them secret: it keeps a client that tries
/// thousands of keys a second from costing the service its CPU and the audit trail its disk.
/// </remarks>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> byAddress;
    private readonly PartitionedRateLimiter<string> byKeyPrefix;

    public SignInThrottle(IOptions<FailedSignInOptions> options)
    {
        var settings = options.Value;
        var window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds));
        byAddress = Limiter(settings.PerAddress, window);
        byKeyPrefix = Limiter(settings.PerKeyPrefix, window);
    }

    /// <summary>
    /// Counts one wrong key from <paramref name="address"/>; returns how long the client must wait when it is
    /// over the limit (its address or the key's prefix), null while it may go on.
    /// </summary>
    public TimeSpan? CountFailure(string? address, string key)
    {
        using var perAddress = byAddress.AttemptAcquire(address ?? "", 1);
        using var perPrefix = byKeyPrefix.AttemptAcquire(Prefix(key), 1);
        if (perAddress.IsAcquired && perPrefix.IsAcquired) return null;
        return new[] { perAddress, perPrefix }
            .Select(lease => lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1))
            .Max();
    }

    /// <summary>What counts as the same key: its first six characters (never enough to use it).</summary>
    public static string Prefix(string key) => key.Length <= 6 ? key : key[..6];

    public void Dispose()
    {
        byAddress.Dispose();
        byKeyPrefix.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int failures, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetFixedWindowLimiter(partition, _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, failures),
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
}
