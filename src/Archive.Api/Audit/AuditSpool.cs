using System.Text.Json;
using Archive.Storage;

namespace Archive.Api.Audit;

/// <summary>
/// Audit entries the store could not take yet (it was down or full), kept one file each in the anchor folder's
/// <c>pending/</c> until they are written, so that neither an outage nor a restart in the middle of one loses them.
/// </summary>
public sealed class AuditSpool(string anchorFolder)
{
    private readonly string folder = System.IO.Path.Combine(anchorFolder, "pending");

    /// <summary>Keeps <paramref name="draft"/> on disk and returns where; names sort in the order entries happened.</summary>
    public string Save(AuditEntry draft)
    {
        PrivateFiles.Folder(folder);
        var path = System.IO.Path.Combine(folder, $"{DateTime.UtcNow.Ticks:D20}-{Guid.NewGuid():N}.json");
        using var file = PrivateFiles.CreateNew(path);
        JsonSerializer.Serialize(file, draft, AuditTrail.Stored);
        file.Flush(flushToDisk: true);
        return path;
    }

    /// <summary>The kept entries, oldest first, with their files.</summary>
    public IReadOnlyList<(AuditEntry Draft, string Path)> Load()
    {
        if (!Directory.Exists(folder)) return [];
        var kept = new List<(AuditEntry, string)>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                using var file = File.OpenRead(path);
                if (JsonSerializer.Deserialize<AuditEntry>(file, AuditTrail.Stored) is { } draft) kept.Add((draft, path));
            }
            catch (JsonException)
            {
                // Torn by a crash while it was being kept: left in place for a person to look at, never deleted.
            }
        }
        return kept;
    }

    public static void Remove(string path) => File.Delete(path);
}
