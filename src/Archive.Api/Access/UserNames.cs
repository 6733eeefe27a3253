using System.Globalization;
using System.Text;

namespace Archive.Api.Access;

/// <summary>
/// The one rule for user names, at every entrance (staff page, <c>add-user</c>, the first admin): letters (Vietnamese
/// included), digits, ".", "-" and "_", at most <see cref="MaxLength"/> characters. A name is part of addresses
/// (<c>/api/users/{name}</c>, the revoke page), of the audit trail and of pages, so "/", spaces, "&lt;" and the like have
/// no place in it; and two names that differ only in case ("lan", "Lan") would be two audit identities that read alike,
/// so they are the same name.
/// </summary>
public static class UserNames
{
    public const int MaxLength = 64;

    /// <summary>The name as stored: trimmed, in NFC.</summary>
    public static string Canonical(string name) => name.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>Why <paramref name="name"/> cannot be a user's name (Vietnamese), or null.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "Tên người dùng không được để trống.";
        var canonical = Canonical(name);
        if (canonical.Length > MaxLength) return $"Tên người dùng quá dài (tối đa {MaxLength} ký tự).";
        var wrong = canonical.Where(c => !Allowed(c)).Distinct().ToList();
        return wrong.Count == 0 ? null
            : $"Tên người dùng “{canonical}” có ký tự không dùng được ({string.Join(" ", wrong.Select(Shown))}): chỉ dùng chữ cái (có dấu), chữ số và . - _, ví dụ lan.vanthu.";
    }

    /// <summary>Whether two names are the same person's (case does not tell people apart).</summary>
    public static bool Same(string a, string b) => string.Equals(Canonical(a), Canonical(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The name an address carries: routing leaves "%2F" encoded in a route value, so a name added before this rule
    /// (with a "/") is decoded here, and can still be revoked from the page and the API.
    /// </summary>
    public static string FromRoute(string value) => value.Contains('%') ? Uri.UnescapeDataString(value) : value;

    private static bool Allowed(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or '_'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string Shown(char c) => char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : c.ToString();
}
