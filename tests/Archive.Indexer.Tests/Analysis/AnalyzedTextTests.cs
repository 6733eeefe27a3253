using Archive.Indexer.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using static Archive.Indexer.Tests.Analysis.TokenStreamAssert;
using Token = Archive.Indexer.Tests.Analysis.TokenStreamAssert.Token;

namespace Archive.Indexer.Tests.Analysis;

public class AnalyzedTextTests
{
    private static readonly string[] Views = ["text", "text.folded", "text.shingles", "text.folded_shingles"];

    [Theory]
    [InlineData("Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023; Ủy ban nhân dân xã thực hiện dân chủ ở cơ sở.")]
    [InlineData("Điều 5. Hoà giải ở cơ sở\nTổ hoà giải thôn Bản Chắt gồm 5 thành viên; kỹ thuật, kĩ năng, quy định, qui định.")]
    [InlineData("Ho\u0061\u0300 giải \u200B cấp uỷ, Ð 851-QĐ/HU")]
    [InlineData("một")]
    [InlineData("")]
    [InlineData(" ,.;\u200B ")]
    public void Every_view_replays_the_tokens_of_its_own_analyzer(string text)
    {
        var analyzed = AnalyzedText.Of(text);
        foreach (var view in Views)
            Assert.Equal(Tokens(VietnameseAnalyzers.PerField(), text, view), Replayed(analyzed.View(view), text));
    }

    [Fact]
    public void Random_text_replays_the_same_tokens_as_the_analyzers()
    {
        var random = new Random(7);
        var analyzer = VietnameseAnalyzers.PerField();
        for (var i = 0; i < 300; i++)
        {
            var text = RandomText(random, random.Next(300));
            var analyzed = AnalyzedText.Of(text);
            foreach (var view in Views)
                Assert.Equal(Tokens(analyzer, text, view), Replayed(analyzed.View(view), text));
        }
    }

    [Fact]
    public void A_view_can_be_read_twice()
    {
        var stream = AnalyzedText.Of("dân chủ cơ sở").View("text.shingles");
        var first = Replayed(stream, "dân chủ cơ sở");
        var second = Replayed(stream, "dân chủ cơ sở");
        Assert.Equal(["dân_chủ", "chủ_cơ", "cơ_sở"], first.Select(t => t.Term));
        Assert.Equal(first, second);
    }

    private static List<Token> Replayed(TokenStream stream, string text)
    {
        var tokens = new List<Token>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
        stream.End();
        Assert.Equal(text.Length, offset.EndOffset);
        return tokens;
    }
}
