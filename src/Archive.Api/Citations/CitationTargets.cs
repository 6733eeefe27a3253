using System.Collections.Concurrent;
using Archive.Api.Documents;
using Archive.Indexer.Analysis;
using Archive.Indexer.Legal;

namespace Archive.Api.Citations;

/// <summary>
/// Finds the archived document a citation names: by canonical symbol, else by law title (+ date or year when written,
/// else the version in force when the citing document was issued, as <see cref="ActGazetteer"/> dates the versions).
/// Kept up to date record by record (<see cref="Set"/>), so a lookup costs the documents sharing a number or a title,
/// not the archive.
/// </summary>
/// <remarks>
/// Both sides speak in <em>keys</em>: a record is held under its symbol and its titles (<see cref="KeysOf"/>), a
/// citation names the keys it can resolve through (<see cref="KeysNamedBy"/>). A record whose keys change can only
/// change what the citations naming those keys resolve to, which is how <see cref="CitationGraph"/> keeps its cited-by
/// and unresolved lists without walking every citation. Not thread-safe: the graph holds its lock around every call.
/// </remarks>
internal sealed class CitationTargets
{
    private const string SymbolKey = "symbol:";
    private const string TitleKey = "title:";

    private readonly Dictionary<string, List<DocumentRecord>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentRecord> byId = new(StringComparer.Ordinal);

    /// <summary>The first archived of two documents with one number is the one a citation of that number finds.</summary>
    private static readonly Comparer<DocumentRecord> Oldest = Comparer<DocumentRecord>.Create((a, b) =>
    {
        var byTime = a.CreatedAt.CompareTo(b.CreatedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    });

    public DocumentRecord? Record(string id) => byId.GetValueOrDefault(id);

    public int Count => byId.Count;

    public void Clear()
    {
        byKey.Clear();
        byId.Clear();
    }

    /// <summary>Replaces what was known of the record (if anything) by <paramref name="record"/>.</summary>
    public void Set(DocumentRecord record)
    {
        Remove(record.Id);
        byId[record.Id] = record;
        foreach (var key in KeysOf(record))
        {
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            var at = list.BinarySearch(record, Oldest);
            list.Insert(at < 0 ? ~at : at, record);
        }
    }

    /// <summary>Forgets the record: a destroyed document is no citation's target any more.</summary>
    public void Remove(string id)
    {
        if (!byId.Remove(id, out var before)) return;
        foreach (var key in KeysOf(before))
            if (byKey.TryGetValue(key, out var list))
            {
                list.RemoveAll(r => r.Id == id);
                if (list.Count == 0) byKey.Remove(key);
            }
    }

    /// <summary>The records held under <paramref name="key"/>, oldest first.</summary>
    public IReadOnlyList<DocumentRecord> Holding(string key) => byKey.GetValueOrDefault(key) ?? [];

    /// <summary>The keys a record is found by: its symbol, its title, and its kind with its title ("Luật" + "Đất đai").</summary>
    public static IEnumerable<string> KeysOf(DocumentRecord record)
    {
        if (Parsed(record.Number, out var symbol)) yield return SymbolKey + symbol.Key;
        var title = TitleKey + Fold(record.Title);
        yield return title;
        if (record.Kind is { } kind && TitleKey + Fold(kind + " " + record.Title) is var withKind && withKind != title) yield return withKind;
    }

    /// <summary>Every key under which <paramref name="citation"/> may find its target (a title also through the numbers the gazetteer gives it).</summary>
    public static IEnumerable<string> KeysNamedBy(Citation citation)
    {
        if (citation.Symbol is not null)
        {
            if (Parsed(citation.Symbol, out var symbol)) yield return SymbolKey + symbol.Key;
            yield break;
        }
        if (citation.Title is null) yield break;
        yield return TitleKey + Fold(citation.Title);
        foreach (var act in ActGazetteer.Default.Versions(citation.Title))
            if (act.Symbol is not null && Parsed(act.Symbol, out var symbol))
                yield return SymbolKey + symbol.Key;
    }

    /// <summary>What identifies a cited document the archive may lack: its symbol's key, else its title (and year).</summary>
    public static string? IdentityOf(Citation citation) =>
        citation.Symbol is not null && Parsed(citation.Symbol, out var symbol) ? SymbolKey + symbol.Key
        : citation.Symbol is not null ? SymbolKey + Fold(citation.Symbol)
        : citation.Title is not null ? TitleKey + Fold(citation.Title) + (citation.Year is { } y ? $"@{y}" : "")
        : null;

    /// <param name="citation">A citation of another document (not <see cref="Citation.Self"/>).</param>
    /// <param name="citing">The citing document, never its own target.</param>
    public DocumentRecord? Find(Citation citation, string citing)
    {
        if (citation.Symbol is not null)
        {
            if (!Parsed(citation.Symbol, out var symbol)) return null;
            // Numbers without a year repeat across issuers and years (every UBND has its own 32/KH-UBND):
            // then, when both the citation and the archived document carry a date, they must agree.
            var yearless = symbol.Year is null;
            return Holding(SymbolKey + symbol.Key).FirstOrDefault(r => r.Id != citing
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
        var citedOn = Record(citing)?.IssuedOn;
        if (ActGazetteer.Default.Version(citation.Title, citedOn: citedOn) is { Symbol: { } meant } && Parsed(meant, out var version))
            if (candidates.FirstOrDefault(r => Parsed(r.Number, out var number) && number.Key == version.Key) is { } inForce) return inForce;
        return candidates.OrderByDescending(r => YearOf(r) ?? 0).ThenByDescending(r => r.IssuedOn).First();
    }

    // Archived under the title, or under a number the gazetteer gives the title (a law whose record kept another
    // title: the file's name, a summary line), provided its kind, when known, is the act's.
    private IEnumerable<DocumentRecord> ByTitle(string title)
    {
        var found = Holding(TitleKey + Fold(title));
        foreach (var record in found) yield return record;
        foreach (var act in ActGazetteer.Default.Versions(title))
        {
            if (act.Symbol is null || !Parsed(act.Symbol, out var symbol)) continue;
            foreach (var record in Holding(SymbolKey + symbol.Key))
                if ((record.Kind is null || record.Kind == act.Kind) && !found.Contains(record)) yield return record;
        }
    }

    /// <summary>
    /// Symbols parsed once each: the same few thousand numbers are written in every citation and looked up at every
    /// read, and parsing one (every spelling a clerk may use) costs far more than a dictionary lookup.
    /// </summary>
    private static readonly ConcurrentDictionary<string, DocumentSymbol?> ParsedSymbols = new(StringComparer.Ordinal);

    private static bool Parsed(string? text, out DocumentSymbol symbol)
    {
        symbol = default!;
        if (text is null) return false;
        var parsed = ParsedSymbols.GetOrAdd(text, t => DocumentSymbol.TryParse(t, out var s) ? s : null);
        if (parsed is null) return false;
        symbol = parsed;
        return true;
    }

    private static int? YearOf(DocumentRecord record) =>
        record.IssuedOn?.Year ?? (Parsed(record.Number, out var symbol) ? symbol.Year : null);

    private static string Fold(string text) =>
        VietnameseFolding.Fold(VietnameseNormalizer.Normalize(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
}
