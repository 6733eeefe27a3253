using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Shingle;

namespace Archive.Indexer.Analysis;

/// <summary>
/// Vietnamese with its diacritics kept. Chain:
/// <list type="number">
/// <item><see cref="VietnameseCharFilter"/>: NFC, lowercase, Ð → Đ, zero-width characters removed, one tone placement (hoà → hòa);</item>
/// <item><see cref="VietnameseTokenizer"/>: syllables, plus one canonical key token per document symbol (unless shingled);</item>
/// <item>with <c>shingles: true</c>, Lucene's <see cref="ShingleFilter"/>: only pairs of adjacent syllables joined by
/// <see cref="VietnameseAnalyzers.ShingleSeparator"/> ("dân_chủ", "chủ_cơ", "cơ_sở").</item>
/// </list>
/// </summary>
public sealed class VietnameseExactAnalyzer : Analyzer
{
    private readonly bool _shingles;

    public VietnameseExactAnalyzer(bool shingles = false) => _shingles = shingles;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new VietnameseCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new VietnameseTokenizer(reader, emitSymbols: !_shingles);
        TokenStream stream = tokenizer;
        if (_shingles) stream = VietnameseAnalyzers.SyllablePairs(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
