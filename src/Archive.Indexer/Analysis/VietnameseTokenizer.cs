using Archive.Indexer.Legal;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Indexer.Analysis;

/// <summary>
/// Splits Vietnamese text into lowercase syllables: maximal runs of letters and digits, so "Nghị định" gives
/// "nghị", "định" and "59/2023/NĐ-CP" gives "59", "2023", "nđ", "cp". Optionally stacks, at the position
/// of a document symbol's first part, one extra token holding the symbol's canonical key (type
/// <see cref="SymbolType"/>), so every spelling of a symbol meets in one term.
/// </summary>
/// <remarks>
/// Expects text already normalized by <see cref="VietnameseCharFilter"/>, case kept: in running text a
/// code like <c>15/CP</c> is only a symbol when written in capitals. Reads the whole field, because
/// symbols are recognized on the text (separators included), not on the syllables.
/// </remarks>
public sealed class VietnameseTokenizer : Tokenizer
{
    public const string SyllableType = "<SYLLABLE>";
    public const string NumberType = "<NUM>";
    public const string SymbolType = "<SYMBOL>";
    private const int MaxTokenLength = 255;

    private readonly bool _emitSymbols;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;

    private string _text = "";
    private int _cursor;
    private List<SymbolSpan> _symbols = [];
    private int _nextSymbol;
    private readonly Queue<SymbolSpan> _stacked = new();
    private int _finalOffset;

    public VietnameseTokenizer(TextReader input, bool emitSymbols) : base(input)
    {
        _emitSymbols = emitSymbols;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_stacked.Count > 0)
        {
            var symbol = _stacked.Dequeue();
            _term.SetEmpty().Append(symbol.Key);
            _offset.SetOffset(CorrectOffset(symbol.Start), CorrectOffset(symbol.End));
            _position.PositionIncrement = 0;
            _type.Type = SymbolType;
            return true;
        }

        int start = _cursor;
        while (start < _text.Length && !IsTokenChar(_text[start])) start++;
        if (start >= _text.Length) { _cursor = start; return false; }
        int end = start + 1;
        while (end < _text.Length && end - start < MaxTokenLength && IsTokenChar(_text[end])) end++;
        _cursor = end;

        var buffer = _term.ResizeBuffer(end - start);
        for (int k = start; k < end; k++) buffer[k - start] = VietnameseNormalizer.Lower(_text[k]);
        _term.Length = end - start;
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _position.PositionIncrement = 1;
        _type.Type = char.IsDigit(_text[start]) ? NumberType : SyllableType;

        while (_nextSymbol < _symbols.Count && _symbols[_nextSymbol].Start <= start)
        {
            if (_symbols[_nextSymbol].End > start) _stacked.Enqueue(_symbols[_nextSymbol]);
            _nextSymbol++;
        }
        return true;
    }

    private static bool IsTokenChar(char c) =>
        char.IsLetterOrDigit(c) || (c >= '\u0300' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _cursor = 0;
        _stacked.Clear();
        _nextSymbol = 0;
        _symbols = _emitSymbols ? FindSymbols(_text) : [];
        _finalOffset = CorrectOffset(_text.Length);
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _text = "";
    }

    private static List<SymbolSpan> FindSymbols(string text)
    {
        var found = DocumentSymbol.FindAll(text);
        var spans = new List<SymbolSpan>(found.Count);
        foreach (var match in found) spans.Add(new SymbolSpan(match.Start, match.Start + match.Length, match.Symbol.Key));
        return spans;
    }

    private readonly record struct SymbolSpan(int Start, int End, string Key);
}
