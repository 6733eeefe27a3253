using Archive.Indexer.Analysis;
using Archive.Indexer.Extraction.LegacyEncodings;

namespace Archive.Indexer.Extraction.Quality;

/// <summary>
/// The one judgement of extracted text, whatever its format or source (a PDF page read by PdfPig or by poppler,
/// an OCR result, a DOCX): the share of its words that are Vietnamese syllables, after the legacy-encoding
/// conversion the archive would apply anyway, so that a TCVN3 text layer is judged as the text it will become.
/// </summary>
/// <remarks>
/// A syllable split in two by a stray space ("đi ều c ủa Lu ật", poppler on glyphs LibreOffice drew out of order)
/// leaves pieces that are often syllables themselves, so each such pair counts as one word that is not: two
/// neighbours that make one syllable, the second opening with a vowel, never occur in real text ("đi ăn", "cô ấy"
/// do not join into one).
/// </remarks>
public static class TextJudge
{
    /// <summary>
    /// Non-syllable share under which a reading is not compared with others. Gazette text read cleanly has
    /// 0–3 % (names, English, units); a font that lost its Vietnamese letters has 20 % and more.
    /// </summary>
    public const double CleanInvalidShare = 0.05;

    /// <summary>Non-syllable share above which the legacy-encoding conversion is tried.</summary>
    private const double ConversionWorthShare = 0.01;

    public static TextVerdict Judge(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = Verdict(text, converted: false);
        // Clean text is not worth a conversion attempt; a few words in a legacy font among Unicode ones are.
        if (1 - raw.SyllableShare <= ConversionWorthShare) return raw;

        var conversion = LegacyTextConverter.Convert(text);
        return conversion.Changed ? TextVerdict.Better(raw, Verdict(conversion.Text, converted: true)) : raw;
    }

    private static TextVerdict Verdict(string text, bool converted)
    {
        var (valid, invalid) = TextQuality.CountWords(text);
        var split = SplitSyllables(text);
        return new TextVerdict(Math.Max(0, valid - split), invalid + split, converted);
    }

    /// <summary>Neighbouring words that join into one syllable, the second opening with a vowel: "Lu ật", "c ủa", "hi ện".</summary>
    public static int SplitSyllables(ReadOnlySpan<char> text)
    {
        var count = 0;
        ReadOnlySpan<char> previous = default;
        Span<char> joined = stackalloc char[MaxSyllable];
        foreach (var range in text.SplitAny(" \t\r\n\f\v\u00A0"))
        {
            var word = text[range].Trim("\"'(“‘");
            var letters = word.TrimEnd(".,;:!?)”’");
            if (!previous.IsEmpty && previous.Length + letters.Length <= MaxSyllable && AllLetters(letters) && IsVowel(letters[0]))
            {
                previous.CopyTo(joined);
                letters.CopyTo(joined[previous.Length..]);
                if (VietnameseSyllable.IsValid(joined[..(previous.Length + letters.Length)])) count++;
            }
            // Only a word that ends here (no punctuation after it) can be the first half of a split.
            previous = word.Length > 0 && word.Length <= 6 && AllLetters(word) ? word : default;
        }
        return count;
    }

    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    private const int MaxSyllable = 8; // "nghiêng", "trường": no syllable is longer

    private static bool IsVowel(char c) =>
        VietnameseAlphabet.TryDecompose(InvariantCase.Lower(c), out var toneless, out _) && toneless != 'đ';
}
