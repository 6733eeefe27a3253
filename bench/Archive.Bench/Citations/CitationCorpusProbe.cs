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

        Console.WriteLine($"legal corpus probe: {lines} citing lines, {items} items");
        foreach (var (check, examples) in checks)
        {
            Console.WriteLine($"  {check,-42} {examples.Count,6}");
            foreach (var example in examples.Distinct().OrderBy(e => e.GetHashCode(StringComparison.Ordinal)).Take(show)) Console.WriteLine($"      {Clip(example)}");
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
