using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Indexer.Legal;

namespace Archive.Bench.Citations;

/// <summary>
/// Runs the extractor over the citing sentences of the legal corpus ("Căn cứ …", "… quy định tại …"), which have no
/// gold, and counts outputs that are suspicious whatever the gold would say: a generalization check on thousands of
/// real lines the rules were not written from.
/// </summary>
public static partial class CitationCorpusProbe
{
    [GeneratedRegex(@"(?:Căn cứ|căn cứ|quy định tại|theo quy định của|theo|tại)\s")]
    private static partial Regex Citing();

    // "số 31/2006/TTLT/BTC-BVHTT," → the whole written number, up to a space or the punctuation that ends it.
    [GeneratedRegex(@"(?<=\b(?:Nghị định|Thông tư|Thông tư liên tịch|Quyết định|Nghị quyết|Luật|Bộ luật|Pháp lệnh|Chỉ thị)\s+số\s+)(?<number>\d+/[^\s,;()]+?)(?=[\s,;()]|\.\s|\.$|$)")]
    private static partial Regex WrittenNumber();

    [GeneratedRegex(@"^\s*(?:của\s+)?(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Thông tư|Quyết định|Nghị quyết)\s+(?!này)\p{L}")]
    private static partial Regex NamedActAfter();

    private static readonly HashSet<string> FunctionWords =
        ["và", "của", "về", "theo", "tại", "năm", "ngày", "có", "các", "được", "đã", "này", "hoặc", "với", "cho", "trong"];

    public static void Run(string corpusFolder, CitationExtractor extractor, int show)
    {
        var checks = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        void Flag(string check, string example) => (checks.TryGetValue(check, out var list) ? list : checks[check] = []).Add(example);

        int lines = 0, items = 0;
        foreach (var line in CitingLines(corpusFolder))
        {
            lines++;
            var found = extractor.Extract(line);
            items += found.Count;
            foreach (var c in found)
            {
                if (c.Title is { } title)
                {
                    var words = title.Split(' ');
                    if (words.Length > 16 && !title.Contains("sửa đổi", StringComparison.OrdinalIgnoreCase)) Flag("title over 16 words", title);
                    if (words.Length > 1 && FunctionWords.Contains(words[^1])) Flag("title ends in a function word", title);
                    if (c.Symbol is null && found.Any(o => o != c && o.Symbol is not null && o.Start <= c.Start && c.Start < o.End))
                        Flag("title-only item inside a numbered one", $"{title}  ⟵  {line}");
                }
                if (c.Self && c.Article is not null && NamedActAfter().IsMatch(line[c.End..]))
                    Flag("self reference followed by a named act", line[c.Start..Math.Min(line.Length, c.End + 50)]);
                if (c.Symbol is not null && c.Kind is { } kind && DocumentSymbol.TryParse(c.Symbol, out var symbol)
                    && symbol.KindAbbreviation is not null && DocumentKinds.InferKind(symbol) is { } inferred && inferred != kind
                    && !(kind == "Thông tư liên tịch" && inferred == "Thông tư"))
                    Flag("kind disagrees with the symbol", $"{kind} {c.Symbol}");
            }
            foreach (Match written in WrittenNumber().Matches(line))
            {
                var number = written.Groups["number"].Value.TrimEnd('.', ':', '”', '"', ']');
                // A number cut by the end of a line ("2376/QĐ-") is the probe's own doing: it reads line by line.
                if (!number.Any(char.IsLetter) || number.EndsWith('-')) continue;
                var covering = found.FirstOrDefault(c => c.Start <= written.Index && written.Index < c.End);
                if (covering is null) Flag("numbered act without an item", line.Substring(Math.Max(0, written.Index - 30), Math.Min(80, line.Length - Math.Max(0, written.Index - 30))));
                else if (covering.Symbol is { } got && Squeeze(got) != Squeeze(number))
                    Flag("symbol differs from the written number", $"{number} → {got}");
            }
        }

        Print($"legal corpus probe: {lines} citing lines, {items} items", checks, show);
        WholeDocuments(corpusFolder, extractor, show);
    }

