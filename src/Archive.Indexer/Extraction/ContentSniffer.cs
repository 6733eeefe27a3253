namespace Archive.Indexer.Extraction;

/// <summary>
/// Tells what an upload is from its bytes, never from its name alone, so that a renamed .exe
/// is refused (HTTP 415) and a PDF named ".doc" is still read as a PDF.
/// </summary>
public static class ContentSniffer
{
    /// <summary>How many bytes are read for the format checks that look only at the start of the file.</summary>
    public const int HeadLength = 64 * 1024;

    // Order matters: binary formats with a magic number come before the text check,
    // which would otherwise accept a PDF or an RTF file written in plain ASCII.
    // A new format is one class and one line here.
    private static readonly IContentSignature[] Signatures =
    [
        new PdfSignature(),
        new OpenXmlSignature("word/document.xml", AcceptedFormats.Docx),
        new OpenXmlSignature("xl/workbook.xml", AcceptedFormats.Xlsx),
        new OdtSignature(AcceptedFormats.Odt),
        new OdtSignature(AcceptedFormats.Ods),
        new DocSignature(),
        new ImageSignature(),
        new RtfSignature(),
        new PlainTextSignature(),
    ];

    /// <summary>
    /// The format of <paramref name="content"/>, or null when it is none the archive accepts.
    /// The stream must be seekable; it is examined from its beginning and put back where it was.
    /// </summary>
    public static SniffedContent? Sniff(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek) throw new ArgumentException("The content stream must be seekable.", nameof(content));

        var caller = content.Position;
        try
        {
            content.Position = 0;
            var head = new byte[HeadLength];
            var length = content.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false);
            foreach (var signature in Signatures)
            {
                content.Position = 0;
                if (signature.Match(head.AsSpan(0, length), content) is { } found) return found;
            }
            return null;
        }
        finally
        {
            content.Position = caller;
        }
    }
}
