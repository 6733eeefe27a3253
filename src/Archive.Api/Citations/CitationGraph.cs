using System.Collections.Concurrent;
using System.Text.Json;
using Archive.Api.Documents;
using Archive.Indexer.Analysis;
using Archive.Indexer.Legal;
using Archive.Storage;

namespace Archive.Api.Citations;

/// <summary>
/// Who cites whom. Each document's outgoing citations are kept in the store
/// (<c>documents/{id}/citations.json</c>, the system of record) and in memory here; targets are resolved
/// when asked, against the documents archived at that moment, so uploading a cited document resolves
/// every earlier citation of it at once, with no reindexing.
/// </summary>
public sealed class CitationGraph(IObjectStore store, DocumentCatalog catalog, ILogger<CitationGraph> logger)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Citation>> outgoing = new(StringComparer.Ordinal);

    public static string Key(string id) => $"{StoreLayout.Prefix}{id}/citations.json";

    public async Task SaveAsync(string id, IReadOnlyList<Citation> citations, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(citations, StoredJson.Options));
        await store.PutAsync(Key(id), content, "application/json", cancellationToken);
        outgoing[id] = citations;
    }

    /// <summary>Loads the stored citations of every catalogued document; returns the ids that have none stored yet.</summary>
    public async Task<IReadOnlyList<string>> LoadAsync(CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        foreach (var record in catalog.All)
        {
            await using var stream = await store.OpenReadAsync(Key(record.Id), cancellationToken);
            if (stream is null)
            {
                missing.Add(record.Id);
                continue;
            }
            try
            {
                outgoing[record.Id] = await JsonSerializer.DeserializeAsync<List<Citation>>(stream, StoredJson.Options, cancellationToken) ?? [];
            }
            catch (JsonException e)
            {
                logger.LogError(e, "Unreadable citations of {Id}; they will be extracted again", record.Id);
                missing.Add(record.Id);
            }
        }
        return missing;
    }

    public bool Has(string id) => outgoing.ContainsKey(id);

    /// <summary>Drops a destroyed document's citations from memory (their object went with the document's folder).</summary>
    public void Forget(string id) => outgoing.TryRemove(id, out _);

    /// <summary>The document's citations, each with its archived target (null when the archive lacks it).</summary>
    public IReadOnlyList<ResolvedCitation> Outgoing(string id)
    {
        var lookup = new TargetLookup(catalog.All);
        return outgoing.GetValueOrDefault(id, [])
            .Select(c => new ResolvedCitation(c, c.Self || c.OwnTitle ? null : lookup.Find(c, id)))
            .ToList();
    }

    /// <summary>Every (source document, citation) pair that resolves to <paramref name="id"/>.</summary>
    public IReadOnlyList<(DocumentRecord Source, Citation Citation)> CitedBy(string id)
    {
        var lookup = new TargetLookup(catalog.All);
        var result = new List<(DocumentRecord, Citation)>();
        foreach (var (sourceId, citations) in outgoing)
        {
            if (sourceId == id || catalog.Find(sourceId) is not { } source) continue;
            foreach (var citation in citations)
                if (!citation.Self && !citation.OwnTitle && lookup.Find(citation, sourceId)?.Id == id) result.Add((source, citation));
        }
        return result;
    }

    /// <summary>What identifies a cited document the archive may lack: its symbol's key, else its title (and year).</summary>
    public static string? IdentityOf(Citation citation) => TargetLookup.IdentityOf(citation);

    /// <summary>Cited documents the archive lacks, grouped by what identifies them (symbol, else title).</summary>
    public IReadOnlyList<UnresolvedTarget> Unresolved()
    {
        var lookup = new TargetLookup(catalog.All);
        var groups = new Dictionary<string, (Citation First, HashSet<string> Sources)>(StringComparer.Ordinal);
        foreach (var (sourceId, citations) in outgoing)
        {
            if (catalog.Find(sourceId) is null) continue;
            foreach (var citation in citations)
            {
                // A law's own enacting formula ("Quốc hội ban hành Luật X.") names the law itself: nothing is missing.
                if (citation.Self || citation.OwnTitle || TargetLookup.IdentityOf(citation) is not { } identity) continue;
                if (lookup.Find(citation, sourceId) is not null) continue;
                if (!groups.TryGetValue(identity, out var group)) groups[identity] = group = (citation, new HashSet<string>(StringComparer.Ordinal));
                group.Sources.Add(sourceId);
            }
        }
        return groups.Values
            .Select(g => new UnresolvedTarget(g.First.Kind, g.First.Symbol, g.First.Symbol is null ? g.First.Title : null, g.First.Date,
                g.Sources.Count, g.Sources.Select(s => catalog.Find(s)!).Select(DocumentLink.Of).OrderBy(d => d.Id, StringComparer.Ordinal).ToList()))
            .OrderByDescending(u => u.CitingDocuments).ThenBy(u => u.Symbol ?? u.Title, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The strongest statement archived documents make of <paramref name="id"/>'s validity, or null when none does.</summary>
    public ValidityStatement? StatedValidity(string id)
    {
        ValidityStatement? strongest = null;
        foreach (var (source, citation) in CitedBy(id))
            if (ValidityStatement.From(citation, source) is { } statement && statement.Outranks(strongest)) strongest = statement;
        return strongest;
    }

    /// <summary>
    /// The same for every archived document at once, in one pass over all citations: what a metadata correction or a
    /// start needs, when any document's validity may have changed.
    /// </summary>
    public IReadOnlyDictionary<string, ValidityStatement> StatedValidity()
    {
        var lookup = new TargetLookup(catalog.All);
        var stated = new Dictionary<string, ValidityStatement>(StringComparer.Ordinal);
        foreach (var (sourceId, citations) in outgoing)
        {
            if (catalog.Find(sourceId) is not { } source) continue;
            foreach (var citation in citations)
            {
                if (!ValidityStatement.Speaks(citation.Relation) || ValidityStatement.From(citation, source) is not { } statement) continue;
                if (lookup.Find(citation, sourceId) is not { } target) continue;
                if (statement.Outranks(stated.GetValueOrDefault(target.Id))) stated[target.Id] = statement;
            }
        }
        return stated;
    }

    /// <summary>
    /// Finds the archived document a citation names: by canonical symbol, else by law title (+ date or year when written,
    /// else the version in force when the citing document was issued, as <see cref="ActGazetteer"/> dates the versions).
    /// </summary>
    private sealed class TargetLookup
    {
        private readonly Dictionary<string, List<DocumentRecord>> bySymbol = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DocumentRecord>> byTitle = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DocumentRecord> byId = new(StringComparer.Ordinal);

        public TargetLookup(IEnumerable<DocumentRecord> records)
        {
            foreach (var record in records.OrderBy(r => r.CreatedAt))
            {
                byId[record.Id] = record;
                if (DocumentSymbol.TryParse(record.Number, out var symbol))
                {
                    if (!bySymbol.TryGetValue(symbol.Key, out var same)) bySymbol[symbol.Key] = same = [];
                    same.Add(record);
                }
                foreach (var title in TitleKeys(record))
                {
                    if (!byTitle.TryGetValue(title, out var list)) byTitle[title] = list = [];
                    list.Add(record);
                }
            }
        }

        public static string? IdentityOf(Citation citation) =>
            citation.Symbol is not null && DocumentSymbol.TryParse(citation.Symbol, out var symbol) ? "symbol:" + symbol.Key
            : citation.Symbol is not null ? "symbol:" + Fold(citation.Symbol)
            : citation.Title is not null ? "title:" + Fold(citation.Title) + (citation.Year is { } y ? $"@{y}" : "")
            : null;

        /// <param name="citing">The citing document, never its own target.</param>
        public DocumentRecord? Find(Citation citation, string citing)
        {
            if (citation.Symbol is not null)
            {
                if (!DocumentSymbol.TryParse(citation.Symbol, out var symbol) || !bySymbol.TryGetValue(symbol.Key, out var same)) return null;
                // Numbers without a year repeat across issuers and years (every UBND has its own 32/KH-UBND):
                // then, when both the citation and the archived document carry a date, they must agree.
                var yearless = symbol.Year is null;
                return same.FirstOrDefault(r => r.Id != citing
                    && (!yearless || citation.Date is not { } cited || r.IssuedOn is not { } issued || cited == issued));
            }
            if (citation.Title is null) return null;
            var candidates = ByTitle(citation.Title).Where(r => r.Id != citing).ToList();
            if (candidates.Count == 0) return null;
            // A law is replaced under the same name: the date (or year) picks the right one when written.
            if (citation.Date is { } date) return candidates.FirstOrDefault(r => r.IssuedOn == date);
            if (citation.Year is { } year) return candidates.FirstOrDefault(r => YearOf(r) == year);
            // Else the version in force when the citing document was issued ("Luật Quản lý thuế" in a 2021 decision is
            // the 2019 law), by the gazetteer's dates; else the newest archived version.
            var citedOn = byId.GetValueOrDefault(citing)?.IssuedOn;
            if (ActGazetteer.Default.Version(citation.Title, citedOn: citedOn) is { Symbol: { } meant } && DocumentSymbol.TryParse(meant, out var version))
                if (candidates.FirstOrDefault(r => DocumentSymbol.TryParse(r.Number, out var number) && number.Key == version.Key) is { } inForce) return inForce;
            return candidates.OrderByDescending(r => YearOf(r) ?? 0).ThenByDescending(r => r.IssuedOn).First();
        }

        // Archived under the title, or under a number the gazetteer gives the title (a law whose record kept another
        // title: the file's name, a summary line), provided its kind, when known, is the act's.
        private IEnumerable<DocumentRecord> ByTitle(string title)
        {
            var found = byTitle.GetValueOrDefault(Fold(title)) ?? [];
            foreach (var record in found) yield return record;
            foreach (var act in ActGazetteer.Default.Versions(title))
            {
                if (act.Symbol is null || !DocumentSymbol.TryParse(act.Symbol, out var symbol) || !bySymbol.TryGetValue(symbol.Key, out var same)) continue;
                foreach (var record in same)
                    if ((record.Kind is null || record.Kind == act.Kind) && !found.Contains(record)) yield return record;
            }
        }

        private static int? YearOf(DocumentRecord record) =>
            record.IssuedOn?.Year ?? (DocumentSymbol.TryParse(record.Number, out var symbol) ? symbol.Year : null);

        /// <summary>A law archived with title "Luật Đất đai", or with kind "Luật" and title "Đất đai".</summary>
        private static IEnumerable<string> TitleKeys(DocumentRecord record)
        {
            yield return Fold(record.Title);
            if (record.Kind is { } kind) yield return Fold(kind + " " + record.Title);
        }

        private static string Fold(string text) =>
            VietnameseFolding.Fold(VietnameseNormalizer.Normalize(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
    }
}
