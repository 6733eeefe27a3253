using Archive.Indexer.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Archive.Indexer.Search;

/// <summary>Runs a person's query against the <see cref="DocumentIndex"/> and shapes the hits.</summary>
public sealed class DocumentSearch(DocumentIndex index, Analyzer analyzer)
{
    public const int MaxPageSize = 100;
    private const int SnippetFragmentChars = 160;

    public SearchResults Search(SearchRequest request)
    {
        var query = BuildQuery(request.Query);
        if (query is null) return new SearchResults(0, []);
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, MaxPageSize);
        return index.UseSearcher(searcher =>
        {
            var top = searcher.Search(query, page * size);
            var highlighter = new Highlighter(
                new SimpleHTMLFormatter("<mark>", "</mark>"), MinimalHtmlEncoder.Instance, new QueryScorer(query, DocumentFields.Text))
            {
                TextFragmenter = new SimpleFragmenter(SnippetFragmentChars),
            };
            var hits = top.ScoreDocs.Skip((page - 1) * size).Select(sd =>
            {
                var doc = searcher.Doc(sd.Doc);
                return new SearchHit(
                    doc.Get(DocumentFields.Id),
                    doc.Get(DocumentFields.Title),
                    doc.Get(DocumentFields.FileName),
                    doc.Get(DocumentFields.Kind),
                    doc.Get(DocumentFields.Number),
                    DocumentSchema.IssuedOn(doc),
                    sd.Score,
                    Snippet(highlighter, doc.Get(DocumentFields.Text) ?? ""));
            }).ToList();
            return new SearchResults(top.TotalHits, hits);
        });
    }

    /// <summary>Every analyzed term of the query must match (in title or text); null when nothing is searchable.</summary>
    private Query? BuildQuery(string text)
    {
        var terms = Analyze(DocumentFields.Text, text);
        if (terms.Count == 0) return null;
        var query = new BooleanQuery();
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            var either = new BooleanQuery
            {
                { new TermQuery(new Term(DocumentFields.Title, term)) { Boost = 2f }, Occur.SHOULD },
                { new TermQuery(new Term(DocumentFields.Text, term)), Occur.SHOULD },
            };
            query.Add(either, Occur.MUST);
        }
        if (terms.Count > 1)
        {
            var phrase = new PhraseQuery { Slop = 0, Boost = 2f };
            foreach (var term in terms) phrase.Add(new Term(DocumentFields.Text, term));
            query.Add(phrase, Occur.SHOULD);
        }
        return query;
    }

    private List<string> Analyze(string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    private string Snippet(Highlighter highlighter, string text)
    {
        using var stream = analyzer.GetTokenStream(DocumentFields.Text, text);
        var best = highlighter.GetBestFragment(stream, text);
        if (!string.IsNullOrEmpty(best)) return best;
        var head = text.Length <= SnippetFragmentChars ? text : text[..SnippetFragmentChars];
        return MinimalHtmlEncoder.Instance.EncodeText(head);
    }
}
