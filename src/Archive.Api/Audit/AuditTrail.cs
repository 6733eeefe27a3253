using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archive.Storage;

namespace Archive.Api.Audit;

/// <summary>
/// The append-only, hash-chained audit trail in the object store: one object per entry
/// (<c>audit/000000000123.json</c>) so an append never rewrites anything. Appends are serialized;
/// the last sequence and hash are kept in memory (loaded at start), so a removed tail is noticed too.
/// </summary>
public sealed class AuditTrail(IObjectStore store, ILogger<AuditTrail> logger)
{
    public const string Prefix = "audit/";
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private readonly SemaphoreSlim appendLock = new(1, 1);
    private long lastSequence;
    private string lastHash = Genesis;

    public static string KeyFor(long sequence) => $"{Prefix}{sequence:D12}.json";

    public long Count => Interlocked.Read(ref lastSequence);

    /// <summary>Finds the end of the chain (the highest sequence) and its hash.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        string? lastKey = null;
        await foreach (var key in store.ListAsync(Prefix, cancellationToken)) lastKey = key;
        if (lastKey is null || await ReadAsync(lastKey, cancellationToken) is not { } last) return;
        lastSequence = last.Sequence;
        lastHash = last.Hash;
        logger.LogInformation("Audit trail ends at entry {Sequence}", lastSequence);
    }

    public async Task<AuditEntry> AppendAsync(AuditActor actor, string action, string? documentId, string? details, CancellationToken cancellationToken = default)
    {
        await appendLock.WaitAsync(cancellationToken);
        try
        {
            var entry = new AuditEntry
            {
                Sequence = lastSequence + 1,
                At = DateTimeOffset.UtcNow,
                User = actor.User,
                Role = actor.Role,
                Action = action,
                DocumentId = documentId,
                RemoteIp = actor.RemoteIp,
                Details = details is null ? null : details.Normalize(NormalizationForm.FormC),
                PreviousHash = lastHash,
            };
            entry = entry with { Hash = HashOf(entry) };
            using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(entry, Stored));
            // Not cancellable once started: an entry half-decided is worse than a slow request.
            await store.PutAsync(KeyFor(entry.Sequence), content, "application/json", CancellationToken.None);
            lastSequence = entry.Sequence;
            lastHash = entry.Hash;
            return entry;
        }
        finally
        {
            appendLock.Release();
        }
    }

    /// <summary>Entries in order, filtered; unreadable entries are skipped here (verify reports them).</summary>
    public async IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var key in store.ListAsync(Prefix, cancellationToken))
        {
            AuditEntry? entry;
            try { entry = await ReadAsync(key, cancellationToken); }
            catch (JsonException) { continue; }
            if (entry is not null && query.Matches(entry)) yield return entry;
        }
    }

    /// <summary>Walks the whole chain: sequence without gaps, each hash recomputed, links intact, nothing cut off the end.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long expected = 1;
        var previous = Genesis;
        await foreach (var key in store.ListAsync(Prefix, cancellationToken))
        {
            AuditEntry? entry;
            try { entry = await ReadAsync(key, cancellationToken); }
            catch (JsonException) { entry = null; }
            if (entry is null) return Broken(expected, $"Mục nhật ký '{key}' không đọc được.");
            if (key != KeyFor(entry.Sequence) || entry.Sequence != expected)
                return Broken(expected, $"Thiếu mục nhật ký số {expected} (gặp '{key}').");
            if (entry.PreviousHash != previous)
                return Broken(expected, $"Mục {expected} không nối với mục trước: một mục trước đó đã bị thay hoặc xóa.");
            if (HashOf(entry) != entry.Hash)
                return Broken(expected, $"Nội dung mục {expected} đã bị sửa sau khi ghi.");
            previous = entry.Hash;
            expected++;
        }
        var found = expected - 1;
        var known = Count;
        if (found < known)
            return Broken(found + 1, $"Nhật ký dừng ở mục {found} nhưng dịch vụ đã ghi đến mục {known}: các mục cuối đã bị xóa.");
        return new AuditVerification(true, found, null, null);

        static AuditVerification Broken(long sequence, string problem) => new(false, sequence - 1, sequence, problem);
    }

    /// <summary>SHA-256 over the previous hash and the entry's canonical JSON (every field but the hash, in declaration order, compact).</summary>
    public static string HashOf(AuditEntry entry)
    {
        var canonical = JsonSerializer.Serialize(entry with { Hash = "" }, Canonical);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.PreviousHash + "\n" + canonical)));
    }

    private async Task<AuditEntry?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(key, cancellationToken);
        return stream is null ? null : await JsonSerializer.DeserializeAsync<AuditEntry>(stream, Stored, cancellationToken);
    }

    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Stored = new(Canonical) { WriteIndented = true };
}
