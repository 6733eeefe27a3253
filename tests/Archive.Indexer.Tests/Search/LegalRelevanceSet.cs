using System.Text;
using System.Text.Json;
using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Search/Fixtures/legal-relevance.json indexed twice: through the real pipeline (DocumentSchema into a
/// DocumentIndex on a temp folder) and, as the baseline, as plain Lucene with StandardAnalyzer over title + text.
/// </summary>
public sealed class LegalRelevanceSet : IDisposable
{
    public sealed record Judgement(string Id, string Article);
    /// <summary>A question; <paramref name="Wording"/> "everyday" marks one asked in citizens' words where the law says it otherwise.</summary>
    public sealed record RelevanceQuery(string Query, string? Form, List<Judgement> Relevant, string? Wording = null)
    {
        public string Typed => Form == "nfd" ? Query.Normalize(NormalizationForm.FormD) : Query;
        public bool Accented => VietnameseFolding.HasDiacritics(VietnameseNormalizer.Normalize(Query));
        public bool Everyday => Wording == "everyday";
        public bool IsRelevant(string id) => Relevant.Any(r => r.Id == id);
        public string? ExpectedArticle(string id) => Relevant.FirstOrDefault(r => r.Id == id)?.Article is { Length: > 0 } a ? a : null;
    }
    public sealed record RelevanceDocument(string Id, string Kind, string Number, string Issuer, string IssuedOn, string Title, List<string> Text, string? Form)
    {
        public string Body => Form == "nfd" ? string.Join('\n', Text).Normalize(NormalizationForm.FormD) : string.Join('\n', Text);
    }
    private sealed record FixtureFile(List<RelevanceDocument> Documents, List<RelevanceQuery> Queries);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "archive-relevance", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, DocumentIndex> indexes = [];
    private DirectoryReader? standard;

    public LegalRelevanceSet()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Search", "Fixtures", "legal-relevance.json");
        var file = JsonSerializer.Deserialize<FixtureFile>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Documents = file.Documents;
        Queries = file.Queries;
    }

    public IReadOnlyList<RelevanceDocument> Documents { get; }
    public IReadOnlyList<RelevanceQuery> Queries { get; }

    /// <summary>The archive's own index of the set, built once per similarity name.</summary>
    public DocumentIndex Index(Lucene.Net.Search.Similarities.Similarity? similarity = null)
    {
        var name = similarity?.GetType().Name ?? "schema";
        lock (indexes)
        {
            if (indexes.TryGetValue(name, out var existing)) return existing;
            var index = new DocumentIndex(new Archive.Indexer.Index.IndexOptions { Path = Path.Combine(folder, name) }, VietnameseAnalyzers.PerField(), DocumentSchema.Stamp, similarity);
            var created = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
            foreach (var d in Documents)
            {
                index.Upsert(d.Id, DocumentSchema.ToLucene(new IndexedDocument
                {
                    Id = d.Id, Title = d.Title, FileName = d.Id + ".txt", Kind = d.Kind, Number = d.Number, Issuer = d.Issuer,
                    IssuedOn = DateOnly.Parse(d.IssuedOn, System.Globalization.CultureInfo.InvariantCulture), CreatedAt = created, Text = d.Body,
                }));
            }
            indexes[name] = index;
            return index;
        }
    }

    /// <summary>The baseline: StandardAnalyzer, title and text as two fields, nothing else.</summary>
    public DirectoryReader Standard()
    {
        lock (indexes)
        {
            if (standard is not null) return standard;
            var directory = new RAMDirectory();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
            {
                foreach (var d in Documents)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField("id", d.Id, Field.Store.YES),
                        new TextField("title", d.Title, Field.Store.NO),
                        new TextField("text", d.Body, Field.Store.NO),
                    });
                }
            }
            return standard = DirectoryReader.Open(directory);
        }
    }

    public void Dispose()
    {
        foreach (var index in indexes.Values) index.Dispose();
        standard?.Dispose();
        try { System.IO.Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
