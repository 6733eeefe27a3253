using Archive.Indexer.Legal;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Indexer.Analysis;

/// <summary>Replaces a whole-value token by the <see cref="SymbolForms"/> of the symbol it spells.</summary>
public sealed class SymbolFormsFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _pending = new();

    public SymbolFormsFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            _term.SetEmpty().Append(_pending.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        string value = _term.ToString();
        if (DocumentSymbol.TryParse(value, out var symbol))
        {
            foreach (var form in SymbolForms.Of(symbol)) _pending.Enqueue(form);
            _term.SetEmpty().Append(_pending.Dequeue());
        }
        else
        {
            string folded = SymbolForms.FoldCode(value.Trim());
            if (folded.Length == 0) return IncrementToken();
            _term.SetEmpty().Append(folded);
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }
}
