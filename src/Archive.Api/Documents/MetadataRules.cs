using System.Globalization;
using System.Text;
using Archive.Indexer.Analysis;
using Archive.Indexer.Legal;

namespace Archive.Api.Documents;

/// <summary>
/// The one set of rules for metadata a person gives, used by PATCH /api/documents/{id}, the upload form fields
/// (API and staff page) and the staff correction form: every field has a length limit, a number must look like a
/// Vietnamese document number, a date must be a date, a kind must be one of the known kinds, and a correction
/// must say why. Values come out trimmed, NFC, on one line.
/// </summary>
public static class MetadataRules
{
    public const int MaxTitle = 1000;
    public const int MaxKind = 100;
    public const int MaxNumber = 100;
    public const int MaxIssuer = 300;
    public const int MaxReason = 1000;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    /// <summary>Kinds that carry no abbreviation in a number but are archived all the same (laws, village conventions).</summary>
    private static readonly string[] KindsWithoutAbbreviation =
        ["Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Sắc lệnh", "Hương ước", "Quy ước"];

    /// <summary>Every kind a document may have, in the order the upload and correction forms list them.</summary>
    public static IReadOnlyList<string> KindNames { get; } = DocumentKinds.Abbreviations
        .Select(DocumentKinds.KindName).OfType<string>()
        .Concat(KindsWithoutAbbreviation)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))
        .ToList();

    /// <summary>Upload fields: all optional; a blank field is left to the document's header.</summary>
    public static (UploadMetadata? Metadata, IReadOnlyList<MetadataProblem> Problems) ForUpload(MetadataInput input)
    {
        var problems = new List<MetadataProblem>();
        var title = Text("title", "Tiêu đề", input.Title, MaxTitle, problems);
        var kind = Kind(input.Kind, problems);
        var number = Number(input.Number, problems);
        var issuedOn = Date(input.IssuedOn, problems);
        var issuer = Text("issuer", "Cơ quan ban hành", input.Issuer, MaxIssuer, problems);
        return problems.Count > 0 ? (null, problems) : (new UploadMetadata(title, kind, number, issuedOn, issuer), problems);
    }

    /// <summary>
    /// A correction: null fields stay as they are, a blank kind, number or issuer clears it, the title cannot be
    /// blank, and the reason is required (it goes into the audit trail with the old and new values).
    /// </summary>
    public static (MetadataCorrection? Correction, IReadOnlyList<MetadataProblem> Problems) ForCorrection(MetadataInput input)
    {
        var problems = new List<MetadataProblem>();
        string? title = null;
        if (input.Title is not null)
        {
            title = Text("title", "Tiêu đề", input.Title, MaxTitle, problems);
            if (title is null && !problems.Any(p => p.Field == "title")) problems.Add(new("title", "Tiêu đề không được để trống."));
        }
        var kind = input.Kind is null ? null : Kind(input.Kind, problems) ?? "";
        var number = input.Number is null ? null : Number(input.Number, problems) ?? "";
        var issuedOn = Date(input.IssuedOn, problems);
        var issuer = input.Issuer is null ? null : Text("issuer", "Cơ quan ban hành", input.Issuer, MaxIssuer, problems) ?? "";
        var reason = Text("reason", "Lý do", input.Reason, MaxReason, problems);
        if (reason is null && !problems.Any(p => p.Field == "reason"))
            problems.Add(new("reason", "Hãy ghi lý do sửa: lý do được ghi vào nhật ký cùng giá trị cũ và mới."));
        return problems.Count > 0 ? (null, problems) : (new MetadataCorrection(title, kind, number, issuedOn, issuer, reason), problems);
    }

    /// <summary>Every problem as one Vietnamese paragraph (for a problem detail's <c>detail</c>).</summary>
    public static string Describe(IEnumerable<MetadataProblem> problems) => string.Join(" ", problems.Select(p => p.Message));

    /// <summary>The canonical kind for what was typed ("bien ban", "BIÊN BẢN" → "Biên bản"), or null.</summary>
    public static string? KnownKind(string? typed)
    {
        if (Clean(typed) is not { } kind) return null;
        var folded = Fold(kind);
        return KindNames.FirstOrDefault(k => Fold(k) == folded);
    }

    /// <summary>Trimmed, NFC, control characters dropped, runs of white space as one space; null when nothing is left.</summary>
    public static string? Clean(string? value)
    {
        if (value is null) return null;
        var text = new StringBuilder(Math.Min(value.Length, 4096));
        var space = false;
        foreach (var c in value.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c)) { space = text.Length > 0; continue; }
            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            if (space) text.Append(' ');
            space = false;
            text.Append(c);
        }
        return text.Length == 0 ? null : text.ToString();
    }

    private static string? Text(string field, string label, string? value, int max, List<MetadataProblem> problems)
    {
        var text = Clean(value);
        if (text is { Length: var length } && length > max)
        {
            problems.Add(new(field, $"{label} dài {Count(length)} ký tự, quá giới hạn {Count(max)} ký tự."));
            return null;
        }
        return text;
    }

    private static string? Kind(string? value, List<MetadataProblem> problems)
    {
        var text = Text("kind", "Loại văn bản", value, MaxKind, problems);
        if (text is null) return null;
        if (KnownKind(text) is { } known) return known;
        problems.Add(new("kind", $"Loại văn bản “{text}” không có trong danh sách; hãy chọn một loại như Quyết định, Kế hoạch, Biên bản, Nghị định."));
        return null;
    }

    private static string? Number(string? value, List<MetadataProblem> problems)
    {
        var text = Text("number", "Số, ký hiệu", value, MaxNumber, problems);
        if (text is null) return null;
        // Kept in the one spelling the document prints (fullwidth digits, other dashes, spaces, "số", lower case and a
        // missing Đ are how people type it), so search and the public address find it like any other number.
        if (DocumentSymbol.TryParse(text.Normalize(System.Text.NormalizationForm.FormKC), out var symbol)) return symbol.Canonical;
        problems.Add(new("number", $"“{text}” không giống số, ký hiệu văn bản; hãy viết như 59/2023/NĐ-CP, 32/KH-UBND hoặc 851-QĐ/HU."));
        return null;
    }

    /// <summary>A date as people and date inputs write it (20/02/2025, 2025-02-20), within 1900 … next year; else null.</summary>
    /// <summary>A date as people read and type it: dd/mm/yyyy ("" for none). The pages show dates this way too.</summary>
    public static string ShowDate(DateOnly? date) => date is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    public static DateOnly? ParseDate(string? value) =>
        Clean(value) is { Length: <= 10 } text
        && DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year >= 1900 && date <= DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1)
            ? date : null;

    private static DateOnly? Date(string? value, List<MetadataProblem> problems)
    {
        if (Clean(value) is not { } text) return null;
        if (ParseDate(text) is { } date) return date;
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        problems.Add(new("issuedOn", $"Ngày ban hành “{shown}” không phải một ngày hợp lệ; hãy viết như 20/02/2025."));
        return null;
    }

    private static string Fold(string text) => VietnameseFolding.Fold(VietnameseNormalizer.Normalize(text).ToLowerInvariant());

    private static string Count(int n) => n.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
}
