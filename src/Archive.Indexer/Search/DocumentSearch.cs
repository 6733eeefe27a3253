using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// Runs a person's query against the <see cref="DocumentIndex"/>: documents are matched on their
/// title, text, kind, issuer and number (<see cref="VietnameseQueryBuilder"/>), filtered, counted into
/// facets, and the best of them re-ranked by their best-matching article or section, which each hit
/// names in <see cref="SearchHit.Passage"/>.
/// </summary>
public sealed class DocumentSearch(DocumentIndex index, SearchTuning? tuning = null)
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// How deep anyone may page (page × pageSize), as Elasticsearch's max_result_window: collecting the top
    /// N costs memory in N, so an anonymous "page=5000000" must not be able to allocate gigabytes.
    /// </summary>
    public const int MaxResultWindow = 10_000;

    private const int MaxSnippetSourceChars = 200_000;

    private static readonly ISet<string> IdOnly = new HashSet<string> { DocumentFields.Id };

    private readonly SearchTuning tuning = tuning ?? SearchTuning.Default;
    private readonly VietnameseQueryBuilder documentQueries = new((tuning ?? SearchTuning.Default).DocumentWeights);
    private readonly VietnameseQueryBuilder passageQueries = new((tuning ?? SearchTuning.Default).PassageWeights);

    public SearchResults Search(SearchRequest request)
    {
        var hasWords = !string.IsNullOrWhiteSpace(request.Query);
        if (!hasWords && !request.HasFilters && !request.PublishedOnly) return SearchResults.Empty;
        var words = hasWords ? documentQueries.Build(request.Query) : new MatchAllDocsQuery();
        if (words is BooleanQuery { Clauses.Count: 0 }) return SearchResults.Empty;

        var query = new FilteredQuery(words, new QueryWrapperFilter(Filters(request)));
        var size = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(request.Page, 1, MaxResultWindow / size);
        var byRelevance = request.Sort == SearchSort.Relevance && hasWords;

        return index.UseSearcher(searcher =>
        {
            var depth = Math.Max(page * size, byRelevance ? tuning.RerankDepth : 1);
            var facets = new FacetCollector();
            ITopDocsCollector top = byRelevance
                ? TopScoreDocCollector.Create(depth, docsScoredInOrder: false)
                : TopFieldCollector.Create(ByDate, depth, fillFields: true, trackDocScores: hasWords, trackMaxScore: false, docsScoredInOrder: false);
            searcher.Search(query, MultiCollector.Wrap((ICollector)top, facets));
            var found = top.GetTopDocs();

            var ranked = found.ScoreDocs.Select(sd => (Doc: sd.Doc, Id: searcher.Doc(sd.Doc, IdOnly).Get(DocumentFields.Id), Score: float.IsNaN(sd.Score) ? 0f : sd.Score)).ToList();
            var pageIds = ranked.Skip((page - 1) * size).Take(size).Select(r => r.Id);
            var passages = hasWords
                ? BestPassages(searcher, request.Query!, ranked.Take(tuning.RerankDepth).Select(r => r.Id).Concat(pageIds).ToHashSet())
                : [];
            if (byRelevance)
            {
                var reranked = ranked.Take(tuning.RerankDepth)
                    .Select(r => r with { Score = r.Score + tuning.PassageWeight * (passages.TryGetValue(r.Id, out var p) ? p.Score : 0f) })
                    .OrderByDescending(r => r.Score).ThenBy(r => r.Doc);
                ranked = reranked.Concat(ranked.Skip(tuning.RerankDepth)).ToList();
            }

            var highlighter = new SnippetHighlighter(request.Query);
            var hits = ranked.Skip((page - 1) * size).Take(size)
                .Select(r => Hit(searcher.Doc(r.Doc), r.Score, passages.GetValueOrDefault(r.Id), highlighter))
                .ToList();
            return new SearchResults(found.TotalHits, hits, facets.Result());
        });
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

    private sealed record BestPassage(float Score, string Label, string Heading, string Text, int? Page);

    /// <summary>The best-scoring passage of each of the given documents for the typed words.</summary>
    private Dictionary<string, BestPassage> BestPassages(IndexSearcher searcher, string typed, IReadOnlySet<string> ids)
    {
        var best = new Dictionary<string, BestPassage>(StringComparer.Ordinal);
        var words = passageQueries.Build(typed);
        if (ids.Count == 0 || words is BooleanQuery { Clauses.Count: 0 }) return best;

        var owners = new BooleanQuery();
        foreach (var id in ids) owners.Add(new TermQuery(new Term(DocumentFields.Id, id)), Occur.SHOULD);
        var scope = new BooleanQuery
        {
            { new TermQuery(new Term(DocumentFields.Entry, DocumentFields.PassageEntry)), Occur.MUST },
            { owners, Occur.MUST },
        };
        var top = searcher.Search(new FilteredQuery(words, new QueryWrapperFilter(scope)), ids.Count * 20);
        foreach (var sd in top.ScoreDocs)
        {
            var doc = searcher.Doc(sd.Doc);
            var id = doc.Get(DocumentFields.Id);
            if (best.ContainsKey(id)) continue;
            best[id] = new BestPassage(sd.Score, doc.Get(DocumentFields.PassageLabel), doc.Get(DocumentFields.PassageHeading) ?? "",
                doc.Get(DocumentFields.PassageText) ?? "", doc.GetField(DocumentFields.PassagePage)?.GetInt32Value());
        }
        return best;
    }

    private static SearchHit Hit(Lucene.Net.Documents.Document doc, float score, BestPassage? passage, SnippetHighlighter highlighter)
    {
        var passageHit = passage is null ? null
            : new PassageHit(passage.Label, passage.Heading, highlighter.Snippet(passage.Text), passage.Page);
        var text = doc.Get(DocumentFields.Text) ?? "";
        var snippet = passageHit?.Snippet
            ?? highlighter.Snippet(text.Length > MaxSnippetSourceChars ? text[..MaxSnippetSourceChars] : text);
        return new SearchHit(
            doc.Get(DocumentFields.Id),
            doc.Get(DocumentFields.StoredTitle),
            doc.Get(DocumentFields.FileName),
            doc.Get(DocumentFields.StoredKind),
            doc.Get(DocumentFields.Number),
            DocumentSchema.IssuedOn(doc),
            doc.Get(DocumentFields.StoredIssuer),
            score,
            snippet,
            passageHit);
    }
}
