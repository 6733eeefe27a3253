namespace Archive.Indexer.Extraction.Ocr;

/// <summary>Where the text of a PDF page should come from.</summary>
public enum PageTextDecision
{
    /// <summary>The page carries real text: read its text layer.</summary>
    TextLayer,

    /// <summary>No text at all: a scanned page, OCR it.</summary>
    ScanWithoutText,

    /// <summary>
    /// A scanned page whose only text is a digital-signature stamp ("Ký bởi: …", "Ngày ký: …") or a few words in a
    /// small box: OCR it and keep the stamp text as well.
    /// </summary>
    ScanWithStamp,
}
