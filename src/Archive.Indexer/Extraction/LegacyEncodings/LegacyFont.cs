namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>What a font name says about the bytes typed in it; <paramref name="UppercaseFont"/> for TCVN3 capitals-only fonts (.VnTimeH).</summary>
public readonly record struct LegacyFont(LegacyEncoding Encoding, bool UppercaseFont)
{
    /// <summary>True for TCVN3 and VNI fonts, whose text must be decoded; false for Unicode fonts.</summary>
    public bool IsLegacy => Encoding is LegacyEncoding.Tcvn3 or LegacyEncoding.Vni;

    /// <summary>
    /// Decodes text typed in this font; text in a Unicode font is returned as is. The text may be the Latin-1
    /// or Windows-1252 reading of the bytes, or the Private Use Area code points (U+F0xx) Word gives to
    /// fonts it takes for symbol fonts.
    /// </summary>
    public string Decode(string text) => Encoding switch
    {
        LegacyEncoding.Tcvn3 => LegacyDecoder.FromTcvn3(WindowsLatinBytes.ToLatin1(text), UppercaseFont),
        LegacyEncoding.Vni => LegacyDecoder.FromVni(WindowsLatinBytes.ToLatin1(text)),
        LegacyEncoding.Viqr => LegacyDecoder.FromViqr(text),
        _ => text,
    };

    /// <summary>
    /// For VNI, where one Vietnamese letter is drawn as two glyphs ("e" then "ä" = ệ): the letter the two
    /// glyphs make together, or null when they are not such a pair (and for every other encoding).
    /// </summary>
    public string? Combine(string first, string second)
    {
        if (Encoding != LegacyEncoding.Vni || first.Length != 1 || second.Length != 1) return null;
        var (a, b) = (WindowsLatinBytes.ToLatin1(first)[0], WindowsLatinBytes.ToLatin1(second)[0]);
        return b is >= '\u00C0' and <= '\u00FF' && VniCodePage.PairToUnicode.TryGetValue(VniCodePage.PairKey(a, b), out var letter)
            ? letter.ToString()
            : null;
    }
}
