using System.Text;
using Archive.Indexer.Analysis;

namespace Archive.Indexer.Metadata;

/// <summary>
/// The text forms the metadata readers work on: one normalized, case-kept copy of the document (NFC, Ð→Đ,
/// one tone placement, so "UỶ BAN" and "ỦY BAN" read alike) cut into trimmed lines, and an accent-free
/// lower-case twin of each line with the same length, so a pattern written without diacritics
/// ("cong hoa xa hoi") finds spans that index the original line.
/// </summary>
internal static class MetadataText
{
    /// <summary>Normalized, case kept, form feeds and CR as line ends, NBSP and tabs as spaces.</summary>
    public static string Normalize(string text)
    {
        var output = new StringBuilder(text.Length);
        VietnameseNormalizer.Normalize(text, output, sources: null, lowercase: false);
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = output[i] switch
            {
                '\f' or '\r' or '\u2028' or '\u2029' or '\v' => '\n',
                // Every kind of space a word processor writes (hair U+2006, thin U+2009, figure U+2007, no-break): one space.
                '\t' or '\u00A0' or '\u202F' => ' ',
                var c when char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator => ' ',
                var c => c,
            };
        }
        return output.ToString();
    }

    /// <summary>
    /// The first <paramref name="head"/> and last <paramref name="tail"/> raw lines with blank lines between them:
    /// the header and the signature block are all a header reader needs, and normalizing only them keeps a
    /// long document's cost flat.
    /// </summary>
    public static string Edges(string text, int head, int tail)
    {
        var lines = text.Split(LineEnds);
        if (lines.Length <= head + tail) return text;
        return string.Join('\n', lines.Take(head)) + "\n\n\n\n" + string.Join('\n', lines.Skip(lines.Length - tail));
    }

    private static readonly char[] LineEnds = ['\n', '\f', '\r', '\u2028', '\u2029', '\v'];

    /// <summary>Lines trimmed, runs of spaces collapsed to one; blank lines kept as "" (layout matters).</summary>
    public static string[] Lines(string normalized)
    {
        var lines = normalized.Split('\n');
        for (var i = 0; i < lines.Length; i++) lines[i] = CollapseSpaces(lines[i]);
        return lines;
    }

    public static string CollapseSpaces(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.Contains("  ", StringComparison.Ordinal)) return trimmed;
        var sb = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (c == ' ' && sb.Length > 0 && sb[^1] == ' ') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Lower case without marks, đ→d, dashes as '-'; same length as the input, index for index.</summary>
    public static string Fold(string text)
    {
        var buffer = text.ToLowerInvariant().ToCharArray();
        VietnameseFolding.Fold(buffer, buffer.Length);
        for (var i = 0; i < buffer.Length; i++)
        {
            if (buffer[i] is >= '\u2010' and <= '\u2015' or '\u2212') buffer[i] = '-';
        }
        return new string(buffer);
    }

    /// <summary>Has letters and none of them lower case: "ỦY BAN NHÂN DÂN", "UBND TỈNH LẠNG SƠN".</summary>
    public static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>The same text with every space removed, for comparing lines that OCR spaced out ("KẾ HOẠ CH").</summary>
    public static string WithoutSpaces(string text) =>
        text.Contains(' ') ? text.Replace(" ", "", StringComparison.Ordinal) : text;
}
