namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>
/// The byte a character came from when a legacy font's bytes were read as Windows-1252 (or Latin-1),
/// which is what Word and PDF extraction do because these fonts declare a Latin charset.
/// </summary>
internal static class WindowsLatinBytes
{
    // Windows-1252 0x80..0x9F; '\0' where the code page leaves the byte undefined (it then reads as the C1 control).
    private const string Cp1252High = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    public static int ToByte(char c)
    {
        if (c <= '\u00FF') return c;
        var index = Cp1252High.IndexOf(c);
        return index >= 0 && c != '\0' ? 0x80 + index : -1;
    }

    /// <summary>
    /// The Latin-1 character of each byte: Windows-1252 punctuation (U+2018 for 0x91 …) and the Private Use
    /// Area code points U+F000..U+F0FF, which Word gives to the bytes of fonts it takes for symbol fonts,
    /// become U+0000..U+00FF; anything else is kept.
    /// </summary>
    public static string ToLatin1(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\u0000', '\u00FF')) return text;
        return string.Create(text.Length, text, static (output, input) =>
        {
            for (var i = 0; i < input.Length; i++)
            {
                var c = input[i];
                var b = c is >= '\uF000' and <= '\uF0FF' ? c - 0xF000 : ToByte(c);
                output[i] = b >= 0 ? (char)b : c;
            }
        });
    }

    public static string FromBytes(ReadOnlySpan<byte> bytes) => System.Text.Encoding.Latin1.GetString(bytes);

    public static byte[] ToBytes(string latin1Text)
    {
        var bytes = new byte[latin1Text.Length];
        for (var i = 0; i < latin1Text.Length; i++)
        {
            var b = ToByte(latin1Text[i]);
            bytes[i] = b >= 0 ? (byte)b : (byte)'?';
        }
        return bytes;
    }
}
