using Archive.Api.Citations;
using Archive.Indexer.Legal;

namespace Archive.Api.Tests.Citations;

/// <summary>The parts of a document its citations name, written back once each as a Vietnamese text writes them.</summary>
public sealed class CitedPartsTests
{
    private static string? PartsOf(string text, string symbol) =>
        CitedParts.Describe(new CitationExtractor().Extract(text).Where(c => c.Symbol == symbol));

    [Theory]
    [InlineData("Căn cứ khoản 1, 2 Điều 15 và Điều 16 Nghị định số 12/2027/NĐ-CP ngày 02/02/2027 của Chính phủ;", "12/2027/NĐ-CP", "khoản 1, 2 Điều 15, Điều 16")]
    [InlineData("Theo điểm a, điểm b khoản 1 và khoản 3 Điều 3 Thông tư số 05/2027/TT-BTC về phí chợ.", "05/2027/TT-BTC", "điểm a, b khoản 1, khoản 3 Điều 3")]
    [InlineData("Thực hiện Điều 7 Quyết định số 45/2027/QĐ-UBND; kinh phí theo khoản 2 Điều 7 Quyết định số 45/2027/QĐ-UBND.", "45/2027/QĐ-UBND", "Điều 7")]
    [InlineData("Căn cứ Nghị định số 12/2027/NĐ-CP ngày 02/02/2027 của Chính phủ về chợ nông thôn;", "12/2027/NĐ-CP", null)]
    public void Each_part_is_named_once_clauses_and_points_together_and_a_whole_article_covers_its_clauses(string text, string symbol, string? expected) =>
        Assert.Equal(expected, PartsOf(text, symbol));

    [Fact]
    public void Nothing_cited_names_no_part() => Assert.Null(CitedParts.Describe([]));
}
