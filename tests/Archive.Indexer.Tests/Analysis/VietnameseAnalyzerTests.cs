using System.Text;
using Archive.Indexer.Analysis;
using static Archive.Indexer.Tests.Analysis.TokenStreamAssert;

namespace Archive.Indexer.Tests.Analysis;

public class VietnameseAnalyzerTests
{
    private readonly VietnameseExactAnalyzer _exact = new();
    private readonly VietnameseFoldedAnalyzer _folded = new();

    [Fact]
    public void Syllables_stay_whole_with_their_offsets() =>
        AssertTokens(_exact, "Nghị định số 5",
            ["nghị", "định", "số", "5"], [0, 5, 10, 13], [4, 9, 12, 14], [1, 1, 1, 1]);

    [Fact]
    public void Offsets_of_decomposed_text_point_into_the_original()
    {
        string nfd = "dân chủ".Normalize(NormalizationForm.FormD); // "dần" is 5 chars, "chủ" 4
        var tokens = Tokens(_exact, nfd);
        Assert.Equal(["dân", "chủ"], tokens.Select(t => t.Term));
        Assert.Equal(nfd.IndexOf('c'), tokens[1].Start);
        Assert.Equal(nfd.Length, tokens[1].End);
        Assert.Equal(nfd.IndexOf(' '), tokens[0].End);
    }

    [Fact]
    public void Offsets_skip_removed_zero_width_characters()
    {
        const string text = "\u200Bcấp\u00AD ủy";
        var tokens = Tokens(_exact, text);
        Assert.Equal(["cấp", "ủy"], tokens.Select(t => t.Term));
        Assert.Equal(1, tokens[0].Start);
        Assert.Equal(text.Length - 2, tokens[1].Start);
    }

    [Theory]
    [InlineData("cấp uỷ, hoà giải, khoẻ", "cấp ủy, hòa giải, khỏe")]
    [InlineData("CẤP UỶ", "cấp ủy")]
    public void Old_and_new_tone_placement_give_the_same_terms(string oldStyle, string newStyle) =>
        Assert.Equal(Terms(_exact, newStyle), Terms(_exact, oldStyle));

    [Fact]
    public void Folded_terms_drop_diacritics() =>
        AssertTerms(_folded, "Dân chủ ở cơ sở, Đình Lập", "dan", "chu", "o", "co", "so", "dinh", "lap");

    [Theory]
    [InlineData("theo Nghị định số 59/2023/NĐ-CP ngày 14/8/2023")]
    [InlineData("theo Nghị định số 59 / 2023 / NĐ - CP ngày 14/8/2023")]
    [InlineData("theo Nghị định số 59/2023/NÐ-CP ngày 14/8/2023")]
    [InlineData("theo Nghị định số 59/2023/ND-CP ngày 14/8/2023")]
    [InlineData("theo Nghị định số 59/2023/nđ-cp ngày 14/8/2023")]
    public void Every_spelling_of_a_symbol_yields_one_canonical_term_besides_its_parts(string text)
    {
        var tokens = Tokens(_folded, text);
        var symbol = Assert.Single(tokens, t => t.Term == "59/2023/nd-cp");
        Assert.Equal(0, symbol.PositionIncrement);
        Assert.Equal(text.IndexOf("59", StringComparison.Ordinal), symbol.Start);
        Assert.Equal(text.IndexOf(" ngày", StringComparison.Ordinal), symbol.End);
        Assert.Contains(tokens, t => t.Term == "nd");
        Assert.Contains(tokens, t => t.Term == "cp");
        Assert.Contains(tokens, t => t.Term == "2023");
    }

    [Theory]
    [InlineData("Kế hoạch số 32/KH-UBND", "32/kh-ubnd")]
    [InlineData("Quyết định số 851-QĐ/HU", "851-qd/hu")]
    [InlineData("Luật số 10/2022/QH15", "10/2022/qh15")]
    public void Administrative_party_and_law_symbols_get_their_key(string text, string key) =>
        Assert.Contains(key, Terms(_exact, text));

    [Fact]
    public void Shingles_pair_adjacent_syllables()
    {
        AssertTerms(new VietnameseExactAnalyzer(shingles: true), "dân chủ cơ sở", "dân_chủ", "chủ_cơ", "cơ_sở");
        AssertTerms(new VietnameseFoldedAnalyzer(shingles: true), "Dân chủ cơ sở", "dan_chu", "chu_co", "co_so");
    }

    [Theory]
    [InlineData("Số: 59/2023/NĐ-CP", new[] { "59/2023/nd-cp", "59/2023", "59 nd" })]
    [InlineData("08/2024/NQ-HĐND", new[] { "8/2024/nq-hdnd", "8/2024", "8 nq" })]
    [InlineData("851-QĐ/HU", new[] { "851-qd/hu", "851 qd" })]
    [InlineData("bản nháp", new[] { "ban nhap" })]
    public void The_symbol_field_holds_the_key_and_partial_forms(string value, string[] expected) =>
        Assert.Equal(expected, Terms(new DocumentSymbolAnalyzer(), value, VietnameseAnalyzers.SymbolField));

    [Fact]
    public void The_per_field_analyzer_routes_by_suffix()
    {
        var analyzer = VietnameseAnalyzers.PerField();
        Assert.Equal(["bàn", "bạc"], Terms(analyzer, "Bàn bạc", "text"));
        Assert.Equal(["ban", "bac"], Terms(analyzer, "Bàn bạc", "title.folded"));
        Assert.Equal(["bàn_bạc"], Terms(analyzer, "Bàn bạc", "text.shingles"));
        Assert.Equal(["ban_bac"], Terms(analyzer, "Bàn bạc", "text.folded_shingles"));
        Assert.Equal(["32/kh-ubnd", "32 kh"], Terms(analyzer, "32/KH-UBND", "symbol"));
    }

    [Fact]
    public void Empty_input_gives_no_tokens()
    {
        Assert.Empty(Terms(_exact, ""));
        Assert.Empty(Terms(_folded, "  ,.\u200B "));
        Assert.Empty(Terms(new VietnameseFoldedAnalyzer(shingles: true), ""));
        Assert.Empty(Terms(new DocumentSymbolAnalyzer(), "", "symbol"));
    }

    [Fact]
    public void Random_input_gives_well_formed_tokens_in_every_chain()
    {
        var random = new Random(42);
        var analyzers = new Lucene.Net.Analysis.Analyzer[]
        {
            _exact, _folded, new VietnameseExactAnalyzer(true), new VietnameseFoldedAnalyzer(true), new DocumentSymbolAnalyzer(),
        };
        for (int i = 0; i < 200; i++)
        {
            string text = RandomText(random, random.Next(200));
            foreach (var analyzer in analyzers)
                Assert.All(Tokens(analyzer, text), t => Assert.NotEmpty(t.Term));
        }
    }

    [Fact]
    public void A_long_text_crossing_the_read_chunks_keeps_its_offsets()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 3000; i++) text.Append("ho\u0061\u0300 giải ");
        string s = text.ToString();
        var tokens = Tokens(_exact, s);
        Assert.Equal(6000, tokens.Count);
        var last = tokens[^1];
        Assert.Equal("giải", last.Term);
        Assert.Equal("giải", s[last.Start..last.End]);
        Assert.All(tokens.Where(t => t.Term == "hòa"), t => Assert.Equal("hoa\u0300", s[t.Start..t.End]));
    }
}
