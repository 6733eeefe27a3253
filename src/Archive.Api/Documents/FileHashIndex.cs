namespace Archive.Api.Documents;

/// <summary>
/// Which document holds a file, by the SHA-256 of its bytes: every version's original (the current one and the former
/// ones), kept beside the records in <see cref="DocumentCatalog"/> so that "one file, one record" is checked by a
/// lookup, not by reading every record at each upload.
/// </summary>
internal sealed class FileHashIndex
{
    private readonly object gate = new();
    private readonly Dictionary<string, HashSet<string>> holders = new(StringComparer.Ordinal);

    /// <summary>Follows a record written or read again (<paramref name="before"/> null when new) or forgotten (<paramref name="after"/> null).</summary>
    public void Set(DocumentRecord? before, DocumentRecord? after)
    {
        lock (gate)
        {
            if (before is not null)
                foreach (var sha256 in FilesOf(before))
                    if (holders.TryGetValue(sha256, out var ids) && ids.Remove(before.Id) && ids.Count == 0) holders.Remove(sha256);
            if (after is not null)
                foreach (var sha256 in FilesOf(after))
                {
                    if (!holders.TryGetValue(sha256, out var ids)) holders[sha256] = ids = new HashSet<string>(StringComparer.Ordinal);
                    ids.Add(after.Id);
                }
        }
    }

    /// <summary>
    /// The documents one of whose versions has <paramref name="sha256"/>, in no set order: one, unless records stored
    /// before the rule held the same file twice.
    /// </summary>
    public IReadOnlyList<string> HoldersOf(string sha256)
    {
        lock (gate) return holders.TryGetValue(sha256, out var ids) ? [.. ids] : [];
    }

    private static IEnumerable<string> FilesOf(DocumentRecord record) =>
        record.FormerVersions.Select(v => v.Sha256).Append(record.Sha256);
}
