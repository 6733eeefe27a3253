namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>
/// Recognises legacy Vietnamese encodings, from the font a run is typed in when the file names it, or
/// from the text alone: an encoding is chosen only when decoding with it turns many words into
/// Vietnamese syllables and breaks almost none, so Unicode Vietnamese, English or French stays None.
/// </summary>
public static class LegacyEncodingDetector
{
    private static readonly LegacyEncoding[] Candidates = [LegacyEncoding.Tcvn3, LegacyEncoding.Vni, LegacyEncoding.Viqr];

    /// <summary>Detects the encoding of a whole text (a document, a page).</summary>
    public static LegacyDetection Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DetectWhole(Gather(text));
    }

    /// <summary>
    /// ".VnTime", ".VnArial NarrowH", "VNtimes new roman" → TCVN3 (capitals-only when the name ends in H);
    /// "VNI-Times", "VNI-Helve" → VNI. PDF subset prefixes ("ABCDEF+") and style suffixes (",Bold") are ignored.
    /// </summary>
    public static LegacyFont FromFontName(string? fontName)
    {
        if (string.IsNullOrWhiteSpace(fontName)) return new LegacyFont(LegacyEncoding.None, false);
        var name = fontName.Trim();
        var plus = name.IndexOf('+');
        if (plus is 6) name = name[(plus + 1)..];
        var comma = name.IndexOf(',');
        if (comma > 0) name = name[..comma].TrimEnd();

        if (name.StartsWith("VNI", StringComparison.OrdinalIgnoreCase) && name.Length > 3 && name[3] is '-' or ' ' or '_')
            return new LegacyFont(LegacyEncoding.Vni, false);
        var tcvn3 = name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Vn", StringComparison.OrdinalIgnoreCase) && name.Length > 2 && char.IsLetter(name[2]);
        if (!tcvn3) return new LegacyFont(LegacyEncoding.None, false);

        // Capitals-only fonts append a capital H to the family name: .VnTimeH, .VnArial NarrowH.
        var uppercase = name.Length > 4 && name[^1] == 'H' && (char.IsLower(name[^2]) || name[^2] == ' ');
        return new LegacyFont(LegacyEncoding.Tcvn3, uppercase);
    }

    /// <summary>The evidence for each candidate encoding (tcvn3, vni, viqr), to be added up over parts of a text.</summary>
    internal static ConversionEvidence[] Gather(ReadOnlySpan<char> text) => ConversionEvidence.Gather(text, Candidates);

    /// <summary>The verdict over a whole text from evidence gathered in parts (<see cref="Gather"/>): the thresholds of <see cref="Detect(string)"/>.</summary>
    internal static LegacyDetection DetectWhole(ConversionEvidence[] gathered) => Detect(gathered, minimumImproved: 2, minimumShare: 0.1);

    internal static LegacyDetection Detect(ConversionEvidence[] gathered, int minimumImproved, double minimumShare)
    {
        var best = LegacyDetection.None;
        var bestScore = 0;
        for (var i = 0; i < Candidates.Length; i++)
        {
            var (encoding, evidence) = (Candidates[i], gathered[i]);
            var score = evidence.Improved - evidence.Worsened;
            var convincing = evidence.Improved >= minimumImproved
                && evidence.Improved >= minimumShare * evidence.WordsChecked
                && evidence.Improved > 3 * evidence.Worsened
                && evidence.Confidence >= 0.5;
            if (convincing && score > bestScore)
            {
                best = new LegacyDetection(encoding, evidence.Confidence);
                bestScore = score;
            }
        }
        return best;
    }
}
