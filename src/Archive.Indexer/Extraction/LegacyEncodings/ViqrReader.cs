using System.Text;

namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>
/// Reads VIQR (RFC 1456): after a vowel, ^ ( + (or *) add the modifier and ' ` ? ~ . the tone; "dd"
/// (or "d9") is đ; a backslash makes the next mark literal. "." and "?" double as punctuation, so at
/// the end of a word they count as a tone only when the text goes on in lowercase ("ba.n ho.c").
/// </summary>
internal static class ViqrReader
{
    private const string Vowels = "aeiouyAEIOUY";

    public static string Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && IsMark(text[i + 1]))
            {
                output.Append(text[++i]);
                continue;
            }
            if (c is 'd' or 'D' && i + 1 < text.Length && text[i + 1] is 'd' or 'D' or '9')
            {
                output.Append(c == 'd' ? 'đ' : 'Đ');
                i++;
                continue;
            }
            if (!Vowels.Contains(c))
            {
                output.Append(c);
                continue;
            }

            var consumed = 0;
            char? modifier = null, tone = null;
            for (var j = i + 1; j < text.Length && j <= i + 2; j++)
            {
                if (modifier is null && tone is null && ModifierMark(text[j]) is { } m && Composes(c, m))
                    modifier = m;
                else if (tone is null && ToneMark(text[j]) is { } t && IsToneHere(text, j))
                    tone = t;
                else break;
                consumed++;
            }
            output.Append(Compose(c, modifier, tone));
            i += consumed;
        }
        return output.ToString();
    }

    private static string Compose(char vowel, char? modifier, char? tone)
    {
        if (modifier is null && tone is null) return vowel.ToString();
        return string.Concat(vowel, modifier?.ToString() ?? "", tone?.ToString() ?? "").Normalize(NormalizationForm.FormC);
    }

    private static bool Composes(char vowel, char combining) =>
        string.Concat(vowel, combining).Normalize(NormalizationForm.FormC).Length == 1;

    private static bool IsMark(char c) => ModifierMark(c) is not null || ToneMark(c) is not null;

    private static char? ModifierMark(char c) => c switch
    {
        '^' => '\u0302',
        '(' => '\u0306',
        '+' or '*' => '\u031B',
        _ => null,
    };

    private static char? ToneMark(char c) => c switch
    {
        '`' => '\u0300',
        '?' => '\u0309',
        '~' => '\u0303',
        '\'' => '\u0301',
        '.' => '\u0323',
        _ => null,
    };

    private static bool IsToneHere(string text, int position)
    {
        if (text[position] is not ('.' or '?')) return true;
        var next = position + 1;
        if (next >= text.Length) return false;
        if (char.IsLetter(text[next])) return true;
        if (text[next] is not (' ' or '\t' or ',' or ';' or ':')) return false;
        while (next < text.Length && text[next] is ' ' or '\t') next++;
        if (next < text.Length && text[next] is ',' or ';' or ':') return true;
        return next < text.Length && char.IsLower(text[next]);
    }
}
