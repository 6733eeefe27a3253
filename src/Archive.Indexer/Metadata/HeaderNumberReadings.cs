using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata;

/// <summary>
/// The header number of an OCR'd page 1 as two models read it: tesseract's Vietnamese model (the page's text) and the
/// English model that reads the header again for its digits (see <see cref="HeaderDateDigits"/>). A typed number reads
/// the same both ways; a handwritten or faint one does not ("445 /NQ-CP" and "JAS /NQ-CP"), and only then is the
/// number doubtful, so that the clerk's file name may stand in for it (<see cref="FileNameNumber.Reconcile"/>).
/// </summary>
public static partial class HeaderNumberReadings
{
    private const int HeaderLines = 40;

    // "S6: JAS /NQ-CP", "Sé: § 9 /2021/TT-BQP", "So: 19/2026/TT-BTC": the label without its marks, then the number up to
    // the symbol's first slash.
    [GeneratedRegex(@"(?<![a-z0-9])s[a-z0-9]{1,2}\s*[:.]\s*(?<n>[^/\n]{1,12}?)\s*/", RegexOptions.CultureInvariant)]
    private static partial Regex WitnessNumber();

    /// <summary>Whether <paramref name="recognized"/> has a header number to check.</summary>
    public static bool HasNumber(string recognized) => RecognizedNumber(recognized) is not null;

    /// <summary>
    /// Whether the two readings give different numbers: true only when both read one and they differ, so a witness
    /// that missed the number line leaves the number as it is.
    /// </summary>
    public static bool Disagree(string recognized, string witness)
    {
        if (RecognizedNumber(recognized) is not { } number) return false;
        if (WitnessNumber().Match(MetadataText.Fold(witness)) is not { Success: true } read) return false;
        return MetadataText.WithoutSpaces(read.Groups["n"].Value) != number;
    }

    // The number part ("445") of the first header line with a number label and a symbol after it.
    private static string? RecognizedNumber(string recognized)
    {
        foreach (var line in recognized.Split('\n').Take(HeaderLines))
        {
            var header = HeaderLine.Parse(line);
            if (header.Number is { } symbol) return symbol.Number;
        }
        return null;
    }
}
