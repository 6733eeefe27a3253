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
    private readonly int finalOffset;

    private AnalyzedText(string text)
    {
        using var stream = Exact.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement, type.Type == VietnameseTokenizer.SymbolType));
        stream.End();
        finalOffset = offset.EndOffset;
    }

    public static AnalyzedText Of(string text) => new(text);

    /// <summary>How many syllables (words) the text has: its length as BM25 counts it.</summary>
    public int Syllables => tokens.Count(t => t.PositionIncrement > 0);

    /// <summary>The tokens of <paramref name="field"/>'s view, chosen by its name's suffix as <see cref="VietnameseAnalyzers.PerField"/> does.</summary>
    public TokenStream View(string field) => new Replay(this,
        field.EndsWith(VietnameseAnalyzers.FoldedShinglesSuffix, StringComparison.Ordinal) ? ViewKind.FoldedPairs
        : field.EndsWith(VietnameseAnalyzers.ShinglesSuffix, StringComparison.Ordinal) ? ViewKind.Pairs
        : field.EndsWith(VietnameseAnalyzers.FoldedSuffix, StringComparison.Ordinal) ? ViewKind.Folded
        : ViewKind.Exact);

    private readonly record struct Token(string Term, int Start, int End, int PositionIncrement, bool Symbol);

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
                term.SetEmpty().Append(token.Term);
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
                term.SetEmpty().Append(first.Term).Append(VietnameseAnalyzers.ShingleSeparator).Append(token.Term);
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
