using System.Text.RegularExpressions;

namespace Archive.Indexer.Structure;

/// <summary>
/// One non-blank line of a document's text as the parser sees it: whitespace collapsed, the raw line kept for
/// two-column layouts, its offset and page, and whether a blank line or a page break came before it.
/// </summary>
internal sealed partial record TextLine(string Text, string Raw, int Start, int? Page)
{
    public bool StartsLower => Text.Length > 0 && char.IsLower(Text[0]);

    public bool StartsBullet => Text.Length > 0 && Text[0] is '-' or '+' or '•' or '*' or '–' or '−';

    /// <summary>Two columns printed side by side ("Nơi nhận:        KT. CHỦ TỊCH"): the cells, left first.</summary>
    public IEnumerable<string> Cells() =>
        ColumnGap().Split(Raw.Trim()).Select(Collapse).Where(c => c.Length > 0);

    [GeneratedRegex(@"\s{3,}|\t+")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>
    /// The text's non-blank lines without the gazette's page furniture: the "CÔNG BÁO/Số …" running header, the page
    /// number beside it and the e-signature stamp ("Người ký:", "Email:", "Cơ quan:", "Thời gian ký:").
    /// </summary>
    public static List<TextLine> Read(string text)
    {
        var paged = text.Contains('\f');
        var lines = new List<TextLine>();
        var page = 1;
        var offset = 0;
        var inStamp = false;
        var afterRunningHeader = -1;
        foreach (var rawLine in text.Split('\n'))
        {
            var start = offset;
            offset += rawLine.Length + 1;
            var raw = rawLine.TrimEnd('\r');
            var breaks = raw.Count(c => c == '\f');
            if (breaks > 0)
            {
                page += breaks;
                raw = raw.Replace("\f", "");
                afterRunningHeader = -1;
            }
            var collapsed = Collapse(raw);
            if (collapsed.Length == 0) continue;
            if (RunningHeader().IsMatch(collapsed))
            {
                // The page number sits just above or below the running header.
                if (lines.Count > 0 && PageNumber().IsMatch(lines[^1].Text) && lines[^1].Page == page) lines.RemoveAt(lines.Count - 1);
                afterRunningHeader = lines.Count;
                continue;
            }
            if (afterRunningHeader == lines.Count && PageNumber().IsMatch(collapsed)) continue;
            if (StampStart().IsMatch(collapsed)) { inStamp = true; continue; }
            if (inStamp && StampLine().IsMatch(collapsed)) continue;
            inStamp = false;
            lines.Add(new TextLine(collapsed, raw, start, paged ? page : null));
        }
        // A page number left alone on the last line of a page (no running header on that page).
        return lines;
    }

    [GeneratedRegex(@"^CÔNG BÁO\s*/\s*Số\b", RegexOptions.IgnoreCase)]
    private static partial Regex RunningHeader();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(Người ký|Ký bởi)\s*:")]
    private static partial Regex StampStart();

    [GeneratedRegex(@"^(Email|Cơ quan|Thời gian ký|Ngày ký|Chức vụ)\s*:")]
    private static partial Regex StampLine();
}
