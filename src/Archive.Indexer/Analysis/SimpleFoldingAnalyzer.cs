using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Archive.Indexer.Analysis;

/// <summary>
/// The first, deliberately simple analyzer: StandardTokenizer → ICUFoldingFilter (NFKC, case
/// folding, diacritics removed, đ→d). It makes "dan chu co so" find "dân chủ cơ sở" and NFD input
/// find NFC text; the full Vietnamese chain replaces it.
/// </summary>
public sealed class SimpleFoldingAnalyzer : Analyzer
{
    /// <summary>Bumped on any change to the chain; the index is rebuilt from the store when it changes.</summary>
    public const int Version = 1;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader) { MaxTokenLength = 255 };
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
    }
}
