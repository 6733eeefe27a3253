using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Archive.Indexer.Legal;

/// <summary>
/// The "Số, ký hiệu" of one document, in one canonical spelling, whatever variant was written.
/// </summary>
/// <remarks>
/// <para><see cref="Canonical"/> is what a document prints: the number as written (leading zeros kept,
/// "08/2024/NQ-HĐND"), codes upper-cased with diacritics and mixed case restored for known codes
/// ("nd-cp"→"NĐ-CP", "ttg"→"TTg", "Ð"→"Đ"), separators without spaces, dashes as '-'.</para>
/// <para><see cref="Key"/> compares documents: number without leading zeros, codes folded to lower case
/// without diacritics ("8/2024/nq-hdnd"). Two variants are the same document iff their keys are equal.
/// Folding costs two rare collisions, HD/HĐ (Hướng dẫn/Hợp đồng) and DA/ĐA (Dự án/Đề án): accent-less
/// typing cannot tell them apart either, so search must find both.</para>
/// <para>Input is expected in NFC. The look-alike Ð (U+00D0) and en/em dashes are accepted.</para>
/// </remarks>
public sealed partial class DocumentSymbol
{
    private const string Segment = @"\p{L}[\p{L}\d&]*";
    private const string Dash = @"[-\u2010-\u2015\u2212]";
    // A doubled dash inside a symbol ("TTLT--VKSTC") is a typing slip, read as one.
    private const string Code = $@"(?<seg>{Segment})(?:(?<sep>\s*{Dash}{{1,2}}\s*)(?<seg>{Segment}))*";

