using System.Text;
using System.Text.RegularExpressions;
using Archive.Indexer.Legal;

namespace Archive.Indexer.Tests.Legal;

/// <summary>One expected citation of the fixture, compared on what identifies a cited provision.</summary>
public sealed record ExpectedCitation(string? Kind, string? Identity, bool Self, string? Article, string? Clause, string? Point, CitationRelation? Relation)
{
    public bool Matches(Citation actual) =>
        Kind == actual.Kind && Self == actual.Self && Article == actual.Article && Clause == actual.Clause && Point == actual.Point
        && SameIdentity(Identity, actual.Symbol ?? actual.Title);

    public override string ToString() =>
        $"{Kind ?? "-"} | {Identity ?? "-"} | {(Self ? "self" : "-")} | {Article ?? "-"} | {Clause ?? "-"} | {Point ?? "-"} | {Relation?.ToString() ?? "-"}";

    public static string Describe(Citation c) =>
        $"{c.Kind ?? "-"} | {c.Symbol ?? c.Title ?? "-"} | {(c.Self ? "self" : "-")} | {c.Article ?? "-"} | {c.Clause ?? "-"} | {c.Point ?? "-"} | {c.Relation}";

    // Symbols compare by key ("8/2024" = "08/2024"), titles by their words.
    private static bool SameIdentity(string? expected, string? actual)
    {
        if (expected is null || actual is null) return expected == actual;
        if (DocumentSymbol.TryParse(expected, out var e) && DocumentSymbol.TryParse(actual, out var a)) return e.Key == a.Key;
        return string.Join(' ', expected.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            == string.Join(' ', actual.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

public sealed record CitationCase(int Line, string Text, IReadOnlyList<ExpectedCitation> Expected);

/// <summary>Reads <c>citation-lines.txt</c>: "&gt; text" then "= kind | symbol or title | self | Điều | khoản | điểm | relation" lines.</summary>
public static class CitationFixture
{
    public static IReadOnlyList<CitationCase> Load(string fileName = "citation-lines.txt")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Legal", fileName);
        var cases = new List<CitationCase>();
        string? text = null;
        var textLine = 0;
        List<ExpectedCitation> expected = [];
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                if (text is not null) cases.Add(new CitationCase(textLine, text, expected));
                text = Regex.Unescape(line[2..]).Normalize(NormalizationForm.FormC);
                textLine = lineNumber;
                expected = [];
            }
            else if (line.StartsWith("= ", StringComparison.Ordinal) && line.Trim() != "= none")
            {
                var f = line[2..].Split('|').Select(s => s.Trim()).Select(s => s == "-" ? null : s).ToArray();
                if (f.Length != 7) throw new FormatException($"{fileName}:{lineNumber}: expected 7 fields");
                expected.Add(new ExpectedCitation(f[0], f[1], f[2] == "self", f[3], f[4], f[5],
                    f[6] is { } relation ? Enum.Parse<CitationRelation>(relation) : null));
            }
        }
        if (text is not null) cases.Add(new CitationCase(textLine, text, expected));
        return cases;
    }
}
