using System.Text.RegularExpressions;
using Archive.Indexer.Legal;

namespace Archive.Indexer.Analysis;

/// <summary>
/// The symbol terms (see <see cref="SymbolForms"/>) a query points at: full symbols in any spelling
/// ("59/2023/ND-CP"), and partial ones: "nd 59/2023", "NĐ59", "nghị định 59", "nghi dinh so 59",
/// "59/2023", "32/KH".
/// </summary>
internal static partial class SymbolHints
{
    // One-letter codes ("L" for Lệnh) would turn ordinary typed letters into symbol hints.
    private static readonly string[] KindAbbreviations = DocumentKinds.Abbreviations.Where(a => a.Length > 1).ToArray();

    // Folded kind name or abbreviation → folded abbreviation ("nghi dinh" → "nd", "nd" → "nd").
    private static readonly Dictionary<string, string> KindByFoldedWord = BuildKinds();
    private static readonly Regex KindThenNumber = new(
        $@"(?<![\p{{L}}\d])(?<kind>{Alternation(KindByFoldedWord.Keys)})\s*(?:so\s*:?\s*)?(?<num>\d{{1,5}})(?:\s*/\s*(?<year>(?:19|20)\d\d))?(?!\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    private static readonly Regex NumberThenKind = new(
        $@"(?<![\p{{L}}\d/])(?<num>\d{{1,5}})(?:\s*[-/]\s*|\s+)(?<kind>{Alternation(KindAbbreviations.Select(SymbolForms.FoldCode))})(?![\p{{L}}\d])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    [GeneratedRegex(@"(?<![\d/])(?<num>\d{1,5})\s*/\s*(?<year>(?:19|20)\d\d)(?!\d)(?!\s*/\s*\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberYear();

    /// <summary>Full symbol keys found in <paramref name="normalized"/> (NFC, case kept).</summary>
    public static IReadOnlyList<string> FullKeys(string normalized) =>
        DocumentSymbol.FindAll(normalized.ToUpperInvariant()).Select(m => m.Symbol.Key).Distinct().ToList();

    /// <summary>Partial forms ("59/2023", "59 nd") found in <paramref name="folded"/> (lowercase, folded).</summary>
    public static IReadOnlyList<string> PartialForms(string folded)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in KindThenNumber.Matches(folded))
        {
            forms.Add(SymbolForms.NumberKind(m.Groups["num"].Value, KindByFoldedWord[Regex.Replace(m.Groups["kind"].Value, @"\s+", " ")]));
            if (m.Groups["year"].Success) forms.Add(SymbolForms.NumberYear(m.Groups["num"].Value, int.Parse(m.Groups["year"].Value)));
        }
        foreach (Match m in NumberThenKind.Matches(folded))
            forms.Add(SymbolForms.NumberKind(m.Groups["num"].Value, m.Groups["kind"].Value));
        foreach (Match m in NumberYear().Matches(folded))
            forms.Add(SymbolForms.NumberYear(m.Groups["num"].Value, int.Parse(m.Groups["year"].Value)));
        return forms.ToList();
    }

    private static Dictionary<string, string> BuildKinds()
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var abbreviation in KindAbbreviations)
        {
            string folded = SymbolForms.FoldCode(abbreviation);
            kinds[folded] = folded;
            if (DocumentKinds.KindName(abbreviation) is { } name) kinds[SymbolForms.FoldCode(name)] = folded;
        }
        return kinds;
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+")));
}
