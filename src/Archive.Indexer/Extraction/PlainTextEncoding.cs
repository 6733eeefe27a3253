using System.Text;
using System.Text.Unicode;

namespace Archive.Indexer.Extraction;

/// <summary>
/// Decides whether bytes are text and in which encoding: a BOM first, then strict UTF-8, then the
/// legacy Windows-1258 code page that Vietnamese office PCs used before Unicode.
/// Shared by the sniffer (on the head of an upload) and the extractor (on the whole file) so both agree.
/// </summary>
internal static class PlainTextEncoding
{
    private const int Windows1258CodePage = 1258;

    // Bytes that Windows-1258 leaves unassigned; their presence means the file is not 1258 text.
    private static readonly byte[] Unassigned1258 = [0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E];

    static PlainTextEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1258 => Encoding.GetEncoding(Windows1258CodePage);

    /// <summary>
    /// The encoding of <paramref name="bytes"/>, or null when they are not text.
    /// <paramref name="isComplete"/> is false when the bytes are only the head of a longer file,
    /// so a multi-byte character cut at the end is not held against it.
    /// </summary>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes, bool isComplete)
    {
        if (bytes.IsEmpty) return null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;
        if (HasControlGarbage(bytes)) return null;

        var whole = isComplete ? bytes : WithoutCutCharacter(bytes);
        if (Utf8.IsValid(whole)) return Encoding.UTF8;
        // TCVN3 and VNI files are 8-bit text too, but only byte for byte (Latin-1) does the legacy
        // converter downstream read them back; Windows-1258 would turn some of their letters into marks.
        if (LooksLikeLegacyVietnamese(bytes)) return Encoding.Latin1;
        return LooksLikeWindows1258(bytes) ? Windows1258 : null;
    }

    /// <summary>Decodes the whole file, dropping the BOM that <see cref="Encoding.GetString(byte[])"/> would keep.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding encoding) => encoding.GetString(WithoutPreamble(bytes, encoding));

    private static ReadOnlySpan<byte> WithoutPreamble(ReadOnlySpan<byte> bytes, Encoding encoding) =>
        bytes.StartsWith(encoding.Preamble) ? bytes[encoding.Preamble.Length..] : bytes;

    /// <summary>How many characters <see cref="Decode"/> would give, without decoding.</summary>
    public static int CharacterCount(ReadOnlySpan<byte> bytes, Encoding encoding) => encoding.GetCharCount(WithoutPreamble(bytes, encoding));

    /// <summary>The charset label for a Content-Type header.</summary>
    public static string CharsetName(Encoding encoding) => encoding.CodePage switch
    {
        1200 => "utf-16le",
        1201 => "utf-16be",
        Windows1258CodePage => "windows-1258",
        28591 => "iso-8859-1",
        _ => "utf-8",
    };

    // Text uses tab, line feed, form feed and carriage return; other C0 controls (NUL above all) mean binary.
    private static bool HasControlGarbage(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is (< 0x20 and not (0x09 or 0x0A or 0x0C or 0x0D)) or 0x7F) return true;
        }
        return false;
    }

    private static ReadOnlySpan<byte> WithoutCutCharacter(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte: keep walking back to the lead byte
            if ((b & 0xC0) == 0xC0) end = bytes.Length - back; // lead byte of a possibly cut sequence
            break;
        }
        return bytes[..end];
    }

    private static bool LooksLikeLegacyVietnamese(ReadOnlySpan<byte> bytes)
    {
        var detection = LegacyEncodings.LegacyEncodingDetector.Detect(Encoding.Latin1.GetString(bytes));
        return detection.Encoding is LegacyEncodings.LegacyEncoding.Tcvn3 or LegacyEncodings.LegacyEncoding.Vni
            && detection.Confidence >= 0.5;
    }

    // Vietnamese in 1258 is mostly ASCII base letters with some high bytes for vowels and tone marks;
    // requiring a majority of ASCII keeps arbitrary binaries without control bytes from passing.
    private static bool LooksLikeWindows1258(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOfAny(Unassigned1258) >= 0) return false;
        var ascii = 0;
        foreach (var b in bytes) if (b < 0x80) ascii++;
        return ascii * 10 >= bytes.Length * 6;
    }
}
