using System.Text;
using Archive.Indexer.Extraction.LegacyEncodings;

namespace Archive.Indexer.Extraction;

/// <summary>
/// Collects a document's text, decoding what was typed in legacy fonts. Text of one legacy font is held
/// back until the font changes or something else is written, so that a VNI letter whose base and mark
/// bytes Word split over two runs is still decoded as one letter.
/// Stops with <see cref="TextBudgetExceededException"/> when the document's <see cref="TextBudget"/>, shared by every
/// builder of one document, is spent, so a decompression bomb cannot fill the memory.
/// </summary>
internal sealed class DecodingTextBuilder(TextBudget budget)
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _pending = new();
    private LegacyFont _pendingFont;

    public void Append(string text, LegacyFont font)
    {
        budget.Spend(text.Length);
        if (!font.IsLegacy)
        {
            // A soft hyphen only says where a Unicode word may break.
            if (text != "\u00AD") Flushed().Append(text);
            return;
        }
        if (_pending.Length > 0 && font != _pendingFont) Flush();
        _pendingFont = font;
        _pending.Append(text);
    }

    public void Append(char c)
    {
        budget.Spend(1);
        Flushed().Append(c);
    }

    public void Append(string text)
    {
        budget.Spend(text.Length);
        Flushed().Append(text);
    }

    public void TrimEnd(char c)
    {
        var text = Flushed();
        while (text.Length > 0 && text[^1] == c) text.Length--;
    }

    public override string ToString() => Flushed().ToString();

    private StringBuilder Flushed()
    {
        if (_pending.Length > 0) Flush();
        return _text;
    }

    private void Flush()
    {
        _text.Append(_pendingFont.Decode(_pending.ToString()));
        _pending.Clear();
    }
}
