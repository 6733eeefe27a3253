using System.Text.RegularExpressions;

namespace Archive.Indexer.Structure;

/// <summary>
/// Decides whether a line goes on the paragraph before it. A text with hard line breaks (pdftotext, OCR, the
/// sample plan's text with a blank line after every line) wraps at a typical width: a line that reaches it and
/// ends without punctuation was cut, whatever the next line starts with. A text of whole paragraphs (DOCX) is
/// joined only where the next line plainly continues a sentence (it starts in lower case).
/// </summary>
internal sealed partial class ParagraphJoiner
{
    private readonly int width;
    private int previousLength;

    public ParagraphJoiner(IReadOnlyList<TextLine> lines)
    {
        var lengths = lines.Select(l => l.Text.Length).Where(n => n >= 20).Order().ToList();
        width = lengths.Count == 0 ? 0 : lengths[(int)(lengths.Count * 0.8)];
        HardWrapped = lengths.Count >= 5 && width <= 140;
    }

    /// <summary>True when the text's lines were broken at a page width rather than at paragraph ends.</summary>
    public bool HardWrapped { get; }

    public void Remember(TextLine line) => previousLength = line.Raw.Trim().Length;

    /// <summary>Whether a line of <paramref name="length"/> characters reached the wrapping width.</summary>
    public bool WasWrapped(int length) => HardWrapped && length >= width * 0.75;

    /// <summary>Whether the line last remembered reached the wrapping width.</summary>
    public bool PreviousWasWrapped => WasWrapped(previousLength);

    /// <summary>Stricter, for headings: a heading line that stops short of the width ended there.</summary>
    public bool PreviousReachedWidth => HardWrapped && previousLength >= width * 0.92;

    public bool Joins(string paragraph, TextLine line)
    {
        if (line.StartsBullet || StartsWithLabel(line.Text)) return false;
        if (EndsSentence(paragraph) || paragraph.EndsWith(';')) return line.StartsLower;
        if (line.StartsLower) return true;
        if (!HardWrapped) return false;
        return previousLength >= width * 0.75 || char.IsDigit(line.Text[0]) || line.Text[0] == '(';
    }

    /// <summary>
    /// "Thời gian: …", "Địa điểm: …", "Chủ trì: …": minutes and forms give one fact per line after a short label in
    /// sentence case. Such a line starts a paragraph even in a text whose short lines look wrapped.
    /// </summary>
    public static bool StartsWithLabel(string text) => Label().IsMatch(text);

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?: \p{Ll}+){0,3}:\s")]
    private static partial Regex Label();

    /// <summary>Ends with a full stop, colon, question or exclamation mark (closing quotes and brackets aside).</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd(' ', '"', '”', '’', '\'', ')', '»');
        return t.Length > 0 && t[^1] is '.' or ':' or '?' or '!' or '…';
    }
}
