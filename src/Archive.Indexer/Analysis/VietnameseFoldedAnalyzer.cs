using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Shingle;

namespace Archive.Indexer.Analysis;

/// <summary>
/// Vietnamese as typed without diacritics ("dan chu co so"). Chain:
/// <list type="number">
/// <item><see cref="VietnameseCharFilter"/>: NFC, lowercase, Ð → Đ, zero-width characters removed, one tone placement;</item>
/// <item><see cref="VietnameseTokenizer"/>: syllables, plus one canonical key token per document symbol (unless shingled);</item>
/// <item><see cref="VietnameseFoldingFilter"/>: tones and vowel marks removed, đ → d, lone y → i (kỹ/kĩ → ki);</item>
/// <item>with <c>shingles: true</c>, Lucene's <see cref="ShingleFilter"/>: only pairs of adjacent folded syllables
/// joined by <see cref="VietnameseAnalyzers.ShingleSeparator"/> ("dan_chu", "chu_co", "co_so").</item>
/// </list>
/// </summary>
public sealed class VietnameseFoldedAnalyzer : Analyzer
{
    private readonly bool _shingles;

    public VietnameseFoldedAnalyzer(bool shingles = false) => _shingles = shingles;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new VietnameseCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new VietnameseTokenizer(reader, emitSymbols: !_shingles);
        TokenStream stream = new VietnameseFoldingFilter(tokenizer);
        if (_shingles) stream = VietnameseAnalyzers.SyllablePairs(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
