namespace Archive.Indexer.Legal;

/// <summary>
/// The kind abbreviations of "Số, ký hiệu" (Nghị định 30/2020/NĐ-CP, appendix III, plus the party and
/// normative ones) with their full Vietnamese names, and the issuer codes whose diacritics and casing
/// can be restored when a symbol was typed without them.
/// </summary>
public static class DocumentKinds
{
    /// <summary>Full name of a document that carries no kind abbreviation (<c>123/UBND-VP</c>).</summary>
    public const string CongVan = "Công văn";

    private static readonly (string Abbreviation, string Name)[] Kinds =
    [
        ("NĐ", "Nghị định"), ("NQ", "Nghị quyết"), ("NQLT", "Nghị quyết liên tịch"), ("QĐ", "Quyết định"),
        ("TT", "Thông tư"), ("TTLT", "Thông tư liên tịch"), ("CT", "Chỉ thị"), ("KH", "Kế hoạch"),
        ("BB", "Biên bản"), ("KL", "Kết luận"), ("HD", "Hướng dẫn"), ("TB", "Thông báo"), ("BC", "Báo cáo"),
        ("TTr", "Tờ trình"), ("QC", "Quy chế"), ("QyĐ", "Quy định"), ("CTr", "Chương trình"),
        ("PA", "Phương án"), ("ĐA", "Đề án"), ("DA", "Dự án"), ("HĐ", "Hợp đồng"), ("CĐ", "Công điện"),
        ("GM", "Giấy mời"), ("TC", "Thông cáo"), ("L", "Lệnh"), ("CV", CongVan),
        // The standing committee's ordinances: 02/2020/UBTVQH14 carries no kind, 38/2001/PL-UBTVQH10 does.
        ("PL", "Pháp lệnh"),
        // The President's decrees of 1945-1959: "Sắc lệnh số 53/SL".
        ("SL", "Sắc lệnh"),
    ];

