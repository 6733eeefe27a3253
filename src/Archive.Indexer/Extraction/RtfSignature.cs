namespace Archive.Indexer.Extraction;

/// <summary>"{\rtf" at the start: RTF is ASCII, so this must be asked before the plain-text check.</summary>
internal sealed class RtfSignature : IContentSignature
{
    public SniffedContent? Match(ReadOnlySpan<byte> head, Stream content) =>
        head.StartsWith(@"{\rtf"u8) ? AcceptedFormats.Rtf.Sniffed() : null;
}
