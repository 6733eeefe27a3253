namespace Archive.Indexer.Extraction;

/// <summary>Plain text in UTF-8, UTF-16 with BOM or Windows-1258, decoded and normalized to NFC.</summary>
/// <remarks>
/// Windows-1258 writes tone marks as separate combining characters after the vowel;
/// <see cref="ExtractedText"/> composes them, so "Nghi\u0323 đi\u0323nh" reads as "Nghị định".
/// A file of more than <see cref="TextBudget.MaxCharacters"/> characters fails before it is decoded.
/// </remarks>
public sealed class PlainTextExtractor : ITextExtractor
{
    public bool CanExtract(string contentType) => ContentTypes.Matches(contentType, ContentTypes.PlainText);

    /// <summary>As <see cref="Extract"/>: read in memory, nothing to wait for.</summary>
    public Task<ExtractedText> ExtractAsync(Stream content, CancellationToken cancellation = default) => Task.FromResult(Extract(content));

    public ExtractedText Extract(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.IsEmpty) return ExtractedText.FromPages([""], null, ExtractionMessages.TextEmpty);

        var encoding = PlainTextEncoding.Detect(bytes, isComplete: true);
        if (encoding is null) return ExtractedText.Failure(ExtractionMessages.TextUnknownEncoding);
        // Counted, not decoded: a 56 MB line would otherwise become a 100 MB string, then copies of it.
        return TextBudget.Refuse(PlainTextEncoding.CharacterCount(bytes, encoding))
            ?? ExtractedText.FromPages([PlainTextEncoding.Decode(bytes, encoding)], null, ExtractionMessages.TextEmpty);
    }
}
