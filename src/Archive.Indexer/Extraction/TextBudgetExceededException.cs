namespace Archive.Indexer.Extraction;

/// <summary>A document's text grew past <see cref="TextBudget"/>; the extractor fails the document with <see cref="Exception.Message"/>.</summary>
internal sealed class TextBudgetExceededException(long limit) : Exception(ExtractionMessages.TextTooLong(limit));
