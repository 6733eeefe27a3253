namespace Archive.Indexer.Metadata;

/// <summary>
/// The line in capitals that names a document's kind under the header ("KẾ HOẠCH", "QUYẾT ĐỊNH",
/// "BIÊN BẢN"), possibly spaced out by OCR ("KẾ HOẠ CH") or followed by the subject in capitals
/// ("BIÊN BẢN HỌP THÔN BẢN CHẮT").
/// </summary>
internal static class KindLine
{
    // Longest first so that "NGHỊ QUYẾT LIÊN TỊCH" wins over "NGHỊ QUYẾT", "THÔNG TƯ LIÊN TỊCH" over "THÔNG TƯ".
    private static readonly (string Capitals, string Kind)[] Kinds = new[]
    {
        "Nghị quyết liên tịch", "Thông tư liên tịch", "Nghị quyết", "Quyết định", "Nghị định", "Thông tư", "Chỉ thị",
        "Kế hoạch", "Biên bản", "Kết luận", "Hướng dẫn", "Thông báo", "Báo cáo", "Tờ trình", "Quy chế", "Quy định",
        "Chương trình", "Phương án", "Đề án", "Dự án", "Hợp đồng", "Công điện", "Giấy mời", "Thông cáo", "Công văn",
        "Hương ước", "Quy ước", "Điều lệ", "Luật", "Pháp lệnh", "Lệnh",
    }
    .Select(kind => (MetadataText.WithoutSpaces(kind.ToUpperInvariant()), kind))
    .OrderByDescending(k => k.Item1.Length)
    .ToArray();

    /// <summary>
    /// The kind named by a whole line, and the capitals that follow it on the same line (a subject) or null.
    /// Only a line written entirely in capitals counts: "Kế hoạch số 32/KH-UBND" in running text is a citation.
    /// </summary>
    public static (string Kind, string? Subject)? Read(string line)
    {
        if (line.Length is < 4 or > 200 || !MetadataText.IsCapitals(line)) return null;
        var compact = MetadataText.WithoutSpaces(line);
        // Exactly first; then without marks, for OCR that misreads a tone ("THÔNG BẢO" for "THÔNG BÁO").
        return Match(line, compact, exact: true) ?? Match(line, compact, exact: false);
    }

    private static (string Kind, string? Subject)? Match(string line, string compact, bool exact)
    {
        var written = exact ? compact : MetadataText.Fold(compact);
        foreach (var (capitals, kind) in Kinds)
        {
            var expected = exact ? capitals : MetadataText.Fold(capitals);
            if (written == expected) return (kind, null);
            if (!written.StartsWith(expected, StringComparison.Ordinal)) continue;
            // A subject in capitals follows; find where the kind's letters end in the spaced original.
            var end = EndOfLetters(line, capitals.Length);
            // OCR leaves specks after the kind ("NGHỊ QUYẾT ˆ"): a subject has words.
            if (end < line.Length && line[end] == ' ')
                return (kind, line[end..].Count(char.IsLetter) >= 2 ? SubjectOf(line[end..].Trim()) : null);
        }
        return null;
    }

    /// <summary>
    /// What follows the kind on its line, unless it names the issuer: "NGHỊ ĐỊNH CỦA CHÍNH PHỦ" states who issued the
    /// decree, and its summary is the next line ("Về đăng ký kinh doanh"), or comes after "VỀ" on the same line
    /// ("NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 109/2004/NĐ-CP NGÀY … VỀ ĐĂNG KÝ KINH DOANH").
    /// </summary>
    private static string? SubjectOf(string rest)
    {
        var folded = MetadataText.Fold(rest);
        if (!folded.StartsWith("cua ", StringComparison.Ordinal)) return rest;
        var about = folded.IndexOf(" ve ", StringComparison.Ordinal);
        return about < 0 ? null : rest[(about + 1)..];
    }

    /// <summary>
    /// The kind a line opens with in any case ("Kế hoạch số 88/KH-UBND …", "Biên bản họp thôn …"), for texts without
    /// a header; null when the line does not open with a kind, or refers to its own document ("Quyết định này …").
    /// </summary>
    public static string? Opening(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (_, kind) in Kinds)
        {
            var kindWords = kind.Split(' ');
            if (words.Length < kindWords.Length) continue;
            var matches = true;
            for (var i = 0; i < kindWords.Length && matches; i++)
                matches = string.Equals(words[i].TrimEnd(':', ','), kindWords[i], StringComparison.OrdinalIgnoreCase);
            if (!matches) continue;
            var next = words.Length > kindWords.Length ? words[kindWords.Length] : null;
            return next is not null && next.Equals("này", StringComparison.OrdinalIgnoreCase) ? null : kind;
        }
        return null;
    }

    private static int EndOfLetters(string line, int letters)
    {
        var seen = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ' ') continue;
            if (++seen == letters) return i + 1;
        }
        return line.Length;
    }
}
