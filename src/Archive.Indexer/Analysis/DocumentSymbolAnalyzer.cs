using Archive.Indexer.Legal;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace Archive.Indexer.Analysis;

/// <summary>
/// For the <see cref="VietnameseAnalyzers.SymbolField"/> field, which holds a document's own "Số, ký hiệu"
/// in whatever spelling it was written ("Số: 59/2023/NĐ-CP", "59 / 2023 / nd-cp"). Chain:
/// <list type="number">
/// <item><see cref="VietnameseCharFilter"/> (NFC, Ð → Đ, zero-width characters removed);</item>
/// <item><see cref="KeywordTokenizer"/>: the whole value as one token;</item>
/// <item><see cref="SymbolFormsFilter"/>: the value parsed by <see cref="DocumentSymbol.TryParse"/> and replaced by its
/// <see cref="SymbolForms"/> (key, number/year, number kind), all at one position; an unparsable value
/// is kept as one lowercase, folded term.</item>
/// </list>
/// </summary>
public sealed class DocumentSymbolAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new VietnameseCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new SymbolFormsFilter(tokenizer));
    }
}
