using Archive.Indexer.Legal;

namespace Archive.Indexer.Tests.Legal;

public class CitationTokenizerTests
{
    private const string Paragraph = """
        Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện
        dân chủ ở cơ sở; Ủy ban nhân dân xã ban hành Kế hoạch thực hiện dân chủ ở cơ sở năm 2025 – Khối NGÀNH.
        """;

    [Fact]
    public void Each_occurrence_of_a_word_gets_the_forms_it_would_get_alone()
    {
        var text = Paragraph + "\nNGHỊ ĐỊNH nghị định Ð – 12-2024 ; " + Paragraph;

        var tokens = CitationTokenizer.Tokenize(text);

        foreach (var token in tokens.Where(t => t.Type != CitationTokenType.Symbol && t.Type != CitationTokenType.Standard))
        {
            var alone = Assert.Single(CitationTokenizer.Tokenize(text[token.Start..token.End]));
            Assert.Equal((alone.Type, alone.Folded, alone.Lower, alone.Capitalized), (token.Type, token.Folded, token.Lower, token.Capitalized));
        }
        Assert.Contains(tokens, t => t.Folded == "nghi" && t.Lower == "nghị");
        Assert.Contains(tokens, t => t.Folded == "-" && t.Lower == "-"); // the en dash, repaired
    }

    [Fact]
    public void A_long_text_allocates_its_words_forms_once_per_distinct_word_not_once_per_occurrence()
    {
        var text = string.Join("\n", Enumerable.Repeat(Paragraph, 200));
        CitationTokenizer.Tokenize(Paragraph); // first use: the symbol and standard patterns are built

        var before = GC.GetAllocatedBytesForCurrentThread();
        var tokens = CitationTokenizer.Tokenize(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The token list itself (sized for a quarter of the text's characters) and the symbols and standards found beside
        // it come to about twice the list; a substring, a fold and a lower-cased copy per word came to about five times.
        var tokenList = (long)(text.Length / 4) * System.Runtime.CompilerServices.Unsafe.SizeOf<CitationToken>();
        Assert.True(allocated < tokenList * 3, $"{allocated:N0} bytes allocated for {tokens.Count:N0} tokens (the list alone {tokenList:N0})");
    }
}
