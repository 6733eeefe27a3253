using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Indexer.Tests.Analysis;

/// <summary>xUnit stand-in for Lucene's NUnit-only BaseTokenStreamTestCase: terms, offsets, position increments.</summary>
public static class TokenStreamAssert
{
    public record Token(string Term, int Start, int End, int PositionIncrement);

    public static List<Token> Tokens(Analyzer analyzer, string text, string field = "text")
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            Assert.True(offset.StartOffset <= offset.EndOffset, $"start after end for '{term}'");
            Assert.InRange(offset.EndOffset, 0, text.Length);
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
        }
        stream.End();
        Assert.Equal(text.Length, offset.EndOffset); // final offset after End()
        return tokens;
    }

    public static string[] Terms(Analyzer analyzer, string text, string field = "text") =>
        Tokens(analyzer, text, field).Select(t => t.Term).ToArray();

    public static void AssertTerms(Analyzer analyzer, string text, params string[] expected) =>
        Assert.Equal(expected, Terms(analyzer, text));

    public static void AssertTokens(Analyzer analyzer, string text, string[] terms, int[] starts, int[] ends, int[]? increments = null)
    {
        var tokens = Tokens(analyzer, text);
        Assert.Equal(terms, tokens.Select(t => t.Term));
        Assert.Equal(starts, tokens.Select(t => t.Start));
        Assert.Equal(ends, tokens.Select(t => t.End));
        if (increments is not null) Assert.Equal(increments, tokens.Select(t => t.PositionIncrement));
    }

    /// <summary>Random text mixing Vietnamese letters, NFD marks, zero-width characters, symbols and emoji.</summary>
    public static string RandomText(Random random, int length)
    {
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạờớởỡợĐÐ  \u0300\u0301\u0309\u0303\u0323\u200B\u00AD/-.,:;\"'*?\\0123456789\uFEFF";
        var chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        string text = new(chars);
        return random.Next(4) == 0 ? text + "😀 59/2023/NĐ-CP" : text;
    }
}
