namespace Archive.Indexer.Extraction.Ocr;

/// <summary>Reported after each page that <see cref="ScannedDocumentOcr.RecognizeAsync"/> finishes.</summary>
/// <param name="PagesDone">Pages recognized so far (failed ones included).</param>
/// <param name="PagesToRecognize">Pages that need OCR in this document.</param>
/// <param name="Page">The page that just finished.</param>
public sealed record OcrProgress(int PagesDone, int PagesToRecognize, OcrPageResult Page);
