using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Indexer.Analysis;

/// <summary>
/// A text run once through <see cref="VietnameseExactAnalyzer"/> (normalization, syllables, symbol keys) and
/// replayed into each view of a text field (<see cref="VietnameseAnalyzers"/>: exact, folded, pairs, folded pairs)
/// with the very tokens those views' own analyzers produce. Indexing thus reads, normalizes and tokenizes each
/// text once instead of once per view; the query side and the highlighter keep using the analyzers.
/// </summary>
public sealed class AnalyzedText
{
    private static readonly Analyzer Exact = new VietnameseExactAnalyzer();

    private readonly List<Token> tokens = [];
    // Every token's characters one after another (a token points at its stretch) rather than a string per token.
    private char[] chars;
    private int charCount;
    private readonly int finalOffset;

    private AnalyzedText(string text)
    {
        chars = new char[Math.Max(16, text.Length)];
        using var stream = Exact.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new Token(Keep(term.Buffer, term.Length), term.Length, offset.StartOffset, offset.EndOffset, position.PositionIncrement,
                type.Type == VietnameseTokenizer.SymbolType));
        stream.End();
        finalOffset = offset.EndOffset;
    }

    public static AnalyzedText Of(string text) => new(text);

    /// <summary>Copies a token's characters after the previous ones; returns where they start.</summary>
    private int Keep(char[] buffer, int length)
    {
        if (charCount + length > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, charCount + length));
        Array.Copy(buffer, 0, chars, charCount, length);
        var start = charCount;
        charCount += length;
        return start;
    }

    /// <summary>Appends <paramref name="token"/>'s characters to <paramref name="term"/>.</summary>
    private ICharTermAttribute AppendTerm(ICharTermAttribute term, in Token token) => term.Append(chars, token.TermStart, token.TermLength);

    /// <summary>How many syllables (words) the text has: its length as BM25 counts it.</summary>
    public int Syllables => tokens.Count(t => t.PositionIncrement > 0);

    /// <summary>The tokens of <paramref name="field"/>'s view, chosen by its name's suffix as <see cref="VietnameseAnalyzers.PerField"/> does.</summary>
    public TokenStream View(string field) => new Replay(this,
        field.EndsWith(VietnameseAnalyzers.FoldedShinglesSuffix, StringComparison.Ordinal) ? ViewKind.FoldedPairs
        : field.EndsWith(VietnameseAnalyzers.ShinglesSuffix, StringComparison.Ordinal) ? ViewKind.Pairs
        : field.EndsWith(VietnameseAnalyzers.FoldedSuffix, StringComparison.Ordinal) ? ViewKind.Folded
        : ViewKind.Exact);

    private readonly record struct Token(int TermStart, int TermLength, int Start, int End, int PositionIncrement, bool Symbol);

    private enum ViewKind { Exact, Folded, Pairs, FoldedPairs }

    private sealed class Replay : TokenStream
    {
        private readonly AnalyzedText source;
        private readonly ViewKind kind;
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offset;
        private readonly IPositionIncrementAttribute position;
        private int next;
        private int previous = -1; // pairs: the syllable before the next one

        public Replay(AnalyzedText source, ViewKind kind)
        {
            this.source = source;
            this.kind = kind;
            term = AddAttribute<ICharTermAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
            position = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            var all = source.tokens;
            if (kind is ViewKind.Exact or ViewKind.Folded)
            {
                if (next >= all.Count) return false;
                var token = all[next++];
                source.AppendTerm(term.SetEmpty(), token);
                if (kind == ViewKind.Folded) term.Length = VietnameseFolding.Fold(term.Buffer, term.Length);
                offset.SetOffset(token.Start, token.End);
                position.PositionIncrement = token.PositionIncrement;
                return true;
            }
            // Pairs of adjacent syllables, as ShingleFilter(2, 2) without unigrams over the chain without symbol keys.
            while (next < all.Count)
            {
                var token = all[next++];
                if (token.Symbol) continue;
                if (previous < 0) { previous = next - 1; continue; }
                var first = all[previous];
                previous = next - 1;
                source.AppendTerm(source.AppendTerm(term.SetEmpty(), first).Append(VietnameseAnalyzers.ShingleSeparator), token);
                if (kind == ViewKind.FoldedPairs) term.Length = VietnameseFolding.Fold(term.Buffer, term.Length);
                offset.SetOffset(first.Start, token.End);
                position.PositionIncrement = 1;
                return true;
            }
            return false;
        }

        public override void End()
        {
            base.End();
            offset.SetOffset(source.finalOffset, source.finalOffset);
        }

        public override void Reset()
        {
            base.Reset();
            next = 0;
            previous = -1;
        }
    }
}
