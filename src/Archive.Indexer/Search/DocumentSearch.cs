using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Queries;
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
        using var running = SearchHalves.Enter();
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
        var allowed = filter is null ? null : OncePerSegment(segment => DocumentsHolding(filter, segment));
        var dropped = exclusions is null ? null : OncePerSegment(segment => DocumentsHolding(exclusions, segment));
        List<RankedDocument> ranked;
        int total;
        if (tuning.Candidates > 0 && DocumentLevelQuery.Of(typed.Words) is { } documentLevel)
        {
            // Documents first, through their own entries: the total, the facets and the candidates; then the rest of
            // the query over the candidates' articles only (its weight built meanwhile: the term statistics of every
            // passage clause).
            var documents = new DocumentFirstPass(searcher, Math.Max(page * size, tuning.Candidates), tuning.CommonScoredAtMost, request.Sort, facets, allowed, dropped);
            Weight? passages = null;
            var candidates = documents.Candidates(documentLevel,
                // The common words read at each article the rarer ones match (WordSum), not advanced to it through heaps.
                () => passages = DocumentLevelQuery.OnPassages(typed.Words) is { } onPassages ? WordSum.WeightOf(onPassages, searcher, columns: false) : null,
                tuning.SplitAcrossThreads);
            ranked = ScoreCandidates(searcher, passages, candidates, page * size, request.Sort);
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
        var chooser = tuning.ChoosePassageWithinDocument ? new PassageChooser(typed.Words, typed.Intent) : null;
        var hits = new SearchHit[shown.Count];
        // Each shown hit's article, stored fields and snippet: in two halves side by side when a core is free.
        void Show(int from, int to)
        {
            var part = shown.GetRange(from, to - from);
            var chosen = chooser?.Choose(searcher.IndexReader, part.Select(r => r.Doc).ToList());
            for (var i = 0; i < part.Count; i++)
                hits[from + i] = Hit(searcher, chosen is not null && chosen[i] >= 0 ? part[i] with { Passage = chosen[i] } : part[i], highlighter);
        }
        if (Splits(shown.Count)) SearchHalves.Run(true, () => Show(0, shown.Count / 2), () => Show(shown.Count / 2, shown.Count));
        else Show(0, shown.Count);
        return new SearchResults(total, hits, facets.Result());
    }

    private bool Splits(int items) => tuning.SplitAcrossThreads && items > 1 && SearchHalves.SecondThreadFree;

    /// <summary>
    /// The candidates ranked by their own entry plus their best passages (<see cref="CandidateScoring"/>), the best
    /// <paramref name="depth"/> of them best first. With a core free, the candidates are scored in two halves of about
    /// as many entries each, side by side, and their best merged: the ranking is the same, as every document's score
    /// is its own.
    /// </summary>
    private List<RankedDocument> ScoreCandidates(IndexSearcher searcher, Weight? passages, List<RankedDocument> candidates, int depth, SearchSort sort)
    {
        var ordered = candidates.OrderBy(d => d.Doc).ToList();
        var first = new DocumentCollector(depth, tuning.SecondPassageWeight, sort, null, null, null);
        if (passages is null || !Splits(ordered.Count))
        {
            CandidateScoring.Score(searcher, passages, ordered, first);
            return first.TopDocuments();
        }
        var middle = EntriesMiddle(searcher.IndexReader, ordered);
        var second = new DocumentCollector(depth, tuning.SecondPassageWeight, sort, null, null, null);
        SearchHalves.Run(true,
            () => CandidateScoring.Score(searcher, passages, ordered.Take(middle), first),
            () => CandidateScoring.Score(searcher, passages, ordered.Skip(middle), second));
        return first.TopDocuments().Concat(second.TopDocuments()).OrderDescending(RankedDocument.WorstFirst(sort)).Take(depth).ToList();
    }

    /// <summary>Where to cut documents (in entry order) so each side holds about half of their entries (a law has hundreds of articles, a plan a few).</summary>
    private static int EntriesMiddle(IndexReader reader, List<RankedDocument> ordered)
    {
        var entries = new int[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var leaf = reader.Leaves[ReaderUtil.SubIndex(ordered[i].Doc, reader.Leaves)];
            var end = ordered[i].Doc - leaf.DocBase;
            entries[i] = end + 1 - EntryBlocks.FirstOf(EntryBlocks.DocumentEntries(leaf.AtomicReader), end);
        }
        var half = entries.Sum() / 2;
        var middle = 0;
        for (var sum = 0; middle < entries.Length - 1 && sum + entries[middle] <= half; middle++) sum += entries[middle];
        return Math.Max(1, middle);
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
        // No ids select nothing: an empty BooleanQuery a document must match matches none.
        if (request.Ids is { } ids)
            filters.Add(ids.Count == 0 ? new BooleanQuery() : new ConstantScoreQuery(new TermsFilter(DocumentFields.Id, ids.Select(id => new BytesRef(id)).ToList())), Occur.MUST);
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

    /// <summary>A segment's documents computed once a search, though both halves of a split first pass ask for them.</summary>
    private static Func<AtomicReaderContext, FixedBitSet?> OncePerSegment(Func<AtomicReaderContext, FixedBitSet> make)
    {
        var made = new System.Collections.Concurrent.ConcurrentDictionary<int, Lazy<FixedBitSet>>();
        return segment => made.GetOrAdd(segment.Ord, _ => new Lazy<FixedBitSet>(() => make(segment))).Value;
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

    // The stored fields a hit shows of its passage (its document's: DocumentHeads).
    private static readonly ISet<string> PassageShown = new HashSet<string>
    {
        DocumentFields.PassageLabel, DocumentFields.PassageHeading, DocumentFields.PassageText, DocumentFields.PassagePage, DocumentFields.PassageAnchor,
    };

    private static SearchHit Hit(IndexSearcher searcher, RankedDocument ranked, SnippetHighlighter highlighter)
    {
        var doc = DocumentHeads.Of(searcher.IndexReader, ranked.Doc);
        PassageHit? passage = null;
        if (ranked.Passage >= 0)
        {
            var entry = searcher.Doc(ranked.Passage, PassageShown);
            passage = new PassageHit(entry.Get(DocumentFields.PassageLabel), entry.Get(DocumentFields.PassageHeading) ?? "",
                highlighter.Snippet(entry.Get(DocumentFields.PassageText) ?? ""), entry.GetField(DocumentFields.PassagePage)?.GetInt32Value(),
                entry.Get(DocumentFields.PassageAnchor));
        }
        return new SearchHit(doc.Id, doc.Title, doc.FileName, doc.Kind, doc.Number, doc.IssuedOn, doc.Issuer, ranked.Score,
            passage?.Snippet ?? highlighter.Snippet(doc.Head), passage);
    }
}
