using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Indexer.Analysis;

/// <summary>Replaces each term by its accent-less form (<see cref="VietnameseFolding"/>): "dân" → "dan".</summary>
public sealed class VietnameseFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public VietnameseFoldingFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        _term.Length = VietnameseFolding.Fold(_term.Buffer, _term.Length);
        return true;
    }
}
