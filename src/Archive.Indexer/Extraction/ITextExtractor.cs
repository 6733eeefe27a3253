namespace Archive.Indexer.Extraction;

/// <summary>
/// Reads the text out of one file format. Implementations never throw for bad content:
/// a corrupt or encrypted file comes back as <see cref="TextStatus.Failed"/> with a reason.
/// </summary>
public interface ITextExtractor
{
    /// <summary>True for the MIME types this extractor reads; parameters such as charset are ignored.</summary>
    bool CanExtract(string contentType);

    /// <summary>
    /// Reads <paramref name="content"/> from its current position to the end; does not dispose it. Async because some
    /// formats wait for a tool (pdftotext, LibreOffice); cancellation is thrown, never reported as Failed.
    /// </summary>
    Task<ExtractedText> ExtractAsync(Stream content, CancellationToken cancellation = default);
}
