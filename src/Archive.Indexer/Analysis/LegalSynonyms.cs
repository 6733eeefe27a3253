namespace Archive.Indexer.Analysis;

/// <summary>
/// The everyday words and abbreviations citizens type for what the law names otherwise: "sổ đỏ" is a
/// "giấy chứng nhận quyền sử dụng đất", "lấy vợ" is "kết hôn", "BHXH" is "bảo hiểm xã hội".
/// <see cref="VietnameseQueryBuilder"/> adds the legal wording as extra optional clauses, weighed below
/// the typed words, so a text using the typed words still ranks first.
/// </summary>
/// <remarks>
/// Matched on whole syllables in typed order, never inside a longer word. A word typed without diacritics
/// matches on its folded form ("so do" is "sổ đỏ"), except a lone syllable ("cưới"): bare, it would also be
/// "cười" or "cuối", so it must be typed with its marks. Expansion goes one way, everyday → legal, except
/// for abbreviations, which stand for their full form and the full form for them (texts write "UBND" too).
/// </remarks>
public static class LegalSynonyms
{
    // "everyday | everyday => legal | legal"; "<=>" for an abbreviation that also stands in the texts.
    private static readonly string[] Table =
    [
        // Land
        "sổ đỏ | sổ hồng | bìa đỏ => giấy chứng nhận quyền sử dụng đất",
        "đất thổ cư => đất ở",
        "lên thổ cư => chuyển mục đích sử dụng đất",
        "đất ruộng => đất trồng lúa",
        "sang tên | mua bán đất => chuyển nhượng quyền sử dụng đất",
        // Marriage and family
        "lấy vợ | lấy chồng | cưới vợ | cưới chồng | cưới => kết hôn",
        "ly dị | bỏ vợ | bỏ chồng => ly hôn",
        "giấy xác nhận độc thân | giấy chứng nhận độc thân => xác nhận tình trạng hôn nhân",
        // Civil status and residence
        "giấy khai sinh | làm khai sinh => đăng ký khai sinh",
        "giấy chứng tử | báo tử => đăng ký khai tử",
        "hộ khẩu | sổ hộ khẩu => đăng ký thường trú",
        "ở trọ | thuê trọ | nhà trọ => đăng ký tạm trú",
        "chứng minh thư | chứng minh nhân dân | căn cước công dân => thẻ căn cước",
        "cmnd | cmt | cccd => thẻ căn cước",
        // Work, pensions, insurance
        "nghỉ phép năm | nghỉ phép => nghỉ hằng năm",
        "thôi việc | nghỉ việc | bỏ việc => chấm dứt hợp đồng lao động",
        "tăng ca | làm ngoài giờ => làm thêm giờ",
        "nghỉ đẻ | nghỉ sinh => nghỉ thai sản | chế độ thai sản",
        "về hưu => nghỉ hưu | lương hưu",
        "tuổi về hưu => tuổi nghỉ hưu",
        "hđlđ <=> hợp đồng lao động",
        "bhxh <=> bảo hiểm xã hội",
        "bhyt <=> bảo hiểm y tế",
        "bhtn <=> bảo hiểm thất nghiệp",
        // Military service
        "đi lính | đi bộ đội | đi nghĩa vụ => nhập ngũ",
        // Traffic
        "bằng lái | bằng lái xe | gplx => giấy phép lái xe",
        "nón bảo hiểm => mũ bảo hiểm",
        "xe máy => xe mô tô | xe gắn máy",
        "say rượu | say xỉn => nồng độ cồn",
        "csgt <=> cảnh sát giao thông",
        // Social support
        "người già => người cao tuổi",
        "tiền già | trợ cấp người già => trợ cấp xã hội",
        // Local government
        "tiếp dân => tiếp công dân",
        "trưởng bản => trưởng thôn",
        "họp dân | họp thôn => hội nghị thôn",
        "ubnd <=> ủy ban nhân dân",
        "hđnd <=> hội đồng nhân dân",
        "mttq <=> mặt trận tổ quốc",
        "qsdđ <=> quyền sử dụng đất",
    ];

    // Strict: a lone everyday syllable with marks ("cưới"), matched only as typed with them.
    // Folded: the wording's syllables folded once, as a query's words are compared with it on every search.
    private sealed record Entry(string[] Words, string[][] Legal, bool Strict)
    {
        public string[] Folded { get; } = Words.Select(VietnameseFolding.Fold).ToArray();
    }

    // Longest wording first, so "bằng lái xe" wins over "bằng lái" at the same place.
    private static readonly Entry[] Entries = Parse(Table).OrderByDescending(e => e.Words.Length).ToArray();

    /// <summary>
    /// The legal wordings (normalized syllables, with diacritics) of every table entry found in
    /// <paramref name="words"/> (lowercase, normalized, in typed order), each once, none already typed.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Expand(IReadOnlyList<string> words)
    {
        var found = new List<IReadOnlyList<string>>();
        var folded = words.Select(VietnameseFolding.Fold).ToArray();
        var typed = " " + string.Join(' ', folded) + " ";
        for (int i = 0; i < words.Count; i++)
        {
            foreach (var entry in Entries)
            {
                if (!Matches(words, folded, i, entry)) continue;
                foreach (var legal in entry.Legal)
                {
                    bool alreadyTyped = typed.Contains(" " + VietnameseFolding.Fold(string.Join(' ', legal)) + " ", StringComparison.Ordinal);
                    if (!alreadyTyped && !found.Any(f => f.SequenceEqual(legal))) found.Add(legal);
                }
                i += entry.Words.Length - 1;
                break;
            }
        }
        return found;
    }

    private static bool Matches(IReadOnlyList<string> words, string[] folded, int start, Entry entry)
    {
        var wording = entry.Words;
        if (start + wording.Length > words.Count) return false;
        for (int k = 0; k < wording.Length; k++)
        {
            string word = words[start + k];
            bool same = entry.Strict || VietnameseFolding.HasDiacritics(word)
                ? word == wording[k]
                : folded[start + k] == entry.Folded[k];
            if (!same) return false;
        }
        return true;
    }

    private static IEnumerable<Entry> Parse(IEnumerable<string> table)
    {
        foreach (var line in table)
        {
            bool both = line.Contains("<=>", StringComparison.Ordinal);
            var sides = line.Split(both ? "<=>" : "=>");
            var everyday = Wordings(sides[0]);
            var legal = Wordings(sides[1]);
            foreach (var words in everyday)
                yield return new Entry(words, legal, Strict: !both && words.Length == 1 && VietnameseFolding.HasDiacritics(words[0]));
            if (both)
                foreach (var words in legal) yield return new Entry(words, everyday, Strict: false);
        }
    }

    private static string[][] Wordings(string side) =>
        side.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(w => VietnameseNormalizer.Normalize(w).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
}
