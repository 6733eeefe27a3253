using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Metadata;

/// <summary>
/// Picks the issuing body out of the header's left-column capitals. The column may name a parent body
/// above the issuer ("UBND TỈNH LẠNG SƠN" / "SỞ TƯ PHÁP", "ĐẢNG BỘ TỈNH LẠNG SƠN" / "HUYỆN ỦY ĐÌNH LẬP"):
/// the lowest body is the one that issued the document. One body may also wrap over lines
/// ("ỦY BAN NHÂN DÂN" / "HUYỆN ĐÌNH LẬP"), which must be joined, not split.
/// </summary>
internal static class IssuerName
{
    // Words that open the name of a body. Two-word heads come first so that "ỦY BAN" is not read as "BAN".
    private static readonly string[][] Heads = new[]
    {
        "ỦY BAN", "HỘI ĐỒNG", "HUYỆN ỦY", "TỈNH ỦY", "THÀNH ỦY", "THỊ ỦY", "QUẬN ỦY", "ĐẢNG ỦY", "ĐẢNG BỘ",
        "CHI BỘ", "VĂN PHÒNG", "TRUNG TÂM", "CHI CỤC", "THANH TRA", "CÔNG AN", "BAN CHỈ HUY", "BAN CHẤP HÀNH",
        "TÒA ÁN", "VIỆN KIỂM SÁT", "VIỆN", "MẶT TRẬN", "CHÍNH PHỦ", "QUỐC HỘI", "THỦ TƯỚNG", "CHỦ TỊCH NƯỚC",
        "NGÂN HÀNG", "KIỂM TOÁN NHÀ NƯỚC", "LIÊN ĐOÀN", "BẢO HIỂM", "UBND", "HĐND", "UBMTTQ", "SỞ", "PHÒNG",
        "BAN", "BỘ", "CỤC", "TỔNG CỤC", "TRƯỜNG", "HỘI", "ĐOÀN", "THÔN", "HUYỆN ĐOÀN", "TỈNH ĐOÀN",
    }
    .Select(h => h.Split(' '))
    .OrderByDescending(h => h.Length)
    .ToArray();

    private static readonly HashSet<string> Localities =
        new(["HUYỆN", "TỈNH", "XÃ", "THỊ", "THÀNH", "QUẬN", "PHƯỜNG", "THÔN", "TRẤN"], StringComparer.Ordinal);

