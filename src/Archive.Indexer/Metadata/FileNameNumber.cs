using System.Text.RegularExpressions;
using Archive.Indexer.Legal;

namespace Archive.Indexer.Metadata;

/// <summary>
/// The document number a file's name carries ("nghi-quyet-so-115-nq-cp-469452.pdf", "59_2023_ND-CP.pdf"), as a
/// witness for a number the text does not show readably: on a scan the number is often handwritten or too faint for
/// OCR. It never replaces a typed number, and never stands alone: the header must have a number label, and the name
/// must agree with what the text says (see <see cref="Reconcile"/>).
/// </summary>
public static partial class FileNameNumber
{
    [GeneratedRegex(@"(?<![\d])(?<num>\d{1,5})-(?:(?<year>(?:19|20)\d\d)-)?(?<codes>\p{L}[\p{L}\d&]*(?:-\p{L}[\p{L}\d&]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex(@"[\s_.]+")]
    private static partial Regex Separators();

    /// <summary>The symbol written in <paramref name="fileName"/> (its extension ignored), or null.</summary>
    public static DocumentSymbol? Read(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)) return null;
        var name = Separators().Replace(Path.GetFileNameWithoutExtension(fileName.Trim()), "-");
        foreach (Match match in Slug().Matches(name))
        {
            // The codes run until a word ("…-32-kh-ubnd-dinh-lap"): a code is known, or is no syllable ("lpqt").
            // The site's numeric id after them stops the match already.
            var codes = match.Groups["codes"].Value.Split('-').TakeWhile(IsCode).ToList();
            if (codes.Count == 0) continue;
            var year = match.Groups["year"].Success ? match.Groups["year"].Value + "/" : "";
            if (DocumentSymbol.TryParse($"{match.Groups["num"].Value}/{year}{string.Join('-', codes).ToUpperInvariant()}", out var symbol))
                return symbol;
        }
        return null;
    }

    private static bool IsCode(string segment) =>
        DocumentKinds.IsKnownCode(segment) || (segment.Length <= 8 && !Extraction.Quality.VietnameseSyllable.IsValid(segment));

    /// <summary>
    /// The number to record for a document whose header says <paramref name="header"/>. A number the text shows is
    /// kept, with two exceptions where the clerk's file name is better evidence: the header has a number label whose
    /// number could not be read and the name's kind agrees with the header's; or the number is doubtful
    /// (<paramref name="numberDoubtful"/>: two OCR readings of the header gave different numbers, see
    /// <see cref="HeaderNumberReadings"/>) and the name spells the same symbol (year, kind, issuer) with as many digits
    /// ("115" handwritten, read "445" and "JAS"). A number typed or read alike twice is never replaced, and the file
    /// name never gives a number the header has no label for.
    /// </summary>
    /// <returns>The number and whether it came from the file name.</returns>
    public static (string? Number, bool FromFileName) Reconcile(HeaderMetadata header, string? fileName, bool numberDoubtful = false)
    {
        if (header.Number is not null)
            return numberDoubtful && Read(fileName) is { } witness && IsOtherReadingOf(header.Number, witness)
                ? (witness.Canonical, true)
                : (header.Number, false);
        if (!header.NumberUnreadable || Read(fileName) is not { } named) return (null, false);
        var kindAgrees = header.Kind is null || named.KindAbbreviation is null || DocumentKinds.InferKind(named) == header.Kind;
        return kindAgrees ? (named.Canonical, true) : (null, false);
    }

    private static bool IsOtherReadingOf(string readNumber, DocumentSymbol named) =>
        DocumentSymbol.TryParse(readNumber, out var read)
        && read.Year == named.Year
        && SymbolText.Fold(read.KindAbbreviation ?? "") == SymbolText.Fold(named.KindAbbreviation ?? "")
        && SymbolText.Fold(read.Issuer) == SymbolText.Fold(named.Issuer)
        && read.Number.Length == named.Number.Length;
}
