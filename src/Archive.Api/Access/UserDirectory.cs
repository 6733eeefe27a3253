using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archive.Api.Audit;
using Archive.Storage;

namespace Archive.Api.Access;

/// <summary>
/// The users and their API keys, kept in the object store (<c>system/users.json</c>) with each key
/// hashed. Keys are 256 random bits, so one SHA-256 is enough: there is nothing to brute-force.
/// </summary>
public sealed class UserDirectory(IObjectStore store, AuditTrail audit, ILogger<UserDirectory> logger)
{
    public const string Key = Documents.StoreLayout.Users;
    public const string KeyPrefix = "ak_";

    private readonly SemaphoreSlim writeLock = new(1, 1);
    private volatile IReadOnlyDictionary<string, ArchiveUser> byHash = new Dictionary<string, ArchiveUser>();

    public IReadOnlyCollection<ArchiveUser> Users => byHash.Values.ToList();

    /// <summary>The active user a presented key belongs to, or null (also for a revoked key).</summary>
    public ArchiveUser? FindByKey(string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : byHash.GetValueOrDefault(Hash(key.Trim())) is { Active: true } user ? user : null;

    /// <summary>Whether someone signed in earlier (a staff cookie) may still act as <paramref name="name"/> with <paramref name="role"/>.</summary>
    public bool IsActive(string? name, string? role) =>
        byHash.Values.Any(u => u.Active && u.Name == name && u.Role == role);

    /// <summary>
    /// Revokes every active key of <paramref name="name"/> at once and records it in the audit trail;
    /// refuses when that would leave no active admin.
    /// </summary>
    public async Task<UserRevocation> RevokeAsync(string name, AuditActor actor, CancellationToken cancellationToken)
    {
        name = name.Trim().Normalize(NormalizationForm.FormC);
        var outcome = UserRevocation.Revoked;
        await ChangeAsync(users =>
        {
            var named = users.Where(u => u.Name == name).ToList();
            outcome = named.Count == 0 ? UserRevocation.NotFound
                : named.All(u => !u.Active) ? UserRevocation.AlreadyRevoked
                : named.Any(u => u.Active && u.Role == ArchiveRoles.Admin)
                  && !users.Any(u => u.Active && u.Role == ArchiveRoles.Admin && u.Name != name) ? UserRevocation.LastAdmin
                : UserRevocation.Revoked;
            if (outcome != UserRevocation.Revoked) return null;
            var now = DateTimeOffset.UtcNow;
            return users.Select(u => u.Name == name && u.Active ? u with { RevokedAt = now } : u).ToList();
        }, cancellationToken);
        if (outcome != UserRevocation.Revoked) return outcome;
        await audit.AppendAsync(actor, AuditActions.UserRevoked, null, $"Thu hồi khóa của '{name}'", CancellationToken.None);
        return UserRevocation.Revoked;
    }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(Key, cancellationToken);
        var users = stream is null ? [] : await JsonSerializer.DeserializeAsync<List<ArchiveUser>>(stream, Json, cancellationToken) ?? [];
        byHash = users.ToDictionary(u => u.KeySha256, StringComparer.Ordinal);
        loadedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>How stale the users may get: the revoke-user command writes the store behind a running service's back.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    private DateTimeOffset loadedAt;

    /// <summary>Reads the users again when older than <see cref="RefreshInterval"/>; skipped while a change is being written (that change reloads them).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (DateTimeOffset.UtcNow - loadedAt < RefreshInterval || !await writeLock.WaitAsync(0, cancellationToken)) return;
        try
        {
            await LoadAsync(cancellationToken);
        }
        catch (StoreOutageException e)
        {
            // Signing in must not need the store: the users read last time stay valid until it is back.
            logger.LogWarning(e, "Could not re-read the users from the store; the ones read at {LoadedAt} stay in force", loadedAt);
            loadedAt = DateTimeOffset.UtcNow;
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>
    /// With no admin at all (a fresh archive, or one where the operator ran add-user for a clerk before the
    /// first start), creates the first admin: with <paramref name="presetKey"/> when given (ARCHIVE_ADMIN_KEY),
    /// otherwise with a new key that is returned so it can be shown once. A revoked admin still counts: the
    /// archive had one, and the last active admin can never be revoked.
    /// </summary>
    /// <summary>The shortest key a person may choose: a guess must not be cheap.</summary>
    public const int MinKeyLength = 16;

    public async Task<string?> EnsureFirstAdminAsync(string? presetKey, CancellationToken cancellationToken)
    {
        if (byHash.Values.Any(u => u.Role == ArchiveRoles.Admin))
        {
            if (!string.IsNullOrWhiteSpace(presetKey) && FindByKey(presetKey) is null)
                logger.LogWarning("ARCHIVE_ADMIN_KEY is set but an admin already exists: the variable is ignored");
            return null;
        }
        if (!string.IsNullOrWhiteSpace(presetKey))
        {
            await AddAsync("admin", ArchiveRoles.Admin, presetKey.Trim(), cancellationToken);
            return null;
        }
        return await AddAsync("admin", ArchiveRoles.Admin, null, cancellationToken);
    }

    /// <summary>Adds a user and returns their key (the only time it exists in clear).</summary>
    /// <exception cref="UserRefusedException">The role, the name or the key cannot be taken; its reason is for people.</exception>
    public async Task<string> AddAsync(string name, string role, string? key, CancellationToken cancellationToken)
    {
        if (!ArchiveRoles.IsKnown(role))
            throw new UserRefusedException($"Vai trò '{role}' không tồn tại: dùng {string.Join(", ", ArchiveRoles.All)}.", nameof(role));
        if (UserNames.Problem(name) is { } problem) throw new UserRefusedException(problem, nameof(name));
        key ??= NewKey();
        if (key.Length < MinKeyLength) throw new UserRefusedException($"Khóa truy cập phải dài ít nhất {MinKeyLength} ký tự.", nameof(key));
        var user = new ArchiveUser(UserNames.Canonical(name), role, Hash(key), DateTimeOffset.UtcNow);
        await ChangeAsync(users =>
        {
            // "Lan" beside an active "lan" would be a second identity that reads the same in the trail.
            if (users.FirstOrDefault(u => u.Active && u.Name != user.Name && UserNames.Same(u.Name, user.Name)) is { } other)
                throw new UserRefusedException($"Đã có người dùng tên “{other.Name}”: tên không phân biệt chữ hoa, chữ thường; hãy dùng đúng tên đó hoặc chọn tên khác.", nameof(name));
            return users.Where(u => u.KeySha256 != user.KeySha256).Append(user).ToList();
        }, cancellationToken);
        return key;
    }

    /// <summary>
    /// The one writer of the users file: reads it with its version, changes it, and writes it only if nobody (an
    /// operator command, another instance) wrote it meanwhile; else reads again. <paramref name="change"/> returns
    /// null to write nothing.
    /// </summary>
    private async Task ChangeAsync(Func<List<ArchiveUser>, List<ArchiveUser>?> change, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var stored = await Documents.StoredJson.ReadVersionedAsync<List<ArchiveUser>>(store, Key, cancellationToken);
                var users = stored?.Value ?? [];
                if (change(users) is not { } changed)
                {
                    byHash = users.ToDictionary(u => u.KeySha256, StringComparer.Ordinal);
                    return;
                }
                if (await store.PutIfAsync(Key, JsonSerializer.SerializeToUtf8Bytes(changed, Json), "application/json", stored?.Version, cancellationToken) is null)
                    continue;
                byHash = changed.ToDictionary(u => u.KeySha256, StringComparer.Ordinal);
                loadedAt = DateTimeOffset.UtcNow;
                return;
            }
        }
        finally
        {
            writeLock.Release();
        }
    }

    public static string NewKey() => KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
