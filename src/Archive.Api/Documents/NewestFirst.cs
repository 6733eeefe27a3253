namespace Archive.Api.Documents;

/// <summary>
/// Document ids newest first (by upload time, then id), kept sorted as records arrive, so a page of the list costs
/// the page, not a sort of the whole archive.
/// </summary>
internal sealed class NewestFirst
{
    private readonly SortedSet<(DateTimeOffset CreatedAt, string Id)> set = new(Comparer<(DateTimeOffset CreatedAt, string Id)>.Create((a, b) =>
    {
        var byTime = b.CreatedAt.CompareTo(a.CreatedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    }));

    public int Count { get { lock (set) return set.Count; } }

    public void Set(DocumentRecord? before, DocumentRecord after)
    {
        lock (set)
        {
            if (before is not null) set.Remove((before.CreatedAt, before.Id));
            set.Add((after.CreatedAt, after.Id));
        }
    }

    public void Remove(DocumentRecord record)
    {
        lock (set) set.Remove((record.CreatedAt, record.Id));
    }

    public IReadOnlyList<string> Take(int skip, int count)
    {
        lock (set) return set.Skip(skip).Take(count).Select(e => e.Id).ToList();
    }

    public IReadOnlyList<string> All()
    {
        lock (set) return set.Select(e => e.Id).ToList();
    }
}
