using System.Globalization;
using System.Text;

namespace Archive.Api.Documents;

/// <summary>
/// A file name as the archive keeps and shows it: the base name only (browsers may send a client path), NFC,
/// without control characters, bidirectional overrides, zero-width or other invisible format characters
/// (<c>inv‮oice​fdp.exe.txt</c> shows as an .exe), whitespace collapsed, at most <see cref="MaxBytes"/> UTF-8
/// bytes with its extension kept. The name as sent is kept, made visible, in the audit trail (<see cref="Visible"/>).
/// </summary>
public static class SafeFileName
{
    /// <summary>What most file systems allow for one name.</summary>
    public const int MaxBytes = 255;

    /// <summary>The cleaned name, or "tai-lieu" + <paramref name="fallbackExtension"/> when nothing is left.</summary>
    public static string Clean(string? name, string fallbackExtension)
    {
        var text = (name ?? "").Replace('\\', '/');
        text = text[(text.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(text.Length);
        var space = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                space = kept.Length > 0;
                continue;
            }
            if (IsInvisible(Rune.GetUnicodeCategory(rune))) continue;
            if (space) kept.Append(' ');
            space = false;
            kept.Append(rune.ToString());
        }
        var cleaned = Shorten(kept.ToString().TrimStart('.', ' ').Normalize(NormalizationForm.FormC));
        return cleaned.Length == 0 || cleaned == Path.GetExtension(cleaned) ? $"tai-lieu{fallbackExtension}" : cleaned;
    }

    /// <summary>The name exactly as sent, with every invisible or control character written as <c>\uXXXX</c> (and <c>\</c> as <c>\\</c>).</summary>
    public static string Visible(string name)
    {
        var visible = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c == '\\') visible.Append(@"\\");
            else if (IsInvisible(char.GetUnicodeCategory(c)) || char.IsWhiteSpace(c) && c != ' ')
                visible.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else visible.Append(c);
        }
        return visible.ToString();
    }

    private static bool IsInvisible(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned;

    // Cut whole letters (text elements) off the stem, so the extension stays and no letter loses its tone mark.
    private static string Shorten(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= MaxBytes) return name;
        var extension = Path.GetExtension(name);
        if (extension.Length > 16) extension = "";
        var stem = name[..^extension.Length];
        var budget = MaxBytes - Encoding.UTF8.GetByteCount(extension);
        var kept = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(stem);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            budget -= Encoding.UTF8.GetByteCount(element);
            if (budget < 0) break;
            kept.Append(element);
        }
        return kept.ToString().TrimEnd(' ', '.') + extension;
    }
}
