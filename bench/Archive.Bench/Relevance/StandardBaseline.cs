using Archive.Indexer.Structure;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Bench.Relevance;

/// <summary>
/// The plain-Lucene baseline: StandardAnalyzer (optionally followed by ASCIIFoldingFilter), default similarity,
/// each document's title and uploaded text as two fields, the question escaped and parsed over both. It names
/// as passage the article (same <see cref="PassageSplitter"/>) of the top document that scores best, so
/// best-article@1 compares like with like.
/// </summary>
public sealed class StandardBaseline : IRetrievalSystem
{
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly QueryParser documents;
    private readonly QueryParser passages;

    public StandardBaseline(LegalCorpus corpus, bool folding)
    {
        Name = folding ? "StandardAnalyzer+ASCIIFolding" : "StandardAnalyzer";
        Analyzer analyzer = folding ? new FoldingStandardAnalyzer() : new StandardAnalyzer(LuceneVersion.LUCENE_48);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            foreach (var d in corpus.Documents)
            {
                var text = LegalCorpus.UploadedText(d);
                writer.AddDocument(new Document
                {
                    new StringField("id", d.Id, Field.Store.YES),
                    new StringField("entry", "document", Field.Store.NO),
                    new TextField("title", d.Title ?? "", Field.Store.NO),
                    new TextField("text", text, Field.Store.NO),
                });
                foreach (var p in PassageSplitter.Split(text))
                {
                    writer.AddDocument(new Document
                    {
                        new StringField("id", d.Id, Field.Store.YES),
                        new StringField("entry", "passage", Field.Store.NO),
                        new StoredField("label", p.Label),
                        new TextField("ptext", p.Text, Field.Store.NO),
                    });
                }
            }
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
        documents = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ["title", "text"], analyzer);
        passages = new QueryParser(LuceneVersion.LUCENE_48, "ptext", analyzer);
    }

    public string Name { get; }

    public IReadOnlyList<RankedDocument> Search(string question)
    {
        var words = Parse(documents, question);
        if (words is null) return [];
        var top = searcher.Search(new FilteredQuery(words, Entry("document")), 10).ScoreDocs
            .Select(sd => searcher.Doc(sd.Doc).Get("id")).ToList();
        if (top.Count == 0) return [];
        string? label = null;
        if (Parse(passages, question) is { } inPassages)
        {
            var scope = new BooleanQuery { { new TermQuery(new Term("entry", "passage")), Occur.MUST }, { new TermQuery(new Term("id", top[0])), Occur.MUST } };
            var best = searcher.Search(new FilteredQuery(inPassages, new QueryWrapperFilter(scope)), 1).ScoreDocs;
            if (best.Length > 0) label = searcher.Doc(best[0].Doc).Get("label");
        }
        return top.Select((id, i) => new RankedDocument(id, i == 0 ? label : null)).ToList();
    }

    private static Filter Entry(string kind) => new QueryWrapperFilter(new TermQuery(new Term("entry", kind)));

    private static Query? Parse(QueryParser parser, string question)
    {
        try { return parser.Parse(QueryParserBase.Escape(question)); }
        catch (ParseException) { return null; }
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    /// <summary>StandardAnalyzer's chain with ASCIIFoldingFilter at the end: "dân" and "dan" meet as "dan".</summary>
    private sealed class FoldingStandardAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new StandardFilter(LuceneVersion.LUCENE_48, tokenizer);
            stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
            stream = new StopFilter(LuceneVersion.LUCENE_48, stream, StandardAnalyzer.STOP_WORDS_SET);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
