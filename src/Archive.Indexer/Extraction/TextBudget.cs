namespace Archive.Indexer.Extraction;

/// <summary>
/// The most text one document may yield (<see cref="MaxCharacters"/>), the one limit every extractor keeps: PDF, Word,
/// Excel, plain text, and the formats LibreOffice converts for the Word and Excel readers. An instance is what is
/// left of it while one document is read, shared by all its parts, so a reader stops as soon as it is spent rather
/// than after it has filled the memory; <see cref="TextExtraction"/> checks every result against it too.
/// </summary>
/// <remarks>
/// A document past the limit fails (with <see cref="ExtractionMessages.TextTooLong"/>) rather than being cut: a cut
/// text would look searchable while the words after the cut could never be found. The original is kept either way.
/// </remarks>
public sealed class TextBudget(long limit = TextBudget.MaxCharacters)
{
    /// <summary>20 million characters, some 8,000 pages: far beyond any real document, near what one upload may cost.</summary>
    public const long MaxCharacters = 20_000_000;

    private long _spent;

    /// <exception cref="TextBudgetExceededException">The document's text went past the limit.</exception>
    public void Spend(int characters)
    {
        _spent += characters;
        if (_spent > limit) throw new TextBudgetExceededException(limit);
    }

    /// <summary>The failure of a document whose text has <paramref name="characters"/> characters, or null when within <paramref name="limit"/>.</summary>
    public static ExtractedText? Refuse(long characters, long limit = MaxCharacters) =>
        characters > limit ? ExtractedText.Failure(ExtractionMessages.TextTooLong(limit)) : null;
}
