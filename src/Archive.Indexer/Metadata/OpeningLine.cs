using System.Text.RegularExpressions;
using Archive.Indexer.Legal;

namespace Archive.Indexer.Metadata;

/// <summary>
/// A text without a formal header that says what it is in its first line: "Kế hoạch số 88/KH-UBND ngày 5/3/2025 về …",
/// "Biên bản họp thôn số 2 …". The kind is the line's first words, the number its first symbol, the title the line
/// itself with the lines it wraps onto.
/// </summary>
internal static partial class OpeningLine
{
    private const int MaxLines = 3;
    private const int MaxTitleLength = 300;

    public sealed record Opening(string Kind, DocumentSymbol? Number, string Title);

    [GeneratedRegex(@"^(?:[IVXLC]+|\d+(?:\.\d+)*)[.)]\s|^(?:Căn cứ|Điều|Chương|Phần|Mục)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    public static Opening? Read(string[] lines)
    {
        var first = Array.FindIndex(lines, l => l.Length > 0);
        if (first < 0 || KindLine.Opening(lines[first]) is not { } kind) return null;

        var parts = new List<string> { lines[first] };
        for (var i = first + 1; i < lines.Length && parts.Count < MaxLines; i++)
        {
            var line = lines[i];
            // A title wraps onto lines that go on in lower case; a blank line, a sentence's end or the body stop it.
            if (line.Length == 0 || parts[^1].EndsWith('.') || !char.IsLower(line[0]) || BodyStart().IsMatch(line)) break;
            parts.Add(line);
        }
        var title = string.Join(' ', parts).TrimEnd(' ', '.', ';', ',', ':');
        if (title.Length > MaxTitleLength) title = title[..MaxTitleLength].TrimEnd();
        var number = DocumentSymbol.FindAll(lines[first]).Select(m => m.Symbol).FirstOrDefault();
        return new Opening(kind, number, title);
    }
}