    /// <summary>
    /// A header piece as a body's name could stand, or null: a legacy file's header table leaves its rules ("-----",
    /// "___") and the form codes printed in its corners ("H.L300", "XV80": letters run into digits) beside the issuer,
    /// and a spreadsheet's cells give capitals that name no body ("(HOẶC NĂM……)", "6 THÁNG ĐẦU NĂM").
    /// </summary>
    public static string? Clean(string piece)
    {
        if (piece.Contains('…', StringComparison.Ordinal) || piece.Contains("..", StringComparison.Ordinal)) return null;
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => (w.Any(char.IsLetterOrDigit) || w is "-" or "–" or "&") && !(w.Any(char.IsLetter) && w.Any(char.IsDigit)))
            .ToList();
        if (words.Count == 0 || words[0][0] == '(' || char.IsDigit(words[0][0])) return null;
        return string.Join(' ', words).Trim(' ', '-', '–', '|');
    }

    /// <summary>
    /// The lowest body named by the capitals pieces, in reading order; null when there are none. A body OCR misspelled
    /// ("BỘ QUỐÓC PHÒNG") gives way to the last one spelled right (the gazette's heading "BỘ QUỐC PHÒNG" above it).
    /// </summary>
    public static string? Select(IReadOnlyList<string> pieces)
    {
        var bodies = Bodies(pieces);
        return bodies.LastOrDefault(IsWellSpelled) ?? bodies.LastOrDefault();
    }

    // Every word a syllable, or an abbreviation in plain capitals ("UBND", "HĐND"); OCR's "QUỐÓC" is neither.
    private static bool IsWellSpelled(string body) =>
        body.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('-', '–', ',', '.', '(', ')'))
            .All(w => w.Length == 0 || VietnameseSyllable.IsValid(w) || w.All(c => c is >= 'A' and <= 'Z' or 'Đ' or '&' || char.IsDigit(c)));

    private static List<string> Bodies(IReadOnlyList<string> pieces)
    {
        var bodies = new List<string>();
        string? current = null;
        var currentHasLocality = false;
        foreach (var piece in pieces)
        {
            var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var i = 0;
            while (i < words.Length)
            {
                var head = HeadAt(words, i);
                // A new body starts at a head on a fresh line, or mid-line once the body so far has named its place.
                var startsBody = current is null || (head > 0 && (i == 0 || currentHasLocality));
                var span = Math.Max(head, 1);
                var text = string.Join(' ', words, i, span);
                if (startsBody)
                {
                    if (current is not null) bodies.Add(current);
                    current = text;
                    currentHasLocality = false;
                }
                else
                {
                    current += " " + text;
                }
                currentHasLocality |= head == 0 && Enumerable.Range(i, span).Any(k => IsLocality(words, k));
                i += span;
            }
        }
        if (current is not null) bodies.Add(current);
        return bodies;
    }

    /// <summary>
    /// Every body the pieces name, for a joint document ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO TÒA ÁN NHÂN DÂN TỐI CAO BỘ
    /// CÔNG AN …"): a new body starts at every head, a piece without one continues the last body, and a body named
    /// twice (the gazette repeats the header) or cut short by a wrapped line counts once. Joined by " - ".
    /// </summary>
    public static string? Joint(IReadOnlyList<string> pieces)
    {
        var bodies = new List<string>();
        foreach (var piece in pieces)
        {
            var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var current = new List<string>();
            var continues = HeadAt(words, 0) == 0 && bodies.Count > 0;
            void Close()
            {
                var body = string.Join(' ', current).Trim(' ', '-', '–', ',');
                if (body.Length == 0) return;
                if (continues) bodies[^1] += " " + body;
                else bodies.Add(body);
                continues = false;
            }
            for (var i = 0; i < words.Length;)
            {
                // Only the heads of bodies that issue documents jointly start one mid-line: "PHÒNG" and "CÔNG AN" are
                // also words of "BỘ QUỐC PHÒNG", "BỘ CÔNG AN".
                var head = i > 0 && current.Count >= 2 ? JointHeadAt(words, i) : 0;
                if (head > 0)
                {
                    Close();
                    current.Clear();
                }
                var span = Math.Max(head, 1);
                current.AddRange(words.Skip(i).Take(span));
                i += span;
            }
            Close();
        }
        var distinct = new List<string>();
        foreach (var body in bodies)
        {
            var key = Key(body);
            if (distinct.Any(d => Key(d).StartsWith(key, StringComparison.Ordinal))) continue;
            distinct.RemoveAll(d => key.StartsWith(Key(d), StringComparison.Ordinal));
            distinct.Add(body);
        }
        return distinct.Count == 0 ? null : string.Join(" - ", distinct);
    }

    private static readonly string[][] JointHeads = new[]
    {
        "VIỆN KIỂM SÁT", "TÒA ÁN", "BỘ", "ỦY BAN", "HỘI ĐỒNG", "CHÍNH PHỦ", "QUỐC HỘI", "NGÂN HÀNG", "KIỂM TOÁN",
        "TỔNG LIÊN ĐOÀN", "BAN CHẤP HÀNH", "MẶT TRẬN", "TRUNG ƯƠNG",
    }
    .Select(h => h.Split(' '))
    .OrderByDescending(h => h.Length)
    .ToArray();

    private static int JointHeadAt(string[] words, int index)
    {
        if (words[index - 1] is "ĐẢNG" or "CHI") return 0; // "ĐẢNG BỘ", "CHI BỘ"
        foreach (var head in JointHeads)
        {
            if (index + head.Length > words.Length) continue;
            if (head.Select((w, k) => words[index + k] == w).All(x => x)) return head.Length;
        }
        return 0;
    }

    private static string Key(string body) => new(body.Where(char.IsLetter).ToArray());

    // "XÃ" names a commune, except in "XÃ HỘI" (society: "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), where "HỘI" is no body either.
    private static bool IsLocality(string[] words, int index) =>
        Localities.Contains(words[index]) && !(words[index] == "XÃ" && index + 1 < words.Length && words[index + 1] == "HỘI");

    private static int HeadAt(string[] words, int index)
    {
        if (index > 0 && words[index] == "HỘI" && words[index - 1] == "XÃ") return 0;
        foreach (var head in Heads)
        {
            if (index + head.Length > words.Length) continue;
            var matches = true;
            for (var k = 0; k < head.Length && matches; k++) matches = words[index + k] == head[k];
            if (matches) return head.Length;
        }
        return 0;
    }
}
