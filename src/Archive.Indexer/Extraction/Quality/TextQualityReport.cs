namespace Archive.Indexer.Extraction.Quality;

/// <summary>
/// How much of a text reads as Vietnamese. <paramref name="InvalidSyllableShare"/> is over the
/// <paramref name="WordsChecked"/> words that carry evidence (abbreviations, numbers and symbols are
/// left out); <paramref name="Warnings"/> are sentences for the clerk, empty when the text looks fine.
/// </summary>
public sealed record TextQualityReport(double InvalidSyllableShare, int WordsChecked, IReadOnlyList<string> Warnings);
