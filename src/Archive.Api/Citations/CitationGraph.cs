using System.Collections.Concurrent;
using System.Text.Json;
using Archive.Api.Documents;
using Archive.Indexer.Legal;
using Archive.Storage;

namespace Archive.Api.Citations;

/// <summary>
/// Who cites whom. Each document's outgoing citations are kept in the store (<see cref="StoreLayout.Citations"/>, the
/// system of record) and in memory here; targets are resolved against the documents archived at that moment, so
/// uploading a cited document resolves every earlier citation of it at once, with no reindexing.
/// </summary>
/// <remarks>
/// Reads never walk the archive: the number and title lookup (<see cref="CitationTargets"/>), which citations name
/// which key, and which citations find nothing are kept as the catalog announces each record it writes
/// (<see cref="DocumentCatalog.Changed"/>) and as citations are saved, after one full build at start
/// (<see cref="LoadAsync"/>). A document's page costs its own citations and those that name it, at 100 documents
/// as at 100,000. One lock guards the maps: every change to them is a handful of dictionary operations.
/// </remarks>
public sealed class CitationGraph
{
    private readonly IObjectStore store;
    private readonly DocumentCatalog catalog;
    private readonly ILogger<CitationGraph> logger;

    private readonly Lock gate = new();
    private readonly CitationTargets targets = new();
    private readonly Dictionary<string, IReadOnlyList<Citation>> outgoing = new(StringComparer.Ordinal);
    /// <summary>Key (<see cref="CitationTargets.KeysNamedBy"/>) → the citations naming it, as (source, position).</summary>
    private readonly Dictionary<string, HashSet<(string Source, int At)>> naming = new(StringComparer.Ordinal);
    /// <summary>The same as <see cref="naming"/> for the citations that state a validity (<see cref="ValidityStatement.Speaks"/>) only.</summary>
    private readonly Dictionary<string, HashSet<(string Source, int At)>> stating = new(StringComparer.Ordinal);
    /// <summary>Cited-by and the unresolved groups, kept sorted as each citation is judged.</summary>
    private readonly CitationLedger ledger;

    public CitationGraph(IObjectStore store, DocumentCatalog catalog, ILogger<CitationGraph> logger)
    {
        this.store = store;
        this.catalog = catalog;
        this.logger = logger;
        ledger = new CitationLedger(place => outgoing[place.Source][place.At]);
        catalog.Changed += Follow;
    }

