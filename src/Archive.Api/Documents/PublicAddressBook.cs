namespace Archive.Api.Documents;

/// <summary>
/// Which public address (<see cref="PublicAddresses"/>) each document holds, and which published document answers
/// at each: kept as the catalog announces each record it writes (<see cref="DocumentCatalog.Changed"/>), after one
/// build from every record at first use, so a page of the public site looks its document up instead of working out
/// every address in the archive.
/// </summary>
/// <remarks>
/// An address is held by the record that carries it (<see cref="DocumentRecord.PublicAddress"/> or among its
/// <see cref="DocumentRecord.FormerAddresses"/>). Documents published before addresses were kept carry none: they
/// hold the one their number gives, the first published first, a later one with the same number with its id appended.
/// </remarks>
public sealed class PublicAddressBook
{
    private readonly DocumentCatalog catalog;
    private readonly Lock gate = new();
    private bool built;

    private readonly Dictionary<string, string> holders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> held = new(StringComparer.Ordinal);
    /// <summary>Addresses taken by a change not written yet (<see cref="TryTake"/>), and by which document.</summary>
    private readonly Dictionary<string, string> reserved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Address, DocumentRecord Record)> published = new(StringComparer.Ordinal);
    private readonly SortedSet<(DateTimeOffset PublishedAt, string Id)> latest = new(Comparer<(DateTimeOffset PublishedAt, string Id)>.Create((a, b) =>
    {
        var byTime = b.PublishedAt.CompareTo(a.PublishedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(b.Id, a.Id);
    }));
    private IReadOnlyList<(string Address, DocumentRecord Record)>? snapshot;

    public PublicAddressBook(DocumentCatalog catalog)
    {
        this.catalog = catalog;
        catalog.Changed += Follow;
        catalog.Forgotten += Destroyed;
    }

    /// <summary>Published documents, latest published first, with their addresses.</summary>
    public IReadOnlyList<(string Address, DocumentRecord Record)> Published()
    {
        lock (gate)
        {
            Build();
            return snapshot ??= latest.Select(e => published[e.Id]).ToList();
        }
    }

    /// <summary>The published document at <paramref name="address"/> (its current one), or null.</summary>
    public DocumentRecord? Published(string address)
    {
        lock (gate)
        {
            Build();
            return holders.TryGetValue(address, out var id) && published.TryGetValue(id, out var entry) && entry.Address == address ? entry.Record : null;
        }
    }

    /// <summary>The current address of a published document; null when it is not published.</summary>
    public string? AddressOf(string id) => Entry(id)?.Address;

    /// <summary>A published document with its current address; null when it is not published.</summary>
    public (string Address, DocumentRecord Record)? Entry(string id)
    {
        lock (gate)
        {
            Build();
            return published.TryGetValue(id, out var entry) ? entry : null;
        }
    }

    /// <summary>The current address of the published document that had <paramref name="former"/> before its number was corrected.</summary>
    public string? MovedTo(string former)
    {
        lock (gate)
        {
            Build();
            return holders.TryGetValue(former, out var id) && published.TryGetValue(id, out var entry) && entry.Address != former
                && entry.Record.FormerAddresses.Contains(former, StringComparer.Ordinal) ? entry.Address : null;
        }
    }

    /// <summary>
    /// Takes <paramref name="address"/> for document <paramref name="id"/> unless another document holds it (now or
    /// formerly) or took it a moment ago: false then. Looking and taking are one step, so of two documents that want one
    /// address at once (two corrections, a new version's number beside a publication) only one gets it; the record
    /// written with it then holds it for good; a change that was never written (the store refused it) leaves it reserved
    /// for its document until that document's next write or the next start (meanwhile another document gets the address
    /// with its id appended, as when it is held).
    /// </summary>
    /// <remarks>
    /// In this process: two instances over one store can still give one address to two documents in the same moment
    /// (each book learns the other's only through the change feed); the first published keeps it as a start's rebuild does.
    /// </remarks>
    public bool TryTake(string address, string id)
    {
        lock (gate)
        {
            Build();
            if (holders.TryGetValue(address, out var holder) && holder != id) return false;
            if (reserved.TryGetValue(address, out var taker) && taker != id) return false;
            if (holder is null) reserved[address] = id;
            return true;
        }
    }

    private void Follow(DocumentRecord? before, DocumentRecord after)
    {
        lock (gate)
        {
            if (!built) return; // the first use builds from every record, this one included
            var wasPublished = published.ContainsKey(after.Id);
            Forget(after.Id);
            Enter(after);
            // Written: what it holds now is in the record; what else it reserved is free again.
            foreach (var address in reserved.Where(r => r.Value == after.Id).Select(r => r.Key).ToList()) reserved.Remove(address);
            if (wasPublished || published.ContainsKey(after.Id)) snapshot = null;
        }
    }

    /// <summary>A destroyed document leaves the published list; its addresses stay taken, never given to another.</summary>
    private void Destroyed(string id)
    {
        lock (gate)
            if (published.Remove(id, out var entry))
            {
                latest.Remove((entry.Record.PublishedAt ?? entry.Record.CreatedAt, id));
                snapshot = null;
            }
    }

    private void Build()
    {
        if (built) return;
        var all = catalog.All.ToList();
        // Kept addresses first; then those of documents published before addresses were kept, in publication order.
        foreach (var record in all.Where(r => r.PublicAddress is not null || !IsPublished(r))) Enter(record);
        foreach (var record in all.Where(r => r.PublicAddress is null && IsPublished(r))
                     .OrderBy(r => r.PublishedAt).ThenBy(r => r.Id, StringComparer.Ordinal))
            Enter(record);
        built = true;
    }

    private void Enter(DocumentRecord record)
    {
        foreach (var former in record.FormerAddresses) Hold(former, record.Id);
        var address = record.PublicAddress;
        if (address is null && IsPublished(record))
        {
            address = PublicAddresses.FromNumber(record.Number) ?? record.Id;
            if (holders.TryGetValue(address, out var other) && other != record.Id) address = $"{address}-{record.Id}";
        }
        if (address is not null) Hold(address, record.Id);
        if (address is null || !IsPublished(record)) return;
        published[record.Id] = (address, record);
        latest.Add((record.PublishedAt ?? record.CreatedAt, record.Id));
    }

    private void Hold(string address, string id)
    {
        // Two records claiming one address (written before addresses were checked): the first keeps it.
        if (!holders.TryAdd(address, id)) return;
        if (!held.TryGetValue(id, out var list)) held[id] = list = [];
        list.Add(address);
    }

    private void Forget(string id)
    {
        if (held.Remove(id, out var addresses))
            foreach (var address in addresses) holders.Remove(address);
        if (published.Remove(id, out var entry)) latest.Remove((entry.Record.PublishedAt ?? entry.Record.CreatedAt, id));
    }

    private static bool IsPublished(DocumentRecord record) => record.Visibility == Visibilities.Published;
}
