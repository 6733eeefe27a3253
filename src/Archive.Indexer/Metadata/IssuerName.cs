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
        "TÒA ÁN", "VIỆN KIỂM SÁT", "MẶT TRẬN", "LIÊN ĐOÀN", "BẢO HIỂM", "UBND", "HĐND", "UBMTTQ", "SỞ", "PHÒNG",
        "BAN", "BỘ", "CỤC", "TỔNG CỤC", "TRƯỜNG", "HỘI", "ĐOÀN", "THÔN", "HUYỆN ĐOÀN", "TỈNH ĐOÀN",
    }
    .Select(h => h.Split(' '))
    .OrderByDescending(h => h.Length)
    .ToArray();

    private static readonly HashSet<string> Localities =
        new(["HUYỆN", "TỈNH", "XÃ", "THỊ", "THÀNH", "QUẬN", "PHƯỜNG", "THÔN", "TRẤN"], StringComparer.Ordinal);

    /// <summary>The lowest body named by the capitals pieces, in reading order; null when there are none.</summary>
    public static string? Select(IReadOnlyList<string> pieces)
    {
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
                    current = text;
                    currentHasLocality = false;
                }
                else
                {
                    current += " " + text;
                }
                currentHasLocality |= words.Skip(i).Take(span).Any(w => Localities.Contains(w)) && head == 0;
                i += span;
            }
        }
        return current;
    }

    private static int HeadAt(string[] words, int index)
    {
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