    /// <summary>
    /// Kinds that have a legal validity the national legal database tracks (còn / hết hiệu lực): normative acts, the
    /// decisions, directives and regulations of administrations and parties, village conventions and charters. Plans,
    /// reports, minutes, notices, letters and the like carry none: nothing "is in force" about a meeting's minutes.
    /// </summary>
    private static readonly HashSet<string> KindsWithLegalValidity = new(
    [
        "Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Sắc lệnh", "Lệnh", "Nghị quyết", "Nghị quyết liên tịch", "Nghị định",
        "Quyết định", "Thông tư", "Thông tư liên tịch", "Chỉ thị", "Quy chế", "Quy định", "Điều lệ", "Hương ước", "Quy ước",
        "Quy chuẩn",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a document of this kind (full name: "Quyết định", "Biên bản") has a legal validity: true or false, or
    /// null when the kind is not known, so that nothing can be said either way.
    /// </summary>
    public static bool? HasLegalValidity(string? kind) =>
        string.IsNullOrWhiteSpace(kind) ? null : KindsWithLegalValidity.Contains(kind.Trim().Normalize(System.Text.NormalizationForm.FormC));

    /// <summary>Every kind abbreviation ("NĐ", "QĐ", "KH", …), for readers of typed queries.</summary>
    public static IEnumerable<string> Abbreviations => Kinds.Select(k => k.Abbreviation);

    // Codes that are issuers or units, never kinds; mixed case and Đ restored from the fold.
    private static readonly string[] IssuerCodes =
    [
        "CP", "HĐND", "UBND", "TTg", "TW", "TU", "HU", "ĐU", "QU", "TƯ", "VPTW", "VP", "VPCP", "CTN",
        "UBTVQH", "BTC", "BNV", "BTP", "BCA", "BQP", "BYT", "BGDĐT", "BLĐTBXH", "BTNMT", "BNNPTNT",
        "BNN&PTNT", "BXD", "BGTVT", "BCT", "BKHĐT", "BVHTTDL", "BTTTT", "BKHCN", "NHNN", "TTCP",
        "MTTQ", "UBMTTQ", "BCĐ", "BCH", "BTV", "UBKT", "BTCTW", "BTGTW", "BDVTW", "BDV", "BTG", "BTC",
        "TCKH", "TP", "NV", "LĐTBXH", "TNMT", "GDĐT", "VHTT", "YT", "KT", "ĐTN", "HND", "HLHPN",
        "LĐLĐ", "TANDTC", "VKSNDTC", "KTNN", "BHXH", "CA", "QS", "BCHQS", "TTHĐND", "TTHU", "HĐBT",
    ];

    private static readonly Dictionary<string, string> NameByAbbreviation =
        Kinds.ToDictionary(k => k.Abbreviation, k => k.Name, StringComparer.Ordinal);

    // Folded code → the canonical spelling, or null when two canonical codes fold alike (HD/HĐ, DA/ĐA).
    private static readonly Dictionary<string, string?> KindByFold = BuildFoldTable(Kinds.Select(k => k.Abbreviation));
    private static readonly Dictionary<string, string?> IssuerByFold = BuildFoldTable(IssuerCodes);

    /// <summary>
    /// The full Vietnamese kind name for an abbreviation ("NĐ"→"Nghị định", "QyĐ"→"Quy định"), accepting
    /// the typed-without-diacritics and lower-case variants ("nd"→"Nghị định") unless they are ambiguous.
    /// Returns null for issuer codes: "QH15" names the Quốc hội, whose numbered documents are laws, codes
    /// (Bộ luật) and resolutions alike, so no kind follows from it (see <see cref="InferKind"/>).
    /// </summary>
    public static string? KindName(string abbreviation)
    {
        var repaired = SymbolText.Repair(abbreviation.Trim());
        if (NameByAbbreviation.TryGetValue(repaired, out var name)) return name;
        var canonical = CanonicalKind(repaired);
        return canonical is null ? null : NameByAbbreviation[canonical];
    }

    /// <summary>
    /// The kind a citation has when only its symbol is written: the kind abbreviation's name; "Luật" for a
    /// Quốc hội number (the most common reading of <c>10/2022/QH15</c>); "Công văn" for an administrative
    /// symbol without kind (<c>123/UBND-VP</c>); null when nothing can be said (old <c>15/CP</c>).
    /// </summary>
    public static string? InferKind(DocumentSymbol symbol)
    {
        if (symbol.KindAbbreviation is { } kind) return KindName(kind);
        // Only the National Assembly's numbered code (QH15): "QHKT" is a provincial planning department.
        if (Legislature(symbol.Issuer) == "QH") return "Luật";
        if (symbol.Shape == SymbolShape.Administrative && symbol.Year is null && symbol.Issuer != "CP") return CongVan;
        return null;
    }

    /// <summary>The canonical kind abbreviation for a written one ("nd"→"NĐ"), or null if it is not a kind.</summary>
    internal static string? CanonicalKind(string written)
    {
        var repaired = SymbolText.Repair(written);
        if (NameByAbbreviation.ContainsKey(repaired)) return repaired;
        if (!KindByFold.TryGetValue(SymbolText.Fold(repaired), out var canonical)) return null;
        return canonical ?? repaired.ToUpperInvariant();
    }

    /// <summary>Whether a written code segment is a known kind or issuer code, in any casing or accent variant.</summary>
    internal static bool IsKnownCode(string written)
    {
        var folded = SymbolText.Fold(written);
        return KindByFold.ContainsKey(folded) || IssuerByFold.ContainsKey(folded) || NumberedIssuer(folded) is not null;
    }

    /// <summary>Canonical spelling of one issuer segment: table spelling, "QH15", or the written text upper-cased.</summary>
    internal static string CanonicalIssuerSegment(string written)
    {
        var repaired = SymbolText.Repair(written);
        var folded = SymbolText.Fold(repaired);
        if (IssuerByFold.TryGetValue(folded, out var canonical) && canonical is not null) return canonical;
        if (NumberedIssuer(folded) is { } numbered) return numbered;
        if (IssuerByFold.ContainsKey(folded) || KindByFold.ContainsKey(folded)) return repaired.ToUpperInvariant();
        return repaired.Any(char.IsLower) ? repaired.ToUpperInvariant() : repaired;
    }

    /// <summary>
    /// "QH" for a segment naming the National Assembly by its term ("QH15"), "UBTVQH" for its Standing Committee
    /// ("UBTVQH15"), else null ("QHKT" is a provincial planning department).
    /// </summary>
    public static string? Legislature(string segment) =>
        NumberedIssuer(SymbolText.Fold(segment)) is { } numbered ? numbered.StartsWith("UBTVQH", StringComparison.Ordinal) ? "UBTVQH" : "QH" : null;

    // Quốc hội and its standing committee carry the term number: QH13, QH15, UBTVQH15.
    private static string? NumberedIssuer(string folded)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["ubtvqh", "qh"])
        {
            if (folded.Length > prefix.Length && folded.StartsWith(prefix, StringComparison.Ordinal)
                && folded.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0)
                return folded.ToUpperInvariant();
        }
        return null;
    }

    private static Dictionary<string, string?> BuildFoldTable(IEnumerable<string> codes)
    {
        var table = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var folded = SymbolText.Fold(code);
            table[folded] = table.TryGetValue(folded, out var existing) && existing != code ? null : code;
        }
        return table;
    }
}
