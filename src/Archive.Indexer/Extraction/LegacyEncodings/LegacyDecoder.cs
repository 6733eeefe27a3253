using System.Text;

namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>
/// Turns legacy-encoded Vietnamese into NFC Unicode. String inputs are the garbage a Windows-1252 (or
/// Latin-1) reading produced ("ChÝnh phñ"); byte inputs are the file's raw bytes. Characters the
/// encoding does not define are passed through, so Unicode text mixed in survives.
/// </summary>
public static class LegacyDecoder
{
    /// <summary>TCVN3 / ABC. <paramref name="uppercaseFont"/> for the capitals-only ".VnTimeH" fonts, which draw every letter as a capital.</summary>
    public static string FromTcvn3(string latin1Text, bool uppercaseFont = false)
    {
        ArgumentNullException.ThrowIfNull(latin1Text);
        var output = new StringBuilder(latin1Text.Length);
        var combining = false;
        foreach (var c in latin1Text)
        {
            var code = WindowsLatinBytes.ToByte(c);
            if (code < 0) { output.Append(c); continue; }
            var letter = Tcvn3CodePage.ToUnicode[code];
            if (letter != '\0') { output.Append(letter); continue; }
            var mark = Tcvn3CodePage.CombiningMarks[code];
            if (mark != '\0') { output.Append(mark); combining = true; continue; }
            output.Append(c);
        }
        var text = output.ToString();
        if (uppercaseFont) text = text.ToUpperInvariant();
        return combining ? text.Normalize(NormalizationForm.FormC) : text;
    }

    public static string FromTcvn3(ReadOnlySpan<byte> bytes, bool uppercaseFont = false) =>
        FromTcvn3(WindowsLatinBytes.FromBytes(bytes), uppercaseFont);

    /// <summary>VNI for Windows: base letters followed by mark characters ("Vieät Nam").</summary>
    public static string FromVni(string latin1Text)
    {
        ArgumentNullException.ThrowIfNull(latin1Text);
        var output = new StringBuilder(latin1Text.Length);
        for (var i = 0; i < latin1Text.Length; i++)
        {
            var c = latin1Text[i];
            if (i + 1 < latin1Text.Length && latin1Text[i + 1] is >= '\u00C0' and <= '\u00FF'
                && VniCodePage.PairToUnicode.TryGetValue(VniCodePage.PairKey(c, latin1Text[i + 1]), out var combined))
            {
                output.Append(combined);
                i++;
                continue;
            }
            var single = c <= '\u00FF' ? VniCodePage.SingleToUnicode[c] : '\0';
            output.Append(single != '\0' ? single : c);
        }
        return output.ToString();
    }

    public static string FromVni(ReadOnlySpan<byte> bytes) => FromVni(WindowsLatinBytes.FromBytes(bytes));

    /// <summary>VIQR: "Vie^.t Nam", "dda^`u" or "d9a^`u". See <see cref="ViqrReader"/> for how "." and "?" are told from punctuation.</summary>
    public static string FromViqr(string text) => ViqrReader.Read(text);
}
