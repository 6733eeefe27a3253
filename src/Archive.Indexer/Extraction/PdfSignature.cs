namespace Archive.Indexer.Extraction;

/// <summary>"%PDF-" within the first kilobyte: readers accept junk before the header, so must we.</summary>
internal sealed class PdfSignature : IContentSignature
{
    private const int SearchLength = 1024;

    public SniffedContent? Match(ReadOnlySpan<byte> head, Stream content) =>
        head[..Math.Min(head.Length, SearchLength)].IndexOf("%PDF-"u8) >= 0
            ? AcceptedFormats.Pdf.Sniffed()
            : null;
}
