namespace Archive.Indexer.Extraction;

/// <summary>Recognizes one file format from its bytes; <see cref="ContentSniffer"/> asks each in turn.</summary>
internal interface IContentSignature
{
    /// <param name="head">The first bytes of the file (up to <see cref="ContentSniffer.HeadLength"/>).</param>
    /// <param name="content">The whole file, seekable, for formats whose proof lies beyond the head (ZIP directories).</param>
    SniffedContent? Match(ReadOnlySpan<byte> head, Stream content);
}