    // A number may carry a dotted part ("66.4/2025/NQ-CP": a resolution amending the numbered one), or a letter before
    // its year ("30a/2008/NQ-CP": a resolution numbered after 30).
    // After '=' or '%' a number is a web address's query ("tim-van-ban.aspx?keyword=06/2016/Q%C4%90-TTg"), not running text.
    [GeneratedRegex(
        $@"(?<![\p{{L}}\d/.,&=%\-\u2010-\u2015\u2212])(?<num>\d{{1,3}}\.\d{{1,3}}|\d{{1,5}}(?:[a-z](?=\s*/\s*(?:19|20)\d\d\s*/))?)(?:" +
        $@"\s*/\s*(?<year>(?:19|20)\d\d)\s*/\s*(?:(?<slashkind>{Segment})\s*/\s*)?{Code}" +
        $@"|\s*{Dash}\s*(?<pkind>{Segment})\s*/\s*{Code}" +
        $@"|\s*/\s*{Code}" +
        // Decrees and decisions of the 1980s and 1990s: "74-CP", "121-HĐBT", "25-TTg", "87-CT" (the Chairman of the
        // Council of Ministers).
        $@"|{Dash}(?<oldissuer>CP|HĐBT|H\u00D0BT|TTg|CT))(?![\p{{L}}\d&/])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SymbolPattern();

    [GeneratedRegex(@"^\s*(?:s\s?[ốôo]\s*[:.]?)?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberPrefix();

    private DocumentSymbol(string number, int? year, string? kind, IReadOnlyList<string> issuerSegments, SymbolShape shape,
        bool kindSlash = false, bool numberDash = false)
    {
        Number = number;
        Year = year;
        KindAbbreviation = kind;
        Issuer = string.Join('-', issuerSegments);
        Shape = shape;
        var numberKey = number.TrimStart('0') is { Length: > 0 } n ? n : "0";
        var foldedIssuer = SymbolText.Fold(Issuer);
        var foldedKind = kind is null ? null : SymbolText.Fold(kind);
        (Canonical, Key) = shape switch
        {
            SymbolShape.Party => ($"{number}-{kind}/{Issuer}", $"{numberKey}-{foldedKind}/{foldedIssuer}"),
            // "31/2006/TTLT/BTC-BVHTT" prints a slash where others print a dash, "74-CP" a dash where others print a
            // slash: each spelling is kept as printed, and keys alike with the other.
            _ when numberDash => ($"{number}-{Issuer}", Join(numberKey, year, foldedKind, foldedIssuer, '-')),
            _ => (Join(number, year, kind, Issuer, kindSlash ? '/' : '-'), Join(numberKey, year, foldedKind, foldedIssuer, '-')),
        };
    }

    /// <summary>The symbol as a document prints it: "59/2023/NĐ-CP", "32/KH-UBND", "851-QĐ/HU".</summary>
    public string Canonical { get; }

    /// <summary>Comparison key: "59/2023/nd-cp", "8/2024/nq-hdnd", "851-qd/hu".</summary>
    public string Key { get; }

    /// <summary>The number's digits as written ("08").</summary>
    public string Number { get; }

    public int? Year { get; }

    /// <summary>"NĐ", "NQ", "KH", "QĐ", …; null for a Công văn (<c>123/UBND-VP</c>), a law (<c>10/2022/QH15</c>) and old <c>15/CP</c>.</summary>
    public string? KindAbbreviation { get; }

    /// <summary>Everything after the kind: "CP", "HĐND", "TTg", "QH15", "UBND-VP", "BTP-BNV".</summary>
    public string Issuer { get; }

    public SymbolShape Shape { get; }

    public override string ToString() => Canonical;

    /// <summary>The full Vietnamese kind name of an abbreviation ("NĐ"→"Nghị định"); see <see cref="DocumentKinds.KindName"/>.</summary>
    public static string? KindName(string abbreviation) => DocumentKinds.KindName(abbreviation);

    /// <summary>Parses a whole string holding one symbol, optionally after "Số:", "số", "số:".</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentSymbol? symbol)
    {
        symbol = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var body = text[NumberPrefix().Match(text).Length..].TrimEnd();
        var match = SymbolPattern().Match(body);
        if (!match.Success || match.Index != 0) return false;
        var parsed = FromMatch(match, strict: false);
        if (parsed is null || parsed.Value.Length != body.Length) return false;
        symbol = parsed.Value.Symbol;
        return true;
    }

    /// <summary>
    /// Every symbol in running text (NFC), with spans into <paramref name="text"/>. Dates (14/8/2023),
    /// counts (25/27), "Điều 5/" and unit rates ("đồng/người") are not symbols: a symbol needs a code
    /// after the slash, and in running text a lone code must be written in capitals (<c>15/CP</c>).
    /// </summary>
    public static IReadOnlyList<SymbolMatch> FindAll(string text)
    {
        List<SymbolMatch>? found = null;
        foreach (Match match in SymbolPattern().Matches(text))
        {
            if (FromMatch(match, strict: true) is { } parsed)
                (found ??= []).Add(new SymbolMatch(match.Index, parsed.Length, parsed.Symbol));
        }
        return found ?? (IReadOnlyList<SymbolMatch>)[];
    }

    private static (DocumentSymbol Symbol, int Length)? FromMatch(Match match, bool strict)
    {
        if (match.Groups["oldissuer"] is { Success: true } oldIssuer)
            return (new DocumentSymbol(match.Groups["num"].Value, null, null, [DocumentKinds.CanonicalIssuerSegment(oldIssuer.Value)],
                SymbolShape.Administrative, numberDash: true), match.Length);
        var segments = match.Groups["seg"].Captures;
        var separators = match.Groups["sep"].Captures;
        var kept = new List<string>(segments.Count);
        var end = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var spacedDash = i > 0 && separators[i - 1].Value is { } sep
                && char.IsWhiteSpace(sep[0]) && char.IsWhiteSpace(sep[^1]);
            // " - " is also how prose separates clauses, so across it only a known code continues the symbol.
            var accepted = spacedDash ? DocumentKinds.IsKnownCode(segments[i].Value) : IsCode(segments[i].Value);
            if (!accepted)
            {
                if (!spacedDash && GluedCode(segments[i].Value) is { } code)
                {
                    kept.Add(code);
                    end = segments[i].Index + code.Length;
                }
                break;
            }
            kept.Add(segments[i].Value);
            end = segments[i].Index + segments[i].Length;
        }
        if (kept.Count == 0) return null;

        var number = match.Groups["num"].Value;
        var length = end - match.Index;
        var partyKind = match.Groups["pkind"];
        if (partyKind.Success)
        {
            var kind = DocumentKinds.CanonicalKind(partyKind.Value);
            if (kind is null) return null;
            return (new DocumentSymbol(number, null, kind, Canonicalize(kept), SymbolShape.Party), length);
        }

        var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value) : (int?)null;
        var slashKind = match.Groups["slashkind"];
        if (slashKind.Success)
        {
            // "31/2006/TTLT/BTC-BVHTT": a kind, a slash, then the issuers. Anything else before the slash is the whole code.
            if (DocumentKinds.CanonicalKind(slashKind.Value) is { } kindBeforeSlash)
                return (new DocumentSymbol(number, year, kindBeforeSlash, Canonicalize(kept), SymbolShape.Normative, kindSlash: true), length);
            if (!IsCode(slashKind.Value)) return null;
            return (new DocumentSymbol(number, year, null, Canonicalize([slashKind.Value]), SymbolShape.Normative),
                slashKind.Index + slashKind.Length - match.Index);
        }
        if (kept.Count == 1)
        {
            // A lone code after a number ("2/ca", "5/l", "Km 12/QL4B") is prose far more often than a symbol,
            // unless it is a known issuer written as issuers write it (old "15/CP", "770/TTg").
            if (strict && year is null && (kept[0].Length < 2 || !DocumentKinds.IsKnownCode(kept[0])
                || (kept[0].Any(char.IsLower) && DocumentKinds.CanonicalIssuerSegment(kept[0]) != kept[0]))) return null;
            var shape = year is null ? SymbolShape.Administrative : SymbolShape.Normative;
            return (new DocumentSymbol(number, year, null, Canonicalize(kept), shape), length);
        }

        var firstKind = DocumentKinds.CanonicalKind(kept[0]);
        var issuer = Canonicalize(firstKind is null ? kept : kept.Skip(1));
        return (new DocumentSymbol(number, year, firstKind, issuer,
            year is null ? SymbolShape.Administrative : SymbolShape.Normative), length);
    }

    // A code segment is a known code in any casing, or unknown but written in capitals ("HLHPN", "QH15").
    private static bool IsCode(string segment) =>
        DocumentKinds.IsKnownCode(segment) || (segment.Length <= 12 && !segment.Any(char.IsLower) && segment.Any(char.IsLetter));

    // Text that lost the space after a symbol (pdftotext, OCR: "TT-BTCngày 07/12/2009", "QĐ-UBNDvề việc"): the code
    // is the longest start that is one, when what follows it is a lowercase word.
    private static string? GluedCode(string segment)
    {
        for (var end = segment.Length - 1; end >= 2; end--)
        {
            if (char.IsLower(segment[end]) && IsCode(segment[..end]) && segment[end..].All(char.IsLower)) return segment[..end];
        }
        return null;
    }

    private static List<string> Canonicalize(IEnumerable<string> segments) =>
        segments.Select(DocumentKinds.CanonicalIssuerSegment).ToList();

    private static string Join(string number, int? year, string? kind, string issuer, char kindSeparator) =>
        $"{number}/{(year is null ? "" : $"{year}/")}{(kind is null ? "" : $"{kind}{kindSeparator}")}{issuer}";
}
