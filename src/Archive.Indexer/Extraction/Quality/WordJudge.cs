namespace Archive.Indexer.Extraction.Quality;

/// <summary>
/// Judges one whitespace-separated word. Only ASCII and typographic punctuation is trimmed or split on,
/// because legacy garbage is made of Latin-1 symbols ("x·", "N§", "chñ") that must stay part of the word.
/// </summary>
public static class WordJudge
{
    private const string Trimmed = "!\"#$%&'()*+,.:;<=>?@[\\]^_`{|}~“”‘’…–—•";

    /// <summary>Splits on hyphens and slashes ("NĐ-CP", "hoà/hòa") and judges each piece: one invalid piece makes the word invalid.</summary>
    public static WordVerdict Judge(ReadOnlySpan<char> word)
    {
        var verdict = WordVerdict.Ignored;
        foreach (var range in word.SplitAny('-', '/'))
        {
            var piece = Judge1(word[range].Trim(Trimmed));
            if (piece == WordVerdict.Invalid) return WordVerdict.Invalid;
            if (piece == WordVerdict.Valid) verdict = WordVerdict.Valid;
        }
        return verdict;
    }

    private static WordVerdict Judge1(ReadOnlySpan<char> piece)
    {
        if (piece.Length < 2) return WordVerdict.Ignored;
        int letters = 0, uppercase = 0, vietnamese = 0;
        foreach (var c in piece)
        {
            if (char.IsDigit(c)) return WordVerdict.Ignored;
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) uppercase++;
            if (VietnameseAlphabet.IsVietnameseLetter(c)) vietnamese++;
        }
        if (letters == 0) return WordVerdict.Ignored;
        if (letters < piece.Length) return WordVerdict.Invalid;
        if (VietnameseSyllable.IsValid(piece)) return WordVerdict.Valid;

        // Abbreviations are written in capitals from the Vietnamese alphabet: UBND, HĐND, TTg, QyĐ.
        return uppercase >= 2 && uppercase * 2 >= letters && vietnamese == letters
            ? WordVerdict.Ignored
            : WordVerdict.Invalid;
    }
}
