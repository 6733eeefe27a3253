using Archive.Indexer.Structure;

namespace Archive.Indexer.Legal;

/// <summary>The words the citation grammar recognizes, all folded (lower case, no diacritics).</summary>
internal static class CitationVocabulary
{
    /// <summary>A kind word of one or more syllables; <see cref="ByName"/> kinds may be cited by title.</summary>
    public sealed record KindWord(string[] Syllables, string? Name, bool ByName, bool SelfWhenLowerCase);

    // Longest first so that "Thông tư liên tịch" wins over "Thông tư". Name null: "văn bản" takes the symbol's kind.
    public static readonly KindWord[] Kinds =
    [
        Kind("thong tu lien tich", "Thông tư liên tịch", selfLower: true),
        Kind("nghi quyet lien tich", "Nghị quyết liên tịch", selfLower: true),
        Kind("hien phap", "Hiến pháp", byName: true),
        Kind("bo luat", "Bộ luật", byName: true, selfLower: true),
        Kind("phap lenh", "Pháp lệnh", byName: true, selfLower: true),
        Kind("nghi dinh", "Nghị định", selfLower: true),
        Kind("nghi quyet", "Nghị quyết", selfLower: true),
        Kind("quyet dinh", "Quyết định", selfLower: true),
        Kind("thong tu", "Thông tư", selfLower: true),
        Kind("chi thi", "Chỉ thị", selfLower: true),
        Kind("ke hoach", "Kế hoạch"),
        Kind("ket luan", "Kết luận"),
        Kind("huong dan", "Hướng dẫn"),
        Kind("thong bao", "Thông báo"),
        Kind("bao cao", "Báo cáo"),
        Kind("to trinh", "Tờ trình"),
        Kind("quy che", "Quy chế"),
        Kind("quy dinh", "Quy định"),
        Kind("chuong trinh", "Chương trình"),
        Kind("phuong an", "Phương án"),
        Kind("de an", "Đề án"),
        Kind("du an", "Dự án"),
        Kind("cong van", "Công văn"),
        Kind("cong dien", "Công điện"),
        Kind("thong cao", "Thông cáo"),
        Kind("bien ban", "Biên bản"),
        Kind("hop dong", "Hợp đồng"),
        Kind("giay moi", "Giấy mời"),
        Kind("van ban", null),
        Kind("dieu le", "Điều lệ", byName: true),
        Kind("huong uoc", "Hương ước", byName: true),
        Kind("quy uoc", "Quy ước", byName: true),
        Kind("luat", "Luật", byName: true, selfLower: true),
        Kind("sac lenh", "Sắc lệnh"),
        Kind("lenh", "Lệnh"),
    ];

    /// <summary><see cref="Kinds"/> by first syllable, longest first.</summary>
    public static readonly Dictionary<string, KindWord[]> KindsByFirstSyllable =
        Kinds.GroupBy(k => k.Syllables[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Syllables.Length).ToArray());

    /// <summary>
    /// Lower-case words (as written, accents kept: "tự" in "Luật Dân quân tự vệ" is no "từ") that end a law's
    /// title: "Luật Đất đai được …", "Luật Đất đai và các …". Pairs such as "quy định" are in <see cref="TitleStopPairs"/>.
    /// </summary>
    public static readonly HashSet<string> TitleStops =
    [
        "ngày", "ngay", "số", "năm", "nam", "của", "cua", "này", "được", "đã", "đang", "sẽ", "thì", "là", "để", "khi",
        "nếu", "theo", "tại", "trong", "các", "những", "cho", "từ", "đến", "như", "về", "bị", "hết", "nhằm", "do",
        "thuộc", "kể", "phải", "không", "cũng", "mà", "sau", "trên", "dưới", "thay", "bãi", "điều", "khoản", "điểm",
        "chương", "mục", "gồm", "áp", "căn", "yêu", "nêu", "đó", "đây", "vào", "ra", "qua", "cùng", "hay",
    ];

