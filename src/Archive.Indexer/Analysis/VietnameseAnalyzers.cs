using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Shingle;

namespace Archive.Indexer.Analysis;

/// <summary>
/// Field naming shared by the indexer and <see cref="VietnameseQueryBuilder"/>. A text field such as
/// <c>title</c> or <c>text</c> is indexed several times, and the suffix picks the chain:
/// <list type="table">
/// <item><term><c>text</c></term><description><see cref="VietnameseExactAnalyzer"/> (diacritics kept, symbol keys)</description></item>
/// <item><term><c>text.folded</c></term><description><see cref="VietnameseFoldedAnalyzer"/> (accent-less, symbol keys)</description></item>
/// <item><term><c>text.shingles</c></term><description>exact syllable pairs "dân_chủ"</description></item>
/// <item><term><c>text.folded_shingles</c></term><description>folded syllable pairs "dan_chu"</description></item>
/// <item><term><c>symbol</c></term><description><see cref="DocumentSymbolAnalyzer"/> (the document's own số/ký hiệu: key and partial forms)</description></item>
/// </list>
/// </summary>
public static class VietnameseAnalyzers
{
    public const string FoldedSuffix = ".folded";
    public const string ShinglesSuffix = ".shingles";
    public const string FoldedShinglesSuffix = ".folded_shingles";
    public const string SymbolField = "symbol";

    /// <summary>Joins the two syllables of a shingle; never produced by the tokenizer, so no clash with real terms.</summary>
    public const string ShingleSeparator = "_";

    /// <summary>One analyzer for a whole document, choosing the chain by field-name suffix (see the table above).</summary>
    public static Analyzer PerField() => new VietnameseFieldAnalyzer();

    public static string Folded(string field) => field + FoldedSuffix;
    public static string Shingles(string field) => field + ShinglesSuffix;
    public static string FoldedShingles(string field) => field + FoldedShinglesSuffix;

    internal static TokenStream SyllablePairs(TokenStream input)
    {
        var shingles = new ShingleFilter(input, 2, 2);
        shingles.SetOutputUnigrams(false);
        shingles.SetTokenSeparator(ShingleSeparator);
        return shingles;
    }

    private sealed class VietnameseFieldAnalyzer : AnalyzerWrapper
    {
        private readonly Analyzer _exact = new VietnameseExactAnalyzer();
        private readonly Analyzer _folded = new VietnameseFoldedAnalyzer();
        private readonly Analyzer _exactShingles = new VietnameseExactAnalyzer(shingles: true);
        private readonly Analyzer _foldedShingles = new VietnameseFoldedAnalyzer(shingles: true);
        private readonly Analyzer _symbol = new DocumentSymbolAnalyzer();

        public VietnameseFieldAnalyzer() : base(PER_FIELD_REUSE_STRATEGY) { }

        protected override Analyzer GetWrappedAnalyzer(string fieldName) => fieldName switch
        {
            SymbolField => _symbol,
            _ when fieldName.EndsWith(FoldedShinglesSuffix, StringComparison.Ordinal) => _foldedShingles,
            _ when fieldName.EndsWith(ShinglesSuffix, StringComparison.Ordinal) => _exactShingles,
            _ when fieldName.EndsWith(FoldedSuffix, StringComparison.Ordinal) => _folded,
            _ => _exact,
        };
    }
}
