namespace Archive.Indexer.Extraction.Pdf;

/// <summary>Where the text of a PDF page comes from, and why.</summary>
public enum PageTextDecision
{
    /// <summary>The text layer reads as Vietnamese: the best of its readings is kept.</summary>
    TextLayer,

    /// <summary>Neither text nor images: nothing to read.</summary>
    Blank,

    /// <summary>Images and no text at all: a scanned page, OCR it.</summary>
    Scan,

    /// <summary>
    /// A scan under a text overlay: images cover a good part of the page and the text layer covers little of them
    /// (an e-signature stamp, the gazette's running header, a typed header or signer block). The images are OCR'd
    /// and the overlay's text is kept around the result.
    /// </summary>
    ScanUnderOverlay,

    /// <summary>No reading of the text layer passes the syllable judge (a font without Unicode mapping): OCR it.</summary>
    GarbledTextLayer,
}
