namespace Archive.Indexer.Extraction.Quality;

/// <summary>
/// What <see cref="TextJudge"/> made of one text: how many of its words are Vietnamese syllables, and whether that
/// is enough to trust it.
/// </summary>
/// <param name="Valid">Words that are Vietnamese syllables.</param>
/// <param name="Invalid">Words made of letters that are not (garbage, a wrong font mapping, OCR noise).</param>
/// <param name="Converted">True when the counts are those of the text after a legacy-encoding conversion.</param>
public sealed record TextVerdict(int Valid, int Invalid, bool Converted = false)
{
    /// <summary>Words that carry evidence (numbers, symbols, abbreviations do not).</summary>
    public int WordsChecked => Valid + Invalid;

    /// <summary>Share of the checked words that are syllables, 0–1; 1 for a text with nothing to check.</summary>
    public double SyllableShare => WordsChecked == 0 ? 1 : (double)Valid / WordsChecked;

    /// <summary>Enough words to say anything (<see cref="TextQuality.MinimumWords"/>).</summary>
    public bool IsJudged => WordsChecked >= TextQuality.MinimumWords;

    /// <summary>Readable: too few words to judge, or at most <see cref="TextQuality.InvalidShareThreshold"/> non-syllables.</summary>
    public bool Passes => !IsJudged || 1 - SyllableShare <= TextQuality.InvalidShareThreshold;

    /// <summary>
    /// So clean that no other reading of the same page needs to be tried: real Vietnamese text (names, loanwords and
    /// all) stays under <see cref="TextJudge.CleanInvalidShare"/> non-syllables.
    /// </summary>
    public bool IsClean => !IsJudged || 1 - SyllableShare <= TextJudge.CleanInvalidShare;

    /// <summary>
    /// The better of two verdicts: the higher syllable share; on a tie the one that needed no conversion (a font
    /// decoded letter by letter beats a text guessed back from its bytes), then the more words checked; else the first.
    /// </summary>
    public static TextVerdict Better(TextVerdict a, TextVerdict b)
    {
        if (b.SyllableShare != a.SyllableShare) return b.SyllableShare > a.SyllableShare ? b : a;
        if (b.Converted != a.Converted) return a.Converted ? b : a;
        return b.WordsChecked > a.WordsChecked ? b : a;
    }
}
