using System.Text;
using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>
/// Writes Unicode Vietnamese in the legacy encodings, as the strings a Windows-1252 reading of the
/// legacy bytes gives (use <see cref="ToBytes"/> for the bytes). Used to build test fixtures and to
/// prove the decoders by round trip.
/// </summary>
public static class LegacyEncoder
{
    /// <summary>
    /// TCVN3. Ordinary fonts have no toned capitals, so those come out as their lowercase codes (as
    /// typists had to); with <paramref name="uppercaseFont"/> the text is written for a .VnTimeH font.
    /// </summary>
    public static string ToTcvn3(string unicodeText, bool uppercaseFont = false)
    {
        var text = unicodeText.Normalize(NormalizationForm.FormC);
        if (uppercaseFont) text = text.ToLowerInvariant();
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Tcvn3CodePage.FromUnicode.TryGetValue(c, out var code)) output.Append((char)code);
            else if (Tcvn3CodePage.FromUnicode.TryGetValue(char.ToLowerInvariant(c), out code)) output.Append((char)code);
            else output.Append(c);
        }
        return output.ToString();
    }

    public static string ToVni(string unicodeText)
    {
        var text = unicodeText.Normalize(NormalizationForm.FormC);
        var output = new StringBuilder(text.Length + text.Length / 2);
        foreach (var c in text)
        {
            if (c > '\u007F' && VniCodePage.FromUnicode.TryGetValue(c, out var sequence)) output.Append(sequence);
            else output.Append(c);
        }
        return output.ToString();
    }

    /// <summary>VIQR with "dd" for đ and the modifier before the tone ("Vie^.t").</summary>
    public static string ToViqr(string unicodeText)
    {
        var text = unicodeText.Normalize(NormalizationForm.FormC);
        var output = new StringBuilder(text.Length + text.Length / 2);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower == 'đ') { output.Append(c == 'đ' ? "dd" : "DD"); continue; }
            if (c <= '\u007F' || !VietnameseAlphabet.TryDecompose(lower, out var toneless, out var tone))
            {
                output.Append(c);
                continue;
            }
            var (baseLetter, modifier) = toneless switch
            {
                'ă' => ('a', "("), 'â' => ('a', "^"), 'ê' => ('e', "^"), 'ô' => ('o', "^"),
                'ơ' => ('o', "+"), 'ư' => ('u', "+"), _ => (toneless, ""),
            };
            output.Append(char.IsUpper(c) ? char.ToUpperInvariant(baseLetter) : baseLetter).Append(modifier);
            output.Append(tone switch
            {
                VietnameseTone.Grave => "`", VietnameseTone.Hook => "?", VietnameseTone.Tilde => "~",
                VietnameseTone.Acute => "'", VietnameseTone.Dot => ".", _ => "",
            });
        }
        return output.ToString();
    }

    /// <summary>The legacy bytes behind a string returned by <see cref="ToTcvn3"/> or <see cref="ToVni"/>.</summary>
    public static byte[] ToBytes(string legacyText) => WindowsLatinBytes.ToBytes(legacyText);
}
