using System.Text.Json;
using Archive.Api.Documents;

namespace Archive.Api.Records;

/// <summary>
/// What a new dossier must have, said in Vietnamese for the API and the staff form alike: a code, a title,
/// a year, and a retention period ("vĩnh viễn" or years).
/// </summary>
public static class DossierRules
{
    public const int MaxCode = 50;
    public const int MaxTitle = 500;
    public const int MaxName = 200;
    public const int FirstYear = 1945;

    /// <summary>The draft, or the problems (field → Vietnamese message) when there is something to fix.</summary>
    public static (DossierDraft? Draft, IReadOnlyDictionary<string, string> Problems) Check(
        string? code, string? title, string? year, JsonElement? retention, string? unit, string? responsible)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var cleanCode = MetadataRules.Clean(code);
        var cleanTitle = MetadataRules.Clean(title);
        if (cleanCode is null) problems["code"] = "Hãy ghi ký hiệu hồ sơ (code), ví dụ \"01.KH\".";
        else if (cleanCode.Length > MaxCode) problems["code"] = $"Ký hiệu hồ sơ dài quá {MaxCode} ký tự.";
        if (cleanTitle is null) problems["title"] = "Hãy ghi tiêu đề hồ sơ (title).";
        else if (cleanTitle.Length > MaxTitle) problems["title"] = $"Tiêu đề hồ sơ dài quá {MaxTitle} ký tự.";
        var lastYear = DateTime.UtcNow.Year + 1;
        if (!int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) || y < FirstYear || y > lastYear)
            problems["year"] = $"Năm hồ sơ (year) là một năm từ {FirstYear} đến {lastYear}.";
        var period = RetentionPeriod.Permanent;
        if (retention is not { } r || !RetentionPeriod.TryRead(r, out period)) problems["retention"] = RetentionPeriod.Expected;
        var cleanUnit = MetadataRules.Clean(unit);
        var cleanResponsible = MetadataRules.Clean(responsible);
        if (cleanUnit?.Length > MaxName) problems["unit"] = $"Tên đơn vị dài quá {MaxName} ký tự.";
        if (cleanResponsible?.Length > MaxName) problems["responsible"] = $"Tên người lập hồ sơ dài quá {MaxName} ký tự.";
        return problems.Count > 0
            ? (null, problems)
            : (new DossierDraft(cleanCode!, cleanTitle!, y, period, cleanUnit, cleanResponsible), problems);
    }

    /// <summary>A reason for an audited act (closing, reopening, a hold): required, at most 1000 characters; null when it is fine.</summary>
    public static string? ReasonProblem(string? reason, string acts = "việc khóa và mở lại hồ sơ") =>
        string.IsNullOrWhiteSpace(reason) ? $"Hãy ghi lý do (reason): {acts} đều được ghi vào nhật ký."
        : reason.Length > MetadataRules.MaxReason ? $"Lý do quá dài (tối đa {MetadataRules.MaxReason} ký tự)."
        : null;
}