    public async Task SaveAsync(string id, IReadOnlyList<Citation> citations, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(citations, StoredJson.Options));
        await store.PutAsync(StoreLayout.Citations(id), content, "application/json", cancellationToken);
        Remember(id, citations);
    }

    /// <summary>Reads one document's citations again from the store (another instance wrote them); false when none are stored.</summary>
    public async Task<bool> ReloadAsync(string id, CancellationToken cancellationToken)
    {
        if (await ReadAsync(id, cancellationToken) is not { } citations) return false;
        Remember(id, citations);
        return true;
    }

    /// <summary>
    /// Builds everything from the catalog and the stored citations of every catalogued document; returns the ids that
    /// have none stored yet (or unreadable ones).
    /// </summary>
    public async Task<IReadOnlyList<string>> LoadAsync(CancellationToken cancellationToken)
    {
        var missing = new ConcurrentBag<string>();
        var loaded = new ConcurrentDictionary<string, IReadOnlyList<Citation>>(StringComparer.Ordinal);
        // Many small reads: a few at a time, which an S3 server answers much faster than one by one.
        await Parallel.ForEachAsync(catalog.All.Select(r => r.Id).ToList(),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (id, ct) =>
            {
                if (await ReadAsync(id, ct) is { } citations) loaded[id] = citations;
                else missing.Add(id);
            });
        Restore(loaded);
        return missing.ToList();
    }

    /// <summary>Every document's stored citations: what a catalog snapshot keeps.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Citation>> AllOutgoing()
    {
        lock (gate) return new Dictionary<string, IReadOnlyList<Citation>>(outgoing, StringComparer.Ordinal);
    }

    /// <summary>Builds everything from the catalog and the given citations of each document (read from the store or a snapshot).</summary>
    public void Restore(IReadOnlyDictionary<string, IReadOnlyList<Citation>> loaded)
    {
        lock (gate)
        {
            targets.Clear();
            naming.Clear();
            stating.Clear();
            ledger.Clear();
            outgoing.Clear();
            foreach (var record in catalog.All) targets.Set(record);
            foreach (var (id, citations) in loaded)
            {
                outgoing[id] = citations;
                Link(id, citations);
            }
        }
    }

    public bool Has(string id)
    {
        lock (gate) return outgoing.ContainsKey(id);
    }

    /// <summary>Drops a destroyed document's citations from memory (their object went with the document's folder).</summary>
    public void Forget(string id)
    {
        lock (gate)
        {
            if (outgoing.TryGetValue(id, out var citations))
            {
                Unlink(id, citations);
                outgoing.Remove(id);
            }
            var record = targets.Record(id);
            targets.Remove(id);
            // The citations that named it resolve to another document now, or to none.
            if (record is not null)
                foreach (var key in CitationTargets.KeysOf(record).Distinct(StringComparer.Ordinal).ToList())
                    if (naming.TryGetValue(key, out var named))
                        foreach (var (source, at) in named) Judge(source, at);
        }
    }

    /// <summary>The document's citations, each with its archived target (null when the archive lacks it).</summary>
    public IReadOnlyList<ResolvedCitation> Outgoing(string id)
    {
        lock (gate)
            return outgoing.GetValueOrDefault(id, [])
                .Select(c => new ResolvedCitation(c, c.Self || c.OwnTitle ? null : targets.Find(c, id)))
                .ToList();
    }

    /// <summary>Every (source document, citation) pair that resolves to <paramref name="id"/>, by source id and position.</summary>
    public IReadOnlyList<(DocumentRecord Source, Citation Citation)> CitedBy(string id) => CitedBy(id, 0, int.MaxValue).Items;

    /// <summary>
    /// How many citations resolve to <paramref name="id"/>, and <paramref name="take"/> of them after
    /// <paramref name="skip"/>, by source id and position: kept sorted, so a page costs the same whatever the archive's size.
    /// </summary>
    public (int Total, IReadOnlyList<(DocumentRecord Source, Citation Citation)> Items) CitedBy(string id, int skip, int take)
    {
        lock (gate)
        {
            if (targets.Record(id) is null) return (0, []);
            var (total, page) = ledger.CitedBy(id, skip, take);
            return (total, page.Select(p => (targets.Record(p.Source)!, outgoing[p.Source][p.At])).ToList());
        }
    }

    /// <summary>What identifies a cited document the archive may lack: its symbol's key, else its title (and year).</summary>
    public static string? IdentityOf(Citation citation) => CitationTargets.IdentityOf(citation);

    /// <summary>Cited documents the archive lacks, grouped by what identifies them (symbol, else title), most cited first.</summary>
    public IReadOnlyList<UnresolvedTarget> Unresolved() => Unresolved(0, int.MaxValue).Items;

    /// <summary>How many cited documents the archive lacks, and <paramref name="take"/> of them after <paramref name="skip"/>, most cited first.</summary>
    public (int Total, IReadOnlyList<UnresolvedTarget> Items) Unresolved(int skip, int take)
    {
        lock (gate)
        {
            var (total, page) = ledger.Unresolved(skip, take);
            return (total, page.Select(g => new UnresolvedTarget(g.First.Kind, g.First.Symbol, g.First.Symbol is null ? g.First.Title : null, g.First.Date,
                g.Sources.Count, g.Sources.Select(s => DocumentLink.Of(targets.Record(s)!)).ToList())).ToList());
        }
    }

    /// <summary>
    /// The strongest statement archived documents make of <paramref name="id"/>'s validity, or null when none does: only
    /// the citations that state a validity are looked at, so a law every document cites costs its few amendments and
    /// repeals, not its thousands of citing documents.
    /// </summary>
    public ValidityStatement? StatedValidity(string id)
    {
        ValidityStatement? strongest = null;
        lock (gate)
        {
            if (targets.Record(id) is not { } record) return null;
            // In source and position order, as cited-by lists them: of two equally strong statements the first wins.
            var candidates = new SortedSet<(string Source, int At)>();
            foreach (var key in CitationTargets.KeysOf(record))
                if (stating.TryGetValue(key, out var named)) candidates.UnionWith(named);
            foreach (var (sourceId, at) in candidates)
            {
                if (sourceId == id || targets.Record(sourceId) is not { } source) continue;
                var citation = outgoing[sourceId][at];
                if (targets.Find(citation, sourceId)?.Id != id) continue;
                if (ValidityStatement.From(citation, source, record) is { } statement && statement.Outranks(strongest)) strongest = statement;
            }
        }
        return strongest;
    }

    /// <summary>
    /// The same for every archived document at once, in one pass over all citations: what a start needs, when any
    /// document's validity may have changed.
    /// </summary>
    public IReadOnlyDictionary<string, ValidityStatement> StatedValidity()
    {
        var stated = new Dictionary<string, ValidityStatement>(StringComparer.Ordinal);
        lock (gate)
            foreach (var (sourceId, citations) in outgoing)
            {
                if (targets.Record(sourceId) is not { } source) continue;
                foreach (var citation in citations)
                {
                    if (!ValidityStatement.Speaks(citation.Relation) || targets.Find(citation, sourceId) is not { } target) continue;
                    if (ValidityStatement.From(citation, source, target) is not { } statement) continue;
                    if (statement.Outranks(stated.GetValueOrDefault(target.Id))) stated[target.Id] = statement;
                }
            }
        return stated;
    }

    /// <summary>
    /// The documents whose stated validity a change of <paramref name="before"/> into <paramref name="after"/> can
    /// change: itself, every document held under a number or title either one has (a citation may move between them),
    /// and every document its own validity-changing citations may name.
    /// </summary>
    public IReadOnlySet<string> AffectedByChange(DocumentRecord before, DocumentRecord after)
    {
        var keys = CitationTargets.KeysOf(before).Concat(CitationTargets.KeysOf(after)).ToHashSet(StringComparer.Ordinal);
        var affected = new HashSet<string>(StringComparer.Ordinal) { after.Id };
        lock (gate)
        {
            foreach (var citation in outgoing.GetValueOrDefault(after.Id, []))
                if (!citation.Self && !citation.OwnTitle && ValidityStatement.Speaks(citation.Relation))
                    keys.UnionWith(CitationTargets.KeysNamedBy(citation));
            foreach (var key in keys)
                foreach (var record in targets.Holding(key))
                    affected.Add(record.Id);
        }
        return affected;
    }

    private void Remember(string id, IReadOnlyList<Citation> citations)
    {
        lock (gate)
        {
            if (outgoing.TryGetValue(id, out var before)) Unlink(id, before);
            outgoing[id] = citations;
            Link(id, citations);
        }
    }

    /// <summary>A record was written (here or, through the change feed, by another instance): only the citations naming its keys can resolve differently.</summary>
    private void Follow(DocumentRecord? before, DocumentRecord after)
    {
        lock (gate)
        {
            targets.Set(after);
            var keys = CitationTargets.KeysOf(after);
            if (before is not null) keys = keys.Concat(CitationTargets.KeysOf(before));
            foreach (var key in keys.Distinct(StringComparer.Ordinal).ToList())
                if (naming.TryGetValue(key, out var named))
                    foreach (var (source, at) in named) Judge(source, at);
            // Its own citations too: the version of a law cited by name depends on the citing document's date.
            if (outgoing.TryGetValue(after.Id, out var own))
                for (var at = 0; at < own.Count; at++) Judge(after.Id, at);
        }
    }

    private void Link(string id, IReadOnlyList<Citation> citations)
    {
        for (var at = 0; at < citations.Count; at++)
        {
            var citation = citations[at];
            if (citation.Self || citation.OwnTitle) continue;
            var states = ValidityStatement.Speaks(citation.Relation);
            foreach (var key in CitationTargets.KeysNamedBy(citation))
            {
                if (!naming.TryGetValue(key, out var named)) naming[key] = named = [];
                named.Add((id, at));
                if (!states) continue;
                if (!stating.TryGetValue(key, out var stated)) stating[key] = stated = [];
                stated.Add((id, at));
            }
            Judge(id, at);
        }
    }

    private void Unlink(string id, IReadOnlyList<Citation> citations)
    {
        for (var at = 0; at < citations.Count; at++)
        {
            ledger.File((id, at), null, null);
            foreach (var key in CitationTargets.KeysNamedBy(citations[at]))
            {
                if (naming.TryGetValue(key, out var named) && named.Remove((id, at)) && named.Count == 0) naming.Remove(key);
                if (stating.TryGetValue(key, out var stated) && stated.Remove((id, at)) && stated.Count == 0) stating.Remove(key);
            }
        }
    }

    /// <summary>Files one citation as resolved (to which document) or not; a law's enacting formula and self-references are neither.</summary>
    private void Judge(string source, int at)
    {
        var citation = outgoing[source][at];
        if (citation.Self || citation.OwnTitle) return;
        // Only the citations of an archived document count: citations are stored before their document's record.
        var archived = targets.Record(source) is not null;
        var target = archived ? targets.Find(citation, source) : null;
        ledger.File((source, at), target is not null && target.Id != source ? target.Id : null,
            archived && target is null ? CitationTargets.IdentityOf(citation) : null);
    }

    private async Task<IReadOnlyList<Citation>?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(StoreLayout.Citations(id), cancellationToken);
        if (stream is null) return null;
        try
        {
            return await JsonSerializer.DeserializeAsync<List<Citation>>(stream, StoredJson.Options, cancellationToken) ?? [];
        }
        catch (JsonException e)
        {
            logger.LogError(e, "Unreadable citations of {Id}; they will be extracted again", id);
            return null;
        }
    }
}