    /// <summary>Two-word phrases that end a title or an issuer while their first word alone may belong to one.</summary>
    public static readonly HashSet<string> TitleStopPairs =
    [
        "quy định", "quy dinh", "hướng dẫn", "huong dan", "hiện hành", "đối với", "ban hành", "ban hanh", "sửa đổi",
        "bổ sung", "có hiệu", "có liên", "tổ chức", "triển khai", "thực hiện",
    ];

    /// <summary>Lower-case words (as written) that end an issuer's name: "của Chính phủ quy định …", "của UBND huyện về …".</summary>
    public static readonly HashSet<string> IssuerStops =
    [
        "về", "ve", "tại", "theo", "trong", "thì", "để", "cho", "các", "những", "này", "đó", "đã", "được", "có", "là",
        "đang", "sẽ", "từ", "kể", "ngày", "ngay", "năm", "số", "khi", "nếu", "nhằm", "bị", "như", "sau", "trước",
        "sửa", "bổ", "thay", "bãi", "hết", "phê", "thực", "triển", "việc", "hoặc", "với", "tiếp", "khóa", "khoá",
        "ký", "gửi", "lên", "đến", "trên", "của", "kèm", "áp", "hỗ", "tổ", "giao", "ban",
    ];

    /// <summary>Lower-case words that continue a title after a comma however long it is: "ở xã, phường, thị trấn", "tiết kiệm, chống lãng phí".</summary>
    public static readonly HashSet<string> TitleCommaContinuations = ["chống", "phường", "thị", "khen", "chữa"];

    /// <summary>
    /// Title stop words that a title may hold when it runs on straight into its number or date: "Luật Hòa giải, đối
    /// thoại tại Tòa án ngày …", "Luật Khuyến khích đầu tư trong nước (sửa đổi) số …", "… đi làm việc ở nước ngoài theo
    /// hợp đồng số …". Elsewhere they end it ("Luật Đất đai tại Điều 5").
    /// </summary>
    public static readonly HashSet<string> SoftTitleStops = ["tại", "trong", "của", "với", "cho", "theo", "về", "từ"];

    /// <summary>Words that make "luật" a common noun whatever the case ("LUẬT SƯ" a lawyer, "luật gia" a jurist, "luật lệ" rules).</summary>
    public static readonly HashSet<string> NounsWithLuat = ["sư", "gia", "lệ", "pháp", "định"];

    /// <summary>
    /// Lower-case words that never start a law's title, so "Luật" before them is a common noun: "Luật sư" (a lawyer),
    /// "do Luật định", "Luật pháp", "Luật lệ".
    /// </summary>
    public static readonly HashSet<string> NotTitleStarts =
    [
        .. NounsWithLuat, "mới", "cũ", "chung", "khác", "hiện", "nêu", "trên", "đó", "cần", "nên", "chưa", "vẫn",
        "chỉ", "còn", "cho", "đều",
    ];

    /// <summary>
    /// Words after which a capitalized "Luật" names an act even when its title is written in lower case: "của Luật
    /// dược", "tại Luật phí và lệ phí", "thi hành Luật đê điều", "Căn cứ Luật …", "sửa đổi, bổ sung Luật …".
    /// </summary>
    public static readonly HashSet<string> BeforeActTitle =
        ["của", "tại", "theo", "với", "hành", "dẫn", "và", "hoặc", "cứ", "vào", "đổi", "sung", "thế", "bỏ", "cua", "tai"];

    /// <summary>What follows "và" when it ends a title instead of joining two words of it: "Luật Quản lý thuế và pháp luật có liên quan".</summary>
    public static readonly HashSet<string> AndTails = ["pháp luật", "văn bản", "quy định", "hướng dẫn", "các văn", "điều ước"];

    /// <summary>A point's letter: "điểm a" to "điểm y" (the structure parser's <see cref="UnitLine.PointLetters"/>).</summary>
    public static bool IsPointLetter(string original) => original.Length == 1 && UnitLine.PointLetters.Contains(original[0]);

    private static KindWord Kind(string folded, string? name, bool byName = false, bool selfLower = false) =>
        new(folded.Split(' '), name, byName, selfLower);
}
