using System.Globalization;
using System.Text;

namespace Archive.Api.Access;

/// <summary>
/// The one rule for user names, at every entrance (staff page, <c>add-user</c>, the first admin): Latin letters
/// (Vietnamese and other marked letters included), ASCII digits, ".", "-" and "_", at most <see cref="MaxLength"/>
/// characters. Letters of other scripts are refused: a Cyrillic "а" or a Greek "ο" looks like a Latin one, so
/// "аdmin" would read as "admin" on every page and in the audit trail while being another name. A name is part of addresses
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
            : $"Tên người dùng “{canonical}” có ký tự không dùng được ({string.Join(" ", wrong.Select(Shown))}): chỉ dùng chữ cái Latinh (có dấu tiếng Việt), chữ số 0-9 và . - _, ví dụ lan.vanthu.";
    }

    /// <summary>Whether two names are the same person's (case does not tell people apart).</summary>
    public static bool Same(string a, string b) => string.Equals(Canonical(a), Canonical(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The name an address carries. The server has decoded the address once already, all but "%2F" (kept so that a "/"
    /// in a segment does not split it): that one is decoded here, so that a name added before this rule (with a "/") can
    /// still be revoked from the page and the API. Nothing else is decoded again: "a%2541" is the name "a%41", not "aA".
    /// </summary>
    public static string FromRoute(string value) => value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    /// <summary>A Latin letter, bare or with marks (its canonical decomposition starts with an ASCII letter: "ệ", "é", "ñ"), "đ",
    /// an ASCII digit, or '.', '-', '_'.</summary>
    private static bool Allowed(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or 'đ' or 'Đ') return true;
        if (!char.IsLetter(c)) return false;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.IsAsciiLetter(decomposed[0])
            && decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark);
    }

    private static string Shown(char c) => char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : c.ToString();
}
