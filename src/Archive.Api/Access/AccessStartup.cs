using Archive.Api.Audit;

namespace Archive.Api.Access;

/// <summary>
/// Before requests are served: loads the users and the end of the audit chain, and, on a fresh
/// archive, creates the first admin (ARCHIVE_ADMIN_KEY, or a new key printed once).
/// </summary>
public sealed class AccessStartup(UserDirectory users, AuditTrail audit, IConfiguration configuration, ILogger<AccessStartup> logger) : IHostedService
{
    public const string AdminKeyVariable = "ARCHIVE_ADMIN_KEY";

    /// <summary>
    /// Why ARCHIVE_ADMIN_KEY cannot be used, said in one line for the operator; null when it is unset or usable. Checked
    /// before anything is created, so a wrong setting stops the start without leaving a half-made archive behind.
    /// </summary>
    public static string? PresetKeyProblem(IConfiguration configuration) =>
        configuration[AdminKeyVariable]?.Trim() is { Length: > 0 and < UserDirectory.MinKeyLength } key
            ? $"{AdminKeyVariable} quá ngắn ({key.Length} ký tự): khóa truy cập phải dài ít nhất {UserDirectory.MinKeyLength} ký tự. Dịch vụ không khởi động."
            : null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        var key = await users.EnsureFirstAdminAsync(configuration[AdminKeyVariable], cancellationToken);
        if (key is null) return;
        // Shown once and never stored in clear: the operator must copy it now.
        logger.LogWarning("No users yet: created the first admin key, printed once below; keep it now, it is never shown again");
        Console.WriteLine($"Khóa quản trị (admin): {key}");
    }

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await users.LoadAsync(cancellationToken);
        await audit.LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
