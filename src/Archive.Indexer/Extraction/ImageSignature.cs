namespace Archive.Indexer.Extraction;

/// <summary>JPEG, PNG and TIFF, the formats scanners and phones produce; they are read by OCR.</summary>
internal sealed class ImageSignature : IContentSignature
{
    public SniffedContent? Match(ReadOnlySpan<byte> head, Stream content)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return AcceptedFormats.Jpeg.Sniffed();
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return AcceptedFormats.Png.Sniffed();
        // Little-endian "II*\0" and big-endian "MM\0*"; BigTIFF (43) is rare from scanners and tesseract reads it too.
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) || head.StartsWith("II+\0"u8) || head.StartsWith("MM\0+"u8))
            return AcceptedFormats.Tiff.Sniffed();
        return null;
    }
}
