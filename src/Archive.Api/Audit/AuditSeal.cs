using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archive.Storage;

namespace Archive.Api.Audit;

/// <summary>
/// Seals audit entries and checkpoints with a secret key (HMAC-SHA-256) that is not kept beside them: whoever
/// can rewrite the store but lacks the key cannot recompute a valid chain. Entries written before keys existed
/// (no <see cref="AuditEntry.Key"/>) are checked with the plain SHA-256 they were written with.
/// </summary>
public sealed class AuditSeal
{
    public const string KeyFileName = "audit.key";

    private readonly byte[] key;

    public AuditSeal(byte[] key)
    {
        if (key.Length < AuditOptions.MinimumKeyLength)
            throw new ArgumentException($"The audit key must have at least {AuditOptions.MinimumKeyLength} bytes.", nameof(key));
        this.key = key;
        KeyId = Convert.ToHexStringLower(SHA256.HashData([.. "archive-audit-key\n"u8, .. key]))[..12];
    }

    /// <summary>Names the key without revealing it; stored in every entry so a verifier with another key says so.</summary>
    public string KeyId { get; }

    /// <summary>The key from <see cref="AuditOptions.Key"/>, else from the key file in the anchor folder (created once with 256 random bits).</summary>
    public static AuditSeal Load(AuditOptions options, string anchorFolder, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            if (options.Key.Trim().Length < AuditOptions.MinimumKeyLength)
                throw new InvalidOperationException($"Audit:Key phải dài ít nhất {AuditOptions.MinimumKeyLength} ký tự.");
            return new AuditSeal(Encoding.UTF8.GetBytes(options.Key.Trim()));
        }
        var path = Path.Combine(PrivateFiles.Folder(anchorFolder), KeyFileName);
        if (!File.Exists(path))
        {
            try
            {
                using var file = PrivateFiles.CreateNew(path, FileOptions.WriteThrough);
                file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
                file.Flush(flushToDisk: true);
                logger.LogWarning("Created the audit key {Path}: keep a copy away from the archive; without it the audit trail cannot be verified", path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process (the service or an operator command) created it at the same moment: use theirs.
            }
        }
        return new AuditSeal(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }

    /// <summary>The entry's hash: HMAC with the key for sealed entries, plain SHA-256 for entries from before keys.</summary>
    public string HashOf(AuditEntry entry)
    {
        var text = Encoding.UTF8.GetBytes(entry.PreviousHash + "\n" + JsonSerializer.Serialize(entry with { Hash = "" }, Canonical));
        return Convert.ToHexStringLower(entry.Key is null ? SHA256.HashData(text) : HMACSHA256.HashData(key, text));
    }

    /// <summary>Seals <paramref name="draft"/> as entry <paramref name="sequence"/> after <paramref name="previousHash"/>.</summary>
    public AuditEntry Seal(AuditEntry draft, long sequence, string previousHash)
    {
        var entry = draft with { Sequence = sequence, PreviousHash = previousHash, Key = KeyId, Hash = "" };
        return entry with { Hash = HashOf(entry) };
    }

    public string Sign(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    public bool IsSignedBy(string text, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(text)), Encoding.ASCII.GetBytes(signature));

    /// <summary>Every field in declaration order, compact, no escaping of Vietnamese letters: the text the hash covers.</summary>
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
