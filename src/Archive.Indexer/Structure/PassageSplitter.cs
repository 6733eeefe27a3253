using System.Text.RegularExpressions;

namespace Archive.Indexer.Structure;

/// <summary>
/// Cuts a document's text into the passages people cite: articles ("Điều 5. Quyền của công dân") when
/// the text has them, else the numbered sections of a plan or report ("I.", "1.", "1.1."), else runs of
/// paragraphs. Text before the first unit becomes an opening passage ("Phần mở đầu"), where the legal
/// bases (căn cứ) usually sit.
/// </summary>
public static partial class PassageSplitter
{
    /// <summary>Passages longer than this are cut at paragraph ends, so one huge section cannot hide a better one.</summary>
    public const int MaxPassageChars = 6000;

    private const int ParagraphRunChars = 1500;
    private const string OpeningLabel = "Phần mở đầu";

    // "Điều 5.", "Điều 5:", "Điều 12a." at the start of a line (or of a PDF page: after a form feed);
    // the heading is the rest of the line. The unit starts at group "u", past the form feed, so it gets its own page.
    [GeneratedRegex(@"^[ \t\f]*(?<u>Điều[ \t]+(?<n>\d{1,3}[a-zđ]?)[ \t]*[.:\-–][ \t]*(?<h>.*))$", RegexOptions.Multiline)]
    private static partial Regex Article();

    // "I.", "II.", "1.", "1.1.", "2.3.4." at the start of a line, followed by a heading.
    [GeneratedRegex(@"^[ \t\f]*(?<u>(?<n>(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}))\.[ \t]+(?<h>\S.*))$", RegexOptions.Multiline)]
    private static partial Regex Section();

    /// <param name="text">The document text, PDF pages separated by form feeds.</param>
    /// <param name="paged">True for paged formats (PDF): passages then carry their page number.</param>
    public static IReadOnlyList<Passage> Split(string text, bool paged = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var pageStarts = paged ? PageStarts(text) : [];
        var articles = Article().Matches(text).ToList();
        var units = articles.Count >= 2
            ? articles.Select(m => (Start: m.Groups["u"].Index, Label: "Điều " + m.Groups["n"].Value, Heading: m.Groups["h"].Value.Trim())).ToList()
            : Sections(text);
        if (units.Count < 2) return ParagraphRuns(text, pageStarts);

        var passages = new List<Passage>();
        if (units[0].Start > 0) Add(passages, text, 0, units[0].Start, OpeningLabel, "", pageStarts);
        for (var i = 0; i < units.Count; i++)
        {
            var end = i + 1 < units.Count ? units[i + 1].Start : text.Length;
            Add(passages, text, units[i].Start, end, units[i].Label, units[i].Heading, pageStarts);
        }
        return passages;
    }

    /// <summary>Plan sections, labelled by their full path ("II.1") so two "1." under different parts stay apart.</summary>
    private static List<(int Start, string Label, string Heading)> Sections(string text)
    {
        var units = new List<(int, string, string)>();
        string? roman = null;
        foreach (Match m in Section().Matches(text))
        {
            var number = m.Groups["n"].Value;
            var heading = m.Groups["h"].Value.Trim();
            if (char.IsLetter(number[0]))
            {
                roman = number;
                units.Add((m.Groups["u"].Index, number, heading));
            }
            else
            {
                units.Add((m.Groups["u"].Index, roman is null ? number : $"{roman}.{number}", heading));
            }
        }
        return units;
    }

    private static IReadOnlyList<Passage> ParagraphRuns(string text, List<int> pageStarts)
    {
        var passages = new List<Passage>();
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + ParagraphRunChars);
            if (end < text.Length)
            {
                var paragraphEnd = text.IndexOf("\n\n", end, StringComparison.Ordinal);
                var lineEnd = text.IndexOf('\n', end);
                end = paragraphEnd >= 0 && paragraphEnd - end < ParagraphRunChars ? paragraphEnd
                    : lineEnd >= 0 ? lineEnd : text.Length;
            }
            var piece = text[start..end];
            if (!string.IsNullOrWhiteSpace(piece))
                passages.Add(new Passage($"Đoạn {passages.Count + 1}", FirstLine(piece), piece.Trim(), start, PageAt(pageStarts, start)));
            start = end;
        }
        return passages;
    }

    private static void Add(List<Passage> passages, string text, int start, int end, string label, string heading, List<int> pageStarts)
    {
        for (var from = start; from < end;)
        {
            var to = end;
            if (to - from > MaxPassageChars)
            {
                var cut = text.LastIndexOf('\n', from + MaxPassageChars, MaxPassageChars / 2);
                to = cut > from ? cut : from + MaxPassageChars;
            }
            var body = text[from..to].Trim();
            if (body.Length > 0) passages.Add(new Passage(label, heading, body, from, PageAt(pageStarts, from)));
            from = to;
        }
    }

    private static string FirstLine(string text)
    {
        var trimmed = text.TrimStart();
        var newline = trimmed.IndexOf('\n');
        var line = newline < 0 ? trimmed : trimmed[..newline];
        return line.Length <= 120 ? line.Trim() : line[..120].Trim() + "…";
    }

    private static List<int> PageStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\f'); i >= 0; i = text.IndexOf('\f', i + 1)) starts.Add(i + 1);
        return starts;
    }

    private static int? PageAt(List<int> pageStarts, int offset)
    {
        if (pageStarts.Count == 0) return null;
        var index = pageStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
