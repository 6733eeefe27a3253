namespace Archive.Indexer.Extraction;

/// <summary>Text in UTF-8, UTF-16 with a BOM, or Windows-1258; the charset found goes into the content type.</summary>
internal sealed class PlainTextSignature : IContentSignature
{
    public SniffedContent? Match(ReadOnlySpan<byte> head, Stream content)
    {
        var isComplete = head.Length < ContentSniffer.HeadLength;
        var encoding = PlainTextEncoding.Detect(head, isComplete);
        return encoding is null
            ? null
            : AcceptedFormats.PlainText.Sniffed($"{ContentTypes.PlainText}; charset={PlainTextEncoding.CharsetName(encoding)}");
    }
}
