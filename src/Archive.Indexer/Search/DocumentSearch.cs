using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// Runs a person's query against the <see cref="DocumentIndex"/>. The typed words (<see cref="VietnameseQueryBuilder"/>)
/// are scored on every entry at once, document entries (title, kind, issuer, number) and passage entries (each
/// article or section) alike; <see cref="DocumentCollector"/> turns them into documents ranked by their own entry
/// plus their best passage, which each hit names in <see cref="SearchHit.Passage"/>. Filters, exclusions, the
/// total and the facets apply to documents. Stored fields are read, and snippets highlighted, only for the hits
/// of the page asked for.
/// </summary>
public sealed class DocumentSearch(DocumentIndex index, SearchTuning? tuning = null)
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// How deep anyone may page (page × pageSize), as Elasticsearch's max_result_window: collecting the top
    /// N costs memory in N, so an anonymous "page=5000000" must not be able to allocate gigabytes.
    /// </summary>
    public const int MaxResultWindow = 10_000;

    private readonly SearchTuning tuning = tuning ?? SearchTuning.Default;
    private readonly VietnameseQueryBuilder queries = new((tuning ?? SearchTuning.Default).Weights);

    public SearchResults Search(SearchRequest request)
    {
        var hasWords = !string.IsNullOrWhiteSpace(request.Query);
        if (!hasWords && !request.HasFilters && !request.PublishedOnly) return SearchResults.Empty;
        var size = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(request.Page, 1, MaxResultWindow / size);
        using var running = SearchThreads.Enter();
        return index.UseSearcher(searcher => hasWords
            ? ByWords(searcher, request, page, size)
            : ByFilters(searcher, request, page, size));
    }

    private SearchResults ByWords(IndexSearcher searcher, SearchRequest request, int page, int size)
    {
        var typed = queries.Prepare(request.Query, searcher);
        if (typed.Words is BooleanQuery { Clauses.Count: 0 }) return SearchResults.Empty;
        var filter = request.HasFilters || request.PublishedOnly ? new QueryWrapperFilter(Filters(request)) : null;
        var exclusions = typed.Exclusions is { } excluded ? new QueryWrapperFilter(excluded) : null;
        var facets = new FacetCollector();
        Func<AtomicReaderContext, FixedBitSet?>? allowed = filter is null ? null : segment => DocumentsHolding(filter, segment);
        Func<AtomicReaderContext, FixedBitSet?>? dropped = exclusions is null ? null : segment => DocumentsHolding(exclusions, segment);
        List<RankedDocument> ranked;
        int total;
        if (tuning.Candidates > 0 && DocumentLevelQuery.Of(typed.Words) is { } documentLevel)
        {
            // Documents first, through their own entries: the total, the facets and the candidates; then the rest of
            // the query over the candidates' articles only.
            var documents = new DocumentFirstPass(searcher, Math.Max(page * size, tuning.Candidates), tuning.CommonScoredAtMost, request.Sort, facets, allowed, dropped,
                tuning.TwoThreadsWhenAlone && SearchThreads.Alone);
            var candidates = documents.Candidates(documentLevel);
            var collector = new DocumentCollector(page * size, tuning.SecondPassageWeight, request.Sort, null, null, null);
            CandidateScoring.Score(searcher, DocumentLevelQuery.OnPassages(typed.Words), candidates, collector);
            ranked = collector.TopDocuments();
            total = documents.Total;
        }
        else
        {
            var collector = new DocumentCollector(page * size, tuning.SecondPassageWeight, request.Sort, facets, allowed, dropped);
            searcher.Search(typed.Words, collector);
            ranked = collector.TopDocuments();
            total = collector.Total;
        }
        var highlighter = new SnippetHighlighter(request.Query);
        var shown = ranked.Skip((page - 1) * size).ToList();
        if (tuning.ChoosePassageWithinDocument)
        {
            var chosen = new PassageChooser(typed.Words, typed.Intent).Choose(searcher.IndexReader, shown.Select(r => r.Doc).ToList());
            shown = shown.Select((r, i) => chosen[i] >= 0 ? r with { Passage = chosen[i] } : r).ToList();
        }
        var hits = shown.Select(r => Hit(searcher, r, highlighter)).ToList();
        return new SearchResults(total, hits, facets.Result());
    }

    /// <summary>No words: the documents the filters select, newest first (or in index order), with their facets.</summary>
    private static SearchResults ByFilters(IndexSearcher searcher, SearchRequest request, int page, int size)
    {
        var facets = new FacetCollector();
        ITopDocsCollector top = request.Sort == SearchSort.Date
            ? TopFieldCollector.Create(ByDate, page * size, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(page * size, docsScoredInOrder: false);
        searcher.Search(new ConstantScoreQuery(Filters(request)), MultiCollector.Wrap((ICollector)top, facets));
        var found = top.GetTopDocs();
        var highlighter = new SnippetHighlighter(null);
        var hits = found.ScoreDocs.Skip((page - 1) * size)
            .Select(sd => Hit(searcher, new RankedDocument(sd.Doc, float.IsNaN(sd.Score) ? 0f : sd.Score, -1, 0, 0), highlighter))
            .ToList();
        return new SearchResults(found.TotalHits, hits, facets.Result());
    }

    private static readonly Sort ByDate = new(
        new SortField(DocumentFields.IssuedOnDay, SortFieldType.INT32, reverse: true),
        new SortField(DocumentFields.CreatedAt, SortFieldType.INT64, reverse: true));

    private static BooleanQuery Filters(SearchRequest request)
    {
        var filters = new BooleanQuery
        {
            { new TermQuery(new Term(DocumentFields.Entry, DocumentFields.DocumentEntry)), Occur.MUST },
        };
        if (request.PublishedOnly) filters.Add(new TermQuery(new Term(DocumentFields.Visibility, "published")), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(request.Kind))
            filters.Add(new TermQuery(new Term(DocumentFields.KindKey, DocumentSchema.FacetKey(request.Kind))), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(request.Issuer))
            filters.Add(new TermQuery(new Term(DocumentFields.IssuerKey, DocumentSchema.FacetKey(request.Issuer))), Occur.MUST);
        if (request.From is not null || request.To is not null)
            filters.Add(NumericRangeQuery.NewInt32Range(DocumentFields.IssuedOnDay, request.From?.DayNumber, request.To?.DayNumber, true, true), Occur.MUST);
        AddAllWords(filters, DocumentFields.MeetingChair, request.Chair);
        AddAllWords(filters, DocumentFields.MeetingPlace, request.Place);
        return filters;
    }

    /// <summary>Every word of <paramref name="typed"/>, folded, must be in the (folded) field: "hoang van binh" selects "Hoàng Văn Bình".</summary>
    private static void AddAllWords(BooleanQuery filters, string field, string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return;
        var words = VietnameseFolding.Fold(VietnameseNormalizer.Normalize(typed))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .ToList();
        // Nothing usable was typed: the filter cannot match anything rather than silently matching all.
        if (words.Count == 0) words.Add("\u0000");
        foreach (var word in words) filters.Add(new TermQuery(new Term(field, word)), Occur.MUST);
    }

    /// <summary>
    /// The document entries of a segment that hold an entry <paramref name="filter"/> selects: the document entry
    /// itself (filters select document entries) or any of its passages (an excluded word anywhere in it).
    /// </summary>
    private static FixedBitSet DocumentsHolding(Filter filter, AtomicReaderContext segment)
    {
        var bits = new FixedBitSet(Math.Max(1, segment.AtomicReader.MaxDoc));
        var documents = EntryBlocks.DocumentEntries(segment.AtomicReader);
        var docs = filter.GetDocIdSet(segment, segment.AtomicReader.LiveDocs)?.GetIterator();
        if (docs is null) return bits;
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            if (EntryBlocks.DocumentOf(documents, doc) is >= 0 and var owner) bits.Set(owner);
        return bits;
    }

    // The stored fields a hit shows: a document entry's head only when no passage gives the snippet.
    private static readonly ISet<string> DocumentShown = new HashSet<string>
    {
        DocumentFields.Id, DocumentFields.StoredTitle, DocumentFields.FileName, DocumentFields.StoredKind,
        DocumentFields.Number, DocumentFields.IssuedOn, DocumentFields.StoredIssuer,
    };
    private static readonly ISet<string> DocumentShownWithHead = new HashSet<string>(DocumentShown) { DocumentFields.Head };
    private static readonly ISet<string> PassageShown = new HashSet<string>
    {
        DocumentFields.PassageLabel, DocumentFields.PassageHeading, DocumentFields.PassageText, DocumentFields.PassagePage, DocumentFields.PassageAnchor,
    };

    private static SearchHit Hit(IndexSearcher searcher, RankedDocument ranked, SnippetHighlighter highlighter)
    {
        var doc = searcher.Doc(ranked.Doc, ranked.Passage >= 0 ? DocumentShown : DocumentShownWithHead);
        PassageHit? passage = null;
        if (ranked.Passage >= 0)
        {
            var entry = searcher.Doc(ranked.Passage, PassageShown);
            passage = new PassageHit(entry.Get(DocumentFields.PassageLabel), entry.Get(DocumentFields.PassageHeading) ?? "",
                highlighter.Snippet(entry.Get(DocumentFields.PassageText) ?? ""), entry.GetField(DocumentFields.PassagePage)?.GetInt32Value(),
                entry.Get(DocumentFields.PassageAnchor));
        }
        return new SearchHit(
            doc.Get(DocumentFields.Id),
            doc.Get(DocumentFields.StoredTitle),
            doc.Get(DocumentFields.FileName),
            doc.Get(DocumentFields.StoredKind),
            doc.Get(DocumentFields.Number),
            DocumentSchema.IssuedOn(doc),
            doc.Get(DocumentFields.StoredIssuer),
            ranked.Score,
            passage?.Snippet ?? highlighter.Snippet(doc.Get(DocumentFields.Head) ?? ""),
            passage);
    }
}
