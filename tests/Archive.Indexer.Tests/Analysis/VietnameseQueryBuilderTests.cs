using Archive.Indexer.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Indexer.Tests.Analysis;

public class VietnameseQueryBuilderTests
{
    private readonly VietnameseQueryBuilder _builder = new();

    private static IndexSearcher Index(params (string Id, string Text, string Symbol)[] docs)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, VietnameseAnalyzers.PerField())))
        {
            foreach (var (id, text, symbol) in docs)
            {
                var doc = new Document { new StringField("id", id, Field.Store.YES), new TextField("symbol", symbol, Field.Store.NO) };
                foreach (var field in new[] { "text", VietnameseAnalyzers.Folded("text"), VietnameseAnalyzers.Shingles("text"), VietnameseAnalyzers.FoldedShingles("text") })
                    doc.Add(new TextField(field, text, Field.Store.NO));
                writer.AddDocument(doc);
            }
        }
        return new IndexSearcher(DirectoryReader.Open(directory));
    }

    private List<string> Search(IndexSearcher searcher, string typed) =>
        searcher.Search(_builder.Build(typed), 10).ScoreDocs.Select(h => searcher.Doc(h.Doc).Get("id")).ToList();

    [Fact]
    public void A_word_typed_with_diacritics_prefers_the_exact_spelling()
    {
        var searcher = Index(("ban", "thành lập ban", ""), ("bàn", "mua bàn mới", ""), ("bán", "bán đất", ""));
        Assert.Equal("bàn", Search(searcher, "bàn")[0]);
        Assert.Equal(3, Search(searcher, "ban").Count);
    }

    [Fact]
    public void Adjacent_words_outrank_scattered_ones()
    {
        var searcher = Index(("scattered", "chủ tịch nói với người dân về cơ sở", ""), ("phrase", "thực hiện dân chủ ở cơ sở", ""));
        Assert.Equal("phrase", Search(searcher, "dân chủ")[0]);
        Assert.Equal("phrase", Search(searcher, "dan chu")[0]);
    }

    [Theory]
    [InlineData("làm sổ đỏ")]
    [InlineData("lam so do")]
    public void Everyday_words_find_the_text_that_uses_the_legal_wording(string typed)
    {
        var searcher = Index(
            ("gcn", "cấp giấy chứng nhận quyền sử dụng đất lần đầu", ""),
            ("khac", "giấy chứng nhận kết hôn, quyền nuôi con", ""));
        Assert.Equal(["gcn"], Search(searcher, typed));
        Assert.Empty(searcher.Search(new VietnameseQueryBuilder(QueryFieldWeights.Default with { SynonymFactor = 0 }).Build(typed), 10).ScoreDocs);
    }

    [Fact]
    public void A_text_with_the_typed_words_outranks_one_with_only_their_legal_wording()
    {
        var searcher = Index(
            ("luat", "điều kiện đăng ký kết hôn theo pháp luật", ""),
            ("hoi-dap", "hỏi đáp: bao nhiêu tuổi thì được lấy vợ", ""));
        Assert.Equal(["hoi-dap", "luat"], Search(searcher, "lấy vợ"));
    }

    [Fact]
    public void Quoted_phrases_are_required_and_minus_excludes()
    {
        var searcher = Index(("a", "hòa giải ở cơ sở", ""), ("b", "giải quyết hòa bình", ""), ("c", "hòa giải viên thôn", ""));
        Assert.Equal(["a", "c"], Search(searcher, "\"hòa giải\"").Order());
        Assert.Equal(["a"], Search(searcher, "\"hoa giai\" -thôn"));
        Assert.Equal(["a", "b", "c"], Search(searcher, "hòa OR bình").Order());
    }

    [Theory]
    [InlineData("59/2023/ND-CP")]
    [InlineData("nd 59/2023")]
    [InlineData("NĐ59")]
    [InlineData("nghị định 59")]
    [InlineData("nghi dinh so 59")]
    [InlineData("59/2023")]
    public void A_symbol_typed_in_any_form_finds_its_document_first(string typed)
    {
        var searcher = Index(("other", "Nghị định 30/2020/NĐ-CP về công tác văn thư, 59 trang", "30/2020/NĐ-CP"),
            ("citing", "thực hiện theo quy định", "12/UBND-VP"), ("target", "quy định chi tiết Luật dân chủ", "59/2023/NĐ-CP"));
        Assert.Equal("target", Search(searcher, typed)[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\"dân chủ")]
    [InlineData("*:?\\ AND OR NOT ( ) [ ] { } ~ ^ !")]
    [InlineData("😀😀 🏛")]
    [InlineData("-")]
    [InlineData("-dân")]
    [InlineData("title:\"x")]
    public void Odd_input_gives_a_valid_query(string typed)
    {
        var searcher = Index(("a", "dân chủ", ""));
        var hits = searcher.Search(_builder.Build(typed), 10);
        Assert.True(hits.TotalHits <= 1);
    }

    [Fact]
    public void Only_exclusions_or_punctuation_give_an_empty_query()
    {
        Assert.Empty(((BooleanQuery)_builder.Build("-dân -chủ")).Clauses);
        Assert.Empty(((BooleanQuery)_builder.Build(".,;:!?")).Clauses);
    }

    [Fact]
    public void Very_long_and_random_input_never_throws()
    {
        var searcher = Index(("a", "dân chủ", ""));
        var random = new Random(3);
        searcher.Search(_builder.Build(string.Concat(Enumerable.Repeat("dân chủ \"cơ sở -hoà ", 400))), 10);
        for (int i = 0; i < 300; i++)
            searcher.Search(_builder.Build(TokenStreamAssert.RandomText(random, random.Next(5000))), 10);
    }
}