    /// <summary>
    /// Whole documents as an upload gives them (header, headings, wrapped lines): what a document's relations list
    /// shows. A document never cites itself; a title never runs into the next heading or header line; "luật sư" is a
    /// lawyer, not a law.
    /// </summary>
    private static void WholeDocuments(string folder, CitationExtractor extractor, int show)
    {
        var checks = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        void Flag(string check, string example) => (checks.TryGetValue(check, out var list) ? list : checks[check] = []).Add(example);
        int documents = 0, items = 0, linked = 0;
        foreach (var (number, title, text) in Documents(folder))
        {
            documents++;
            // As an upload of the text with its title line on top (how people save a law they copied).
            var upload = $"{title}\n\n{text}";
            var found = extractor.Extract(upload);
            items += found.Count;
            foreach (var c in found)
            {
                if (c.Self || c.OwnTitle) continue;
                linked++;
                if (c.Symbol is { } symbol && Squeeze(symbol) == Squeeze(number)) Flag("document cites its own number", $"{number}: {Clip(c.Text)}");
                if (c.Title is { } cited)
                {
                    if (LawyerNotLaw().IsMatch(cited)) Flag("'luật sư' read as a law", $"{cited}  ⟵  {Around(upload, c.Start)}");
                    var written = upload[c.Start..c.End];
                    if (c.Symbol is null && written.Contains('\n'))
                        Flag("title across a line break", written.Replace("\n", " ⏎ "));
                    // From the title's first word on (locators before it may wrap, and so may the break after the kind word).
                    var kindAt = c.Kind is null ? -1 : written.IndexOf(c.Kind, StringComparison.OrdinalIgnoreCase);
                    var fromTitle = kindAt < 0 ? written : written[(kindAt + c.Kind!.Length)..].TrimStart();
                    if (RunsIntoNextBlock().IsMatch(fromTitle)) Flag("title runs into the next block", written.Replace("\n", " ⏎ "));
                    if (cited.Split(' ').Length == 1 && !cited.Equals("Hiến pháp", StringComparison.OrdinalIgnoreCase))
                        Flag("kind word alone as a title", $"{cited}  ⟵  {Around(upload, c.Start)}");
                }
            }
        }
        Print($"whole documents (title line + text): {documents} documents, {items} items, {linked} of other documents", checks, show);
    }

    // Over a blank line, into an article's heading, or from a line in running text into one starting with a capital
    // (a wrapped title goes on in lower case).
    [GeneratedRegex(@"\n[ \t\u00A0]*\n|\n\s*Điều \d|\p{Ll}[^\n]*\n[ \t\u00A0]*\p{Lu}")]
    private static partial Regex RunsIntoNextBlock();

    [GeneratedRegex(@"^Luật [Ss]ư\b")]
    private static partial Regex LawyerNotLaw();

    private static string Around(string text, int at) =>
        text.Substring(Math.Max(0, at - 30), Math.Min(90, text.Length - Math.Max(0, at - 30))).Replace("\n", " ⏎ ");

    private static void Print(string heading, SortedDictionary<string, List<string>> checks, int show)
    {
        Console.WriteLine(heading);
        foreach (var (check, examples) in checks)
        {
            Console.WriteLine($"  {check,-42} {examples.Count,6}");
            foreach (var example in examples.Distinct().OrderBy(e => e.GetHashCode(StringComparison.Ordinal)).Take(show)) Console.WriteLine($"      {Clip(example)}");
        }
    }

    private static IEnumerable<(string Number, string Title, string Text)> Documents(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "legal_docs*.jsonl").Order(StringComparer.Ordinal))
        foreach (var json in File.ReadLines(file))
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.GetProperty("text").GetString() is not { } text) continue;
            yield return (root.GetProperty("number").GetString() ?? "", root.GetProperty("title").GetString() ?? "", text.Normalize());
        }
    }

    private static IEnumerable<string> CitingLines(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "legal_docs*.jsonl").Order(StringComparer.Ordinal))
        foreach (var json in File.ReadLines(file))
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.GetProperty("text").GetString() is not { } text) continue;
            foreach (var line in text.Split('\n'))
                if (line.Length is > 10 and < 2000 && Citing().IsMatch(line)) yield return line.Trim();
        }
    }

    // Compared without spaces, case, diacritics or leading zeros: the canonical spelling restores "NĐ" from "ND".
    private static string Squeeze(string symbol)
    {
        var plain = string.Concat(symbol.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && !char.IsWhiteSpace(c)));
        return plain.Replace('Đ', 'D').Replace('đ', 'd').Replace('\u00D0', 'D').Replace('–', '-').ToUpperInvariant().TrimStart('0');
    }

    private static string Clip(string text) => text.Length <= 160 ? text : text[..157] + "…";
}
